-- A stakeholder's alert refresh (V10) looks at every interaction of theirs for the few that raise alerts: scheduled
-- meetings and visits whose pack is not ready, and open follow-ups. These partial indexes hold only those, so the
-- many interactions that raise nothing are ruled out without reading them (2.0 -> 0.5 ms a refresh at full size).
create index interaction_prep_candidate_idx on interaction (id)
    where status = 'SCHEDULED' and type in ('MEETING', 'VISIT') and briefing_pack_ready is not true;
create index follow_up_open_idx on follow_up (interaction_id) where status = 'OPEN';
