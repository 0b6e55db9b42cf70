-- The coverage matrix reads each chosen stakeholder's last briefings by stakeholder, as do the alert refresh and the
-- briefing pack. With last_day carried in the primary key's index, they are read from the index alone instead of
-- from heap rows scattered by years of updates (an owner's coverage at full size: 1,840 -> 1,133 buffers a call, the
-- statement alone +14 % in pgbench; bench/README.md, session 11). Updates lose nothing: last_day was already indexed
-- (stakeholder_last_briefing_area_idx), so they could not be HOT before either.
alter table stakeholder_last_briefing
    drop constraint stakeholder_last_briefing_pkey,
    add constraint stakeholder_last_briefing_pkey primary key (stakeholder_id, policy_area_code) include (last_day);
