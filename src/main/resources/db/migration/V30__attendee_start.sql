-- A member's agenda reads the interactions they attend in a range of days: with the interaction's start copied onto
-- each attendee row (kept by 10_interaction_starts.sql, as interaction_stakeholder's is), that is one range of an
-- index, (team_member_id, starts_at), instead of every interaction the member ever attended.
-- The fill changes nothing derived: without these, every attendee row would queue its interaction for a refresh at
-- commit (on a large office, more locks than the server has room for) and rebuild its interaction's parts.
set local liaison.alert_refresh = 'off';
set local liaison.interaction_parts = 'off';
alter table interaction_attendee add column starts_at timestamptz;
update interaction_attendee a set starts_at = i.starts_at from interaction i where i.id = a.interaction_id;
alter table interaction_attendee alter column starts_at set not null;
create index interaction_attendee_member_start_idx on interaction_attendee (team_member_id, starts_at);
-- The copy on rows written from now on. Its home (db/derived/10_interaction_starts.sql) defines it again with the
-- rest of the copy's rules; it is created here too so that rows written before the homes are applied (the demo data,
-- which Flyway loads in the same run, or an older release during a rolling deploy) are not refused for want of it.
create trigger interaction_attendee_take_start before insert or update of interaction_id on interaction_attendee
    for each row execute function interaction_stakeholder_take_start();
