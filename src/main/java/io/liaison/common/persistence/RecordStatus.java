package io.liaison.common.persistence;

/** Records are archived, never silently deleted. */
public enum RecordStatus {
    ACTIVE,
    ARCHIVED
}
