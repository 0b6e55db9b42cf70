package io.liaison.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The derived tables (interaction parts, summaries, alert subjects, coverage cells) are refreshed by the database when
 * a transaction commits, whatever wrote the data. A write whose answer reads them in the same transaction calls
 * {@link #refreshNow} after its flush, so it reads its own writes; the commit then finds nothing left to do.
 */
@ApplicationScoped
public class DerivedTables {

    private final EntityManager em;

    DerivedTables(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshNow() {
        em.flush();
        em.createNativeQuery("select cast(refresh_derived_tables() as text)").getSingleResult();
    }
}
