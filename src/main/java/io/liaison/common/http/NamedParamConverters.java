package io.liaison.common.http;

import io.liaison.common.error.InvalidParameter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads UUID, date, instant, number, boolean and enum parameters so that a malformed value is a 400 naming the
 * parameter, with the expected format, instead of an anonymous 404.
 */
@Provider
public class NamedParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "must be a date like 2026-05-07");
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(
                    name, NamedParamConverters::instant, "must be an ISO-8601 instant like 2026-05-07T09:30:00Z");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, NamedParamConverters::bool, "must be true or false");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(
                    name,
                    value -> Enum.valueOf(type, value),
                    "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        return null;
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(value).toInstant();
        }
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String expectation) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (RuntimeException e) {
                    throw new InvalidParameter(name, expectation);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }
}
