package io.liaison.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every test request is checked against the API document ({@link OpenApiContract}) and carries an ADMIN's JWT unless the test sends its own Authorization header, so feature tests
 * exercise the real authentication path. {@code Authorization: anonymous} (see {@link #ANONYMOUS}) sends none.
 */
public class DefaultCaller implements QuarkusTestBeforeEachCallback, Filter {

    public static final String ANONYMOUS = "anonymous";

    private static final String ADMIN_TOKEN = Tokens.admin();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        OpenApiContract.requestsMayBeInvalid(context.getTestMethod().isAnnotationPresent(SendsBadInput.class)
                || context.getTestInstance().getClass().isAnnotationPresent(SendsBadInput.class));
        // The contract is checked last, on the request as sent (with its Authorization) and on its answer.
        RestAssured.replaceFiltersWith(this, OpenApiContract.CHECKED_IN);
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        String authorization = request.getHeaders().getValue("Authorization");
        if (ANONYMOUS.equals(authorization)) {
            request.removeHeader("Authorization");
        } else if (authorization == null) {
            request.header("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        return context.next(request, response);
    }
}
