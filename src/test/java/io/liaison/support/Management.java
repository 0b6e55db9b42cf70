package io.liaison.support;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * Requests to the management interface (health and metrics), which listens on a port of its own, apart from the API:
 * {@code Management.given().get("/q/health")} where a plain {@code given()} goes to the API's port.
 */
public final class Management {

    private Management() {}

    public static RequestSpecification given() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given()
                .baseUri(uri.getScheme() + "://" + uri.getHost())
                .port(uri.getPort());
    }
}
