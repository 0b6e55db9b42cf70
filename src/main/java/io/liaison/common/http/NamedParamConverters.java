package io.liaison.common.http;

import io.liaison.common.error.InvalidParameter;
import io.liaison.common.time.AppClock;
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
            return (ParamConverter<T>)
                    converter(name, NamedParamConverters::day, "must be a date like 2026-05-07 (years 1 to 9999)");
        }
        if (rawType == Instant.class) {
            boolean upperBound = UPPER_BOUNDS.contains(name);
            return (ParamConverter<T>) converter(
                    name,
                    value -> instant(value, upperBound),
                    "must be an instant like 2026-05-07T09:30:00Z or 2026-05-07T10:30:00+01:00, or a date like"
                            + " 2026-05-07");
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

    /** Instant parameters that bound a range from above: a date given there reaches through the end of that day. */
    private static final java.util.Set<String> UPPER_BOUNDS = java.util.Set.of("to");

    /** An offset whose '+' arrived unencoded in a query string, where it reads as a space: 10:30:00 01:00. */
    private static final java.util.regex.Pattern PLUS_READ_AS_SPACE =
            java.util.regex.Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}(?::?\\d{2})?)$");

    /**
     * An instant as ISO-8601 (Z or an offset, whose '+' may have arrived as a space), or a London date, which stands
     * for the start of that day in London, or for the end of it (the start of the next) as a range's upper bound.
     */
    static Instant instant(String value, boolean upperBound) {
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            return (upperBound ? day.plusDays(1) : day)
                    .atStartOfDay(AppClock.LONDON)
                    .toInstant();
        }
        String offsetRestored = PLUS_READ_AS_SPACE.matcher(value).replaceFirst("$1+$2");
        try {
            return Instant.parse(offsetRestored);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(offsetRestored).toInstant();
        }
    }

    /** A date the database can hold and compare: ISO-8601 allows years no calendar of ours needs (-999999999). */
    private static LocalDate day(String value) {
        LocalDate day = LocalDate.parse(value);
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException(value);
        }
        return day;
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
