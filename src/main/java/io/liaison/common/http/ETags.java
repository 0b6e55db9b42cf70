package io.liaison.common.http;

import io.liaison.common.error.ApiProblem;
import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Optimistic concurrency: the ETag is the row version; writes must send it back in If-Match. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the record and its ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
    }

    /** 201 with Location, the new record and its ETag. */
    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location)
                .entity(body)
                .tag(of(version))
                .build();
    }

    /** 428 when If-Match is missing, 412 when it does not name the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw ApiProblem.preconditionFailed();
    }
}
