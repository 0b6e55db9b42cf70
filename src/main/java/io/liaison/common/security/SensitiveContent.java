package io.liaison.common.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.UUID;

/**
 * The one check for OFFICIAL_SENSITIVE content: its summary, outcome and decisions are shown only to ADMIN, the
 * interaction's office attendees, and the current LEAD or SUPPORT owners of any of its stakeholders. Everyone else
 * — in JSON, CSV and exports alike — gets the record with those fields redacted. Every feature that shows
 * interaction content takes its rule from here, as an SQL condition for a whole page or export at once.
 */
@RequestScoped
public class SensitiveContent {

    private final Caller caller;

    SensitiveContent(Caller caller) {
        this.caller = caller;
    }

    /**
     * The rule as an SQL condition on the interaction aliased as given, with its parameters: for exports that stream
     * every interaction in one query (taken while the request is in scope, used while the download is written).
     */
    public record ReadRule(String alias, String condition, Map<String, Object> parameters) {

        /** True for an interaction whose summary, outcome and decisions this caller must not see. */
        public String hiddenCondition() {
            return "(" + alias + ".classification = 'OFFICIAL_SENSITIVE' and not " + condition + ")";
        }
    }

    public ReadRule readRule(String alias) {
        if (caller.hasRole(Roles.ADMIN)) {
            return new ReadRule(alias, "true", Map.of());
        }
        UUID me = caller.teamMemberId().orElse(null);
        if (me == null) {
            return new ReadRule(alias, "false", Map.of());
        }
        return new ReadRule(alias, """
                (exists (select 1 from interaction_attendee a
                         where a.interaction_id = %1$s.id and a.team_member_id = :sensitiveReader)
                 or exists (select 1 from interaction_stakeholder s
                            join ownership o on o.stakeholder_id = s.stakeholder_id and o.end_date is null
                            where s.interaction_id = %1$s.id and o.team_member_id = :sensitiveReader))""".formatted(alias), Map.of("sensitiveReader", me));
    }
}
