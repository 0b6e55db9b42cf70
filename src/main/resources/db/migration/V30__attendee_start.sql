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
