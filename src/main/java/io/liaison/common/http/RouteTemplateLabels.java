package io.liaison.common.http;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.inject.Singleton;

/**
 * Labels the HTTP request metrics by route only: a request that no route matched is recorded under one shared
 * {@code uri="UNMATCHED"}, whatever its status. Left alone, Micrometer's HTTP binder labels such a request with its raw
 * path unless the answer is a plain 404 (a 405, 413 or 431 on a path a client chose, a 404 with a doubled slash), so a
 * scan of made-up paths fills the metrics and spends the binder's budget of distinct uri values
 * (quarkus.micrometer.binder.http-server.max-uri-tags), after which routes not yet seen are never recorded.
 */
@Singleton
public class RouteTemplateLabels implements HttpServerMetricsTagsContributor {

    public static final String UNMATCHED = "UNMATCHED";

    /** Where Quarkus REST leaves the path template of the resource method it matched; the binder reads it there. */
    private static final String REST_TEMPLATE = "UrlPathTemplate";

    /** Where the binder notes the path of the last Vert.x route the request passed (the health checks have one). */
    private static final String VERTX_ROUTE = "VertxRoute";

    @Override
    public Tags contribute(Context context) {
        if (context.requestContextLocalData(REST_TEMPLATE) != null) {
            return Tags.empty();
        }
        // A Vert.x route declared for exactly this path is a route template too; "/" and prefixes match anything.
        Object route = context.requestContextLocalData(VERTX_ROUTE);
        if (route != null
                && !"/".equals(route)
                && route.equals(context.request().path())) {
            return Tags.empty();
        }
        // The binder gives the contributed tags the last word, so this replaces the uri it chose.
        return Tags.of("uri", UNMATCHED);
    }
}
