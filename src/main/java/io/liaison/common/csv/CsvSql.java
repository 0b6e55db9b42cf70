package io.liaison.common.csv;

/**
 * SQL expressions that write values as the JSON responses do, for CSV that PostgreSQL writes (CsvExport.copy), so a
 * report script reads the same text from either. They depend on no session setting.
 */
public final class CsvSql {

    private CsvSql() {}

    /**
     * A timestamptz column as an OffsetDateTime in Europe/London is written in JSON (ISO_OFFSET_DATE_TIME): seconds
     * always, a fraction only when there is one and without trailing zeros, Z for a zero offset (London's offsets
     * are never negative).
     */
    public static String londonTime(String column) {
        String local = "(" + column + " at time zone 'Europe/London')";
        String utc = "(" + column + " at time zone 'UTC')";
        return "(to_char(" + local + ", 'YYYY-MM-DD\"T\"HH24:MI:SS')"
                + " || coalesce('.' || nullif(rtrim(to_char(" + column + ", 'US'), '0'), ''), '')"
                + " || case when " + local + " = " + utc + " then 'Z'"
                + " else to_char(" + local + " - " + utc + ", '\"+\"HH24:MI') end)";
    }

    /** A timestamptz column as an Instant is written in JSON (ISO_INSTANT): UTC, a fraction in groups of three. */
    public static String instant(String column) {
        String micros = "to_char(" + column + ", 'US')";
        return "(to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')"
                + " || case when " + micros + " = '000000' then ''"
                + " when " + micros + " like '%000' then '.' || to_char(" + column + ", 'MS')"
                + " else '.' || " + micros + " end || 'Z')";
    }
}
