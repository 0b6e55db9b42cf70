package io.liaison.common.http;

import io.liaison.common.error.ApiProblem;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter or Idempotency-Key carrying a NUL character (U+0000), naming it: PostgreSQL cannot hold
 * NUL in text, so such a value would otherwise only fail deep in a query. (NUL inside a JSON body is answered 400
 * too, from the database's refusal; see DatabaseConstraints.)
 */
public class NulCharacters {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    throw ApiProblem.invalid(parameter.getKey(), "must not contain a NUL character (U+0000)");
                }
            }
        }
        String key = headers.getHeaderString(IdempotentPost.HEADER);
        if (key != null && key.indexOf('\0') >= 0) {
            throw ApiProblem.invalid(IdempotentPost.HEADER, "must not contain a NUL character (U+0000)");
        }
    }
}
