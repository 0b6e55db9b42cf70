-- What is copied from an interaction onto the rows that point at it, so that the reads by those rows stay on one index:
-- interaction_stakeholder.starts_at, .status, .type: a stakeholder's timeline page, newest first, and its count come
--   from (stakeholder_id, starts_at desc, interaction_id); a period's COMPLETED contacts, which the engagement report
--   counts, are one range of (starts_at) where status = 'COMPLETED', carrying the stakeholder, interaction and type;
-- interaction_attendee.starts_at: a member's agenda for some days is one range of (team_member_id, starts_at);
-- interaction.scheduled_on: the London day of the write that set the start (its creation or its last reschedule),
--   before which a meeting's preparation is never due.
--
-- Derived from: interaction.starts_at, .status, .type, and interaction.updated_at (the writer's clock) for the day the
--   start was set.
-- Refreshed: at once, row by row: set when a link is written, followed when the interaction changes.
-- Locks: none of its own (the interaction's row lock orders writers).

-- The copy is the interaction's, whoever writes the link (the service names only the two ids) ...
create or replace function interaction_stakeholder_take_start() returns trigger
language plpgsql as $$
begin
    select i.starts_at, i.status, i.type into new.starts_at, new.status, new.type
    from interaction i where i.id = new.interaction_id;
    return new;
end
$$;
create or replace trigger interaction_stakeholder_take_start
    before insert or update of interaction_id on interaction_stakeholder
    for each row execute function interaction_stakeholder_take_start();
create or replace function interaction_attendee_take_start() returns trigger
language plpgsql as $$
begin
    select i.starts_at into new.starts_at from interaction i where i.id = new.interaction_id;
    return new;
end
$$;
create or replace trigger interaction_attendee_take_start
    before insert or update of interaction_id on interaction_attendee
    for each row execute function interaction_attendee_take_start();

-- ... and follows it when the interaction is rescheduled, completed, cancelled or retyped. None of these is one of an
-- interaction's parts, so the parts' refresh stays out of these updates.
create or replace function interaction_copies_follow() returns trigger
language plpgsql as $$
declare
    parts_refresh text := current_setting('liaison.interaction_parts', true);
begin
    perform set_config('liaison.interaction_parts', 'off', true);
    update interaction_stakeholder set starts_at = new.starts_at, status = new.status, type = new.type
    where interaction_id = new.id;
    if old.starts_at is distinct from new.starts_at then
        update interaction_attendee set starts_at = new.starts_at where interaction_id = new.id;
    end if;
    perform set_config('liaison.interaction_parts', coalesce(parts_refresh, ''), true);
    return null;
end
$$;
create or replace trigger interaction_copies_follow after update of starts_at, status, type on interaction
    for each row when (old.starts_at is distinct from new.starts_at or old.status is distinct from new.status
        or old.type is distinct from new.type)
    execute function interaction_copies_follow();
-- Its earlier name, which followed the start alone.
drop trigger if exists interaction_stakeholder_follow_start on interaction;
drop function if exists interaction_stakeholder_follow_start();

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
