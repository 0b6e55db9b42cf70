package io.liaison.common.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer under /api carries a Content-Security-Policy that allows nothing (an API's JSON is never a page), unless
 * the answer set its own: the printable briefing pack allows its own styles. Added as the headers are written, so it
 * covers every answer, the security layer's 401s and 403s included, and is never sent twice.
 */
@ApplicationScoped
public class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            ctx.addHeadersEndHandler(ended -> {
                if (!ctx.response().headers().contains(HEADER)) {
                    ctx.response().putHeader(HEADER, NOTHING);
                }
            });
            ctx.next();
        });
    }
}
