package io.liaison.common.http;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Optimistic concurrency: the ETag is the row version; writes must send it back in If-Match. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The ETag of a record answered with some of its fields withheld from the caller: its version, marked, so that a
     * body built from that answer is never taken for one built from the whole record by a caller who may read it all
     * by the time they send it (it would clear what they had not seen).
     */
    public static EntityTag of(long version, boolean withheld) {
        return withheld ? new EntityTag(version + WITHHELD) : of(version);
    }

    private static final String WITHHELD = ";withheld";

    /** 201 with Location, the new record and its ETag, marked when some of its fields were withheld. */
    public static <T> RestResponse<T> created(URI location, T body, long version, boolean withheld) {
        return RestResponse.ResponseBuilder.<T>created(location)
                .entity(body)
                .tag(of(version, withheld))
                .build();
    }

    /** 200 with the record and its ETag, marked when some of its fields were withheld. */
    public static <T> RestResponse<T> ok(T body, long version, boolean withheld) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version, withheld)).build();
    }
}
