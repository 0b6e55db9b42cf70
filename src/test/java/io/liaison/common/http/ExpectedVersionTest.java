package io.liaison.common.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liaison.common.error.ApiProblem;
import org.junit.jupiter.api.Test;

/** The If-Match rules, in the one place they are applied (the ResourceTests hold them over HTTP). */
class ExpectedVersionTest {

    @Test
    void missingOrBlankIfMatchIsPreconditionRequired() {
        assertStatus(null, 3, 428);
        assertStatus("  ", 3, 428);
    }

    @Test
    void staleOrMalformedIfMatchIsPreconditionFailed() {
        assertStatus("\"2\"", 3, 412);
        assertStatus("not-a-tag", 3, 412);
        assertStatus("\"3", 3, 412);
    }

    @Test
    void currentVersionMatchesQuotedWeakListedOrAny() {
        assertThatCode(() -> ExpectedVersion.fromIfMatch("\"3\"").requireCurrent(3))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.fromIfMatch("W/\"3\"").requireCurrent(3))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.fromIfMatch("\"1\", \"3\"").requireCurrent(3))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.fromIfMatch("*").requireCurrent(3)).doesNotThrowAnyException();
    }

    @Test
    void withheldTagMatchesOnlyWhereAccepted() {
        assertThatCode(() -> ExpectedVersion.fromIfMatch("\"3;withheld\"").requireCurrent(3, true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"3;withheld\"").requireCurrent(3, false))
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        p -> org.assertj.core.api.Assertions.assertThat(p.status())
                                .isEqualTo(412));
    }

    private static void assertStatus(String ifMatch, long current, int status) {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch(ifMatch).requireCurrent(current))
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        p -> org.assertj.core.api.Assertions.assertThat(p.status())
                                .isEqualTo(status));
    }
}
