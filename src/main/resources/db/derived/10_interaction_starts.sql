-- What follows an interaction's start:
-- interaction_stakeholder.starts_at: a copy of its interaction's start on each link, so that a stakeholder's timeline
--   page, newest first, and its count come from one index, (stakeholder_id, starts_at desc, interaction_id);
-- interaction_attendee.starts_at: the same on each attendee, so that a member's agenda for some days is one range of
--   (team_member_id, starts_at);
-- interaction.scheduled_on: the London day of the write that set the start (its creation or its last reschedule),
--   before which a meeting's preparation is never due.
--
-- Derived from: interaction.starts_at, and interaction.updated_at (the writer's clock) for the day it was set.
-- Refreshed: at once, row by row: set when a link is written, followed when the interaction is rescheduled.
-- Locks: none of its own (the interaction's row lock orders writers).

-- The copy is the interaction's, whoever writes the link (the service names only the two ids; an attendee row takes
-- its copy by the same function) ...
create or replace function interaction_stakeholder_take_start() returns trigger
language plpgsql as $$
begin
    select i.starts_at into new.starts_at from interaction i where i.id = new.interaction_id;
    return new;
end
$$;
create or replace trigger interaction_stakeholder_take_start
    before insert or update of interaction_id on interaction_stakeholder
    for each row execute function interaction_stakeholder_take_start();
create or replace trigger interaction_attendee_take_start
    before insert or update of interaction_id on interaction_attendee
    for each row execute function interaction_stakeholder_take_start();

-- ... and follows it when the interaction is rescheduled. The start is not one of an interaction's parts, so the
-- parts' refresh stays out of this update.
create or replace function interaction_stakeholder_follow_start() returns trigger
language plpgsql as $$
declare
    parts_refresh text := current_setting('liaison.interaction_parts', true);
begin
    perform set_config('liaison.interaction_parts', 'off', true);
    update interaction_stakeholder set starts_at = new.starts_at where interaction_id = new.id;
    update interaction_attendee set starts_at = new.starts_at where interaction_id = new.id;
    perform set_config('liaison.interaction_parts', coalesce(parts_refresh, ''), true);
    return null;
end
$$;
create or replace trigger interaction_stakeholder_follow_start after update of starts_at on interaction
    for each row when (old.starts_at is distinct from new.starts_at)
    execute function interaction_stakeholder_follow_start();

-- The day the start was set, by the writer's own clock (updated_at, which the service stamps on every write), so that
-- the day is the service's today even when its clock is not the database's.
create or replace function interaction_note_scheduled_on() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' or old.starts_at is distinct from new.starts_at then
        new.scheduled_on := cast(new.updated_at at time zone 'Europe/London' as date);
    end if;
    return new;
end
$$;
create or replace trigger interaction_note_scheduled_on before insert or update of starts_at on interaction
    for each row execute function interaction_note_scheduled_on();

-- An interaction rescheduled between V30 and the first application of this file (by a release that did not yet copy
-- the start onto its attendees) gets its attendees' copy put right. Take this out at the next change of this file.
update interaction_attendee a set starts_at = i.starts_at
from interaction i
where i.id = a.interaction_id and a.starts_at is distinct from i.starts_at;
