package io.liaison.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A request body with several bad fields is answered with all of them at once, so that a hurried user fixes the
 * request in one go: Jackson stops at the first value it cannot read, so while a body is read, a value of the wrong
 * form (an unknown enum constant, a malformed id, date or instant) or an unknown property is noted and passed over,
 * and the body is refused at its end with every one named. A body that is not JSON at all, or a value of the wrong
 * JSON type, still stops where it is (ProblemMappers); the Bean Validation of what was read comes after, as before.
 */
@Provider
public class EveryBadField implements ReaderInterceptor {

    private static final ThreadLocal<List<Violation>> NOTED = new ThreadLocal<>();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        return naming(context::proceed);
    }

    /** A read that may fail with an IOException (a body, or a merge patch's result read into its request type). */
    public interface Read<T> {
        T read() throws IOException;
    }

    /** Runs {@code read}, passing over and noting what it can; 400 naming each such field if there was any. */
    public static <T> T naming(Read<T> read) throws IOException {
        List<Violation> noted = new ArrayList<>();
        List<Violation> outer = NOTED.get();
        NOTED.set(noted);
        try {
            T value = read.read();
            if (!noted.isEmpty()) {
                throw new ApiProblem(
                        400,
                        "validation",
                        "Invalid request",
                        String.join(
                                "; ",
                                noted.stream()
                                        .map(v -> v.field() + ": " + v.message())
                                        .toList()),
                        List.copyOf(noted));
            }
            return value;
        } finally {
            NOTED.set(outer);
        }
    }

    /** Registers the handler below on the mapper every body is read with. */
    @Singleton
    public static class Registration implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.addHandler(new Noting());
        }
    }

    /** Notes what it can pass over while a request body is read; anywhere else Jackson fails as it always does. */
    static final class Noting extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
            List<Violation> noted = NOTED.get();
            if (noted == null || targetType.isPrimitive()) {
                return NOT_HANDLED;
            }
            String message = targetType.isEnum()
                    ? "must be one of " + Arrays.toString(targetType.getEnumConstants())
                    : "has the wrong type or format (expected " + ProblemMappers.typeName(targetType) + ")";
            noted.add(new Violation(pathOf(ctxt.getParser().getParsingContext()), message));
            return null;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            List<Violation> noted = NOTED.get();
            if (noted == null) {
                return false;
            }
            noted.add(new Violation(pathOf(p.getParsingContext()), "is not a known property"));
            p.skipChildren();
            return true;
        }

        /** The JSON path of a value, as the other problems name it: {@code followUps[1].assigneeId}. */
        private static String pathOf(JsonStreamContext context) {
            Deque<String> parts = new ArrayDeque<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.inObject() && c.getCurrentName() != null) {
                    parts.push((c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
                }
            }
            return String.join("", parts);
        }
    }
}
