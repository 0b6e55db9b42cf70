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
     * {@code readable} says the caller may read the interaction's sensitive text; {@code attended} that the caller was
     * one of its office attendees.
     */
    public record ReadRule(String alias, String readable, String attended, Map<String, Object> parameters) {

        /** True for an interaction whose summary, outcome and decisions this caller must not see. */
        public String hiddenCondition() {
            return "(" + alias + ".classification = 'OFFICIAL_SENSITIVE' and not " + readable + ")";
        }

        /**
         * True for an interaction whose sensitive text this caller is shown without having attended it (an owner, an
         * ADMIN): such reads are recorded, so that access granted by a role or an ownership leaves a trace.
         */
        public String shownToNonAttendeeCondition() {
            return "(" + alias + ".classification = 'OFFICIAL_SENSITIVE' and " + readable + " and not " + attended
                    + ")";
        }
    }

    public ReadRule readRule(String alias) {
        UUID me = caller.teamMemberId().orElse(null);
        if (me == null) {
            return new ReadRule(alias, caller.hasRole(Roles.ADMIN) ? "true" : "false", "false", Map.of());
        }
        String attended = """
                exists (select 1 from interaction_attendee a
                        where a.interaction_id = %1$s.id and a.team_member_id = :sensitiveReader)""".formatted(alias);
        String readable = caller.hasRole(Roles.ADMIN) ? "true" : """
                (%2$s
                 or exists (select 1 from interaction_stakeholder s
                            join ownership o on o.stakeholder_id = s.stakeholder_id and o.end_date is null
                            where s.interaction_id = %1$s.id and o.team_member_id = :sensitiveReader))""".formatted(alias, attended);
        return new ReadRule(alias, readable, attended, Map.of("sensitiveReader", me));
    }
}
