package io.liaison.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    ARCHIVE,
    UNARCHIVE,
    DELETE,
    REVOKE
}
