package io.liaison.common.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer that carries one versioned record carries its ETag, whichever operation gave it (an ended assignment,
 * an acknowledged alert's record, an archived stakeholder), so a client can always send back If-Match from what it
 * was last given; the document declares the ETag wherever such a record is answered.
 */
public class RecordETags {

    /** A record's version accessor, looked up once per record type. */
    private static final ClassValue<Optional<Method>> VERSION = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("version") && component.getType() == long.class) {
                    return Optional.of(component.getAccessor());
                }
            }
            return Optional.empty();
        }
    };

    @ServerResponseFilter
    public void addETag(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null
                || response.getStatus() / 100 != 2
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        VERSION.get(entity.getClass()).ifPresent(accessor -> {
            try {
                response.getHeaders().putSingle(HttpHeaders.ETAG, ETags.of((long) accessor.invoke(entity)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A record's version could not be read", e);
            }
        });
    }
}
