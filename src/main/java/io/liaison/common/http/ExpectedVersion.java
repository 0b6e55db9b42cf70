package io.liaison.common.http;

import io.liaison.common.error.ApiProblem;
import java.util.Arrays;
import java.util.List;

/**
 * The version a write expects its record to have, read from the If-Match header the resource was sent: the one place
 * the optimistic-concurrency rules are applied. No header is 428; a header that names neither the current version nor
 * "*" (a stale ETag, or anything that is not an ETag of ours) is 412. The rules are applied when the service has found
 * the record, so an unknown id is still 404 first.
 */
public final class ExpectedVersion {

    private static final ExpectedVersion MISSING = new ExpectedVersion(null);

    /** The entity tags the client sent, unquoted and without a weak marker; null when it sent none. */
    private final List<String> tags;

    private ExpectedVersion(List<String> tags) {
        this.tags = tags;
    }

    /** From an If-Match header's value, as sent (null when absent). */
    public static ExpectedVersion fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return MISSING;
        }
        return new ExpectedVersion(
                Arrays.stream(header.split(",")).map(ExpectedVersion::opaqueTag).toList());
    }

    private static String opaqueTag(String candidate) {
        String tag = candidate.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag;
    }

    /** 428 when If-Match was missing, 412 when it does not name {@code currentVersion}. */
    public void requireCurrent(long currentVersion) {
        requireCurrent(currentVersion, false);
    }

    /**
     * As above; {@code withheldAccepted} when the caller may not read all of the record now, so that the ETag of the
     * answer they were given (marked withheld) matches, while a caller who may read it all must have read it all.
     */
    public void requireCurrent(long currentVersion, boolean withheldAccepted) {
        if (tags == null) {
            throw ApiProblem.preconditionRequired();
        }
        String current = ETags.of(currentVersion).getValue();
        String withheld = ETags.of(currentVersion, true).getValue();
        for (String tag : tags) {
            if (tag.equals("*") || tag.equals(current) || (withheldAccepted && tag.equals(withheld))) {
                return;
            }
        }
        throw ApiProblem.preconditionFailed();
    }
}
