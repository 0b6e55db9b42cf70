-- A stakeholder's timeline page, newest first, read off one index: each link to a stakeholder carries its
-- interaction's start, so the page's ids and their count come from an index-only scan of
-- (stakeholder_id, starts_at desc, interaction_id) instead of a look-up of every one of the stakeholder's interactions
-- to sort them by start (~240 buffers a page, a third of a timeline's PostgreSQL time after V17; bench/README.md,
-- session 12). InteractionService takes this path for a timeline in its default order with no other filter.
alter table interaction_stakeholder add column starts_at timestamptz;
-- The backfill changes neither the parts (V17) nor the alert subjects (V10): their triggers stay out of it.
set local liaison.interaction_parts = 'off';
set local liaison.alert_refresh = 'off';
update interaction_stakeholder x set starts_at = i.starts_at from interaction i where i.id = x.interaction_id;
alter table interaction_stakeholder alter column starts_at set not null;

-- Replaces (stakeholder_id, interaction_id): every look-up of a stakeholder's interactions can use the new one.
create index interaction_stakeholder_timeline_idx
    on interaction_stakeholder (stakeholder_id, starts_at desc, interaction_id);
drop index interaction_stakeholder_idx;

-- The copy is the interaction's, whoever writes the link (the service names only the two ids) ...
create function interaction_stakeholder_take_start() returns trigger
language plpgsql as $$
begin
    select i.starts_at into new.starts_at from interaction i where i.id = new.interaction_id;
    return new;
end
$$;
create trigger interaction_stakeholder_take_start before insert or update of interaction_id on interaction_stakeholder
    for each row execute function interaction_stakeholder_take_start();

-- ... and follows it when the interaction is rescheduled. The start is not one of the parts V17 keeps, so their
-- refresh (which the update would fire, names read under locks) stays out of it, as in the backfill above.
create function interaction_stakeholder_follow_start() returns trigger
language plpgsql as $$
declare
    parts_refresh text := current_setting('liaison.interaction_parts', true);
begin
    perform set_config('liaison.interaction_parts', 'off', true);
    update interaction_stakeholder set starts_at = new.starts_at where interaction_id = new.id;
    perform set_config('liaison.interaction_parts', coalesce(parts_refresh, ''), true);
    return null;
end
$$;
create trigger interaction_stakeholder_follow_start after update of starts_at on interaction
    for each row when (old.starts_at is distinct from new.starts_at)
    execute function interaction_stakeholder_follow_start();
