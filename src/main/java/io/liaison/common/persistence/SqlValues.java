package io.liaison.common.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Reads the values native queries return, whichever Java type the driver and Hibernate chose for them. */
public final class SqlValues {

    private SqlValues() {}

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    public static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** An SQL array as a list (empty for null, as array_agg gives over no rows). */
    public static <T> List<T> list(Object array, Class<T> type) {
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = array instanceof Array sql ? (Object[]) sql.getArray() : (Object[]) array;
            return Arrays.stream(values).map(type::cast).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an SQL array", e);
        }
    }
}
