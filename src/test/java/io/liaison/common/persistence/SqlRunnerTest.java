package io.liaison.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.policyarea.PolicyArea;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SQL run through Jdbi inside a transaction works on what that transaction has written, flushed or not. */
@QuarkusTest
class SqlRunnerTest {

    @Inject
    EntityManager em;

    @Inject
    SqlRunner sql;

    @Inject
    TransactionManager transactions;

    @Test
    void readSeesTheTransactionsOwnUnflushedWrites() throws Exception {
        String code = "sql-runner-" + UUID.randomUUID().toString().substring(0, 8);
        Optional<String> read;
        transactions.begin();
        try {
            // An assigned id: Hibernate holds the insert until it flushes.
            PolicyArea written = new PolicyArea(code, "Written, not yet flushed", null);
            written.touch(Instant.now());
            em.persist(written);
            read = sql.first(String.class, "select name from policy_area where code = :code", Map.of("code", code));
        } finally {
            transactions.rollback();
        }

        assertThat(read).contains("Written, not yet flushed");
        assertThat(sql.first(String.class, "select name from policy_area where code = :code", Map.of("code", code)))
                .as("rolled back with the transaction it was read in")
                .isEmpty();
    }
}
