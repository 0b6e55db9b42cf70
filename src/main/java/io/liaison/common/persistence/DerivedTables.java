package io.liaison.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The derived tables (interaction parts, summaries, alert subjects, coverage cells) are refreshed by the database when
 * a transaction commits, whatever wrote the data. A write whose answer reads them in the same transaction calls
 * {@link #refreshNow} first, so it reads its own writes; the commit then finds nothing left to do.
 */
@ApplicationScoped
public class DerivedTables {

    private final SqlRunner sql;

    DerivedTables(SqlRunner sql) {
        this.sql = sql;
    }

    /** Refreshes what this transaction's writes (flushed first) asked for. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshNow() {
        sql.one(Boolean.class, "select true from refresh_derived_tables()", Map.of());
    }
}
