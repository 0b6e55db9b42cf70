package io.liaison.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body declared larger than the limit with a 413 in problem+json before it is read, where the HTTP
 * layer would otherwise answer with an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null
                    && length.chars().allMatch(Character::isDigit)
                    && !length.isEmpty()
                    && Long.parseLong(length) > limit) {
                JsonObject problem = new JsonObject()
                        .put("type", "urn:liaison:problem:payload-too-large")
                        .put("title", "Payload too large")
                        .put("status", 413)
                        .put("detail", "The request body is over the limit of " + limit + " bytes")
                        .put("instance", ctx.request().path());
                ctx.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            ctx.next();
        });
    }
}
