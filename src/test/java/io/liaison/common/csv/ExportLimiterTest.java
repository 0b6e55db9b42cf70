package io.liaison.common.csv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liaison.common.error.ApiProblem;
import org.junit.jupiter.api.Test;

/** The export limit must leave request threads for the rest of the API; ExportLimitTest has the limit at work. */
class ExportLimiterTest {

    @Test
    void exportsAsManyAsTheRequestThreadsAreRefusedAtStart() {
        assertThatThrownBy(() -> new ExportLimiter(6, 6))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("liaison.exports.max-concurrent (6)")
                .hasMessageContaining("quarkus.thread-pool.max-threads (6)");
    }

    @Test
    void fewerExportsThanRequestThreadsStartAndHoldTheirLimit() {
        ExportLimiter limiter = new ExportLimiter(5, 6);
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }
        assertThatThrownBy(limiter::acquire).isInstanceOf(ApiProblem.class).hasMessageContaining("at most 5");
    }
}
