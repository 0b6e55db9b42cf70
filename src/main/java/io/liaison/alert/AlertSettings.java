package io.liaison.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Alert settings: liaison.alerts.* (environment LIAISON_ALERTS_*). */
@ConfigMapping(prefix = "liaison.alerts")
public interface AlertSettings {

    /** Days ahead in which a coming due date is an UPCOMING alert. */
    @WithDefault("14")
    int horizonDays();

    /** Days ahead in which a term end shows as TERM_ENDING. */
    @WithDefault("90")
    int termEndingHorizonDays();

    /** Days before a scheduled meeting or visit that its briefing pack is due. */
    @WithDefault("2")
    int prepLeadDays();

    /**
     * Days between briefings on a policy area among a stakeholder's interests that no ACTIVE plan covers. It dates their
     * coverage cells only: such cells raise no BRIEFING_DUE alert (plans do), or every owner would drown in them.
     */
    @WithDefault("90")
    int interestBriefingCadenceDays();
}
