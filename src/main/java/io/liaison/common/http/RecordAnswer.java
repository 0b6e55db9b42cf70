package io.liaison.common.http;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How a resource answers with one of its records: the collection a new record's Location is under and the id it
 * names there, the version its ETag carries, and whether the caller was given it with fields withheld (so that its
 * ETag is marked).
 *
 * @param <V> the record as the service answers it
 */
public record RecordAnswer<V>(
        String collection, Function<V, Object> id, ToLongFunction<V> version, Predicate<V> withheld) {

    /** A record always answered whole. */
    public static <V> RecordAnswer<V> of(String collection, Function<V, Object> id, ToLongFunction<V> version) {
        return new RecordAnswer<>(collection, id, version, record -> false);
    }

    /** 200 with the record and its ETag. */
    public RestResponse<V> ok(V record) {
        return ETags.ok(record, version.applyAsLong(record), withheld.test(record));
    }

    /** 201 with the new record, its ETag, and its Location. */
    public RestResponse<V> created(V record) {
        return ETags.created(
                URI.create(collection + "/" + id.apply(record)),
                record,
                version.applyAsLong(record),
                withheld.test(record));
    }
}
