package io.liaison.common.http;

/**
 * What the instant query parameters (updatedSince, from, to) accept, said once for the document: NamedParamConverters
 * reads them. Declared as plain strings in the document, since a date is as welcome there as an instant.
 */
public final class DateOrInstant {

    public static final String ACCEPTS = " An instant (2026-10-01T09:00:00Z, or with an offset such as +01:00), or a"
            + " London date (2026-10-01), which stands for the start of that day in London";

    public static final String ACCEPTS_AS_UPPER_BOUND = " An instant (2026-10-31T18:00:00Z, or with an offset such as"
            + " +01:00), or a London date (2026-10-31), which reaches through the end of that day in London";

    private DateOrInstant() {}
}
