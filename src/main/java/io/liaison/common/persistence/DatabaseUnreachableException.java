package io.liaison.common.persistence;

import java.sql.SQLTransientConnectionException;

/**
 * No connection was tried: the database is known to be unreachable ({@link DatabaseCircuit} is open). Transient: the
 * same request can be sent again once the database answers.
 */
public class DatabaseUnreachableException extends SQLTransientConnectionException {

    private static final long serialVersionUID = 1L;

    DatabaseUnreachableException() {
        super("The database is unreachable; no connection was tried", "08001");
    }
}
