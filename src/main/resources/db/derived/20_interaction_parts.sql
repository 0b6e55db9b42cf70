-- interaction_parts: each interaction's parts as its responses show them, kept with it: the stakeholders' and
-- attendees' names (JSON, in the documented order) and the policy area codes, so that an interaction response, a
-- page or a timeline reads one row instead of three link tables and the people's rows.
--
-- Derived from: interaction_stakeholder + stakeholder names, interaction_attendee + team_member names,
--   interaction_policy_area.
-- Refreshed: by the link tables' statement triggers, at once; on connections that set liaison.derived_refresh to
--   'at_commit' (the service's) those stand aside, and the row triggers of 90_refresh_at_commit.sql queue the
--   interaction (a new one by its own insert) for refresh_derived_tables(), which refreshes it once for all its links;
--   by a rename of a stakeholder or team member, at once, for every interaction they are part of.
-- Locks: shared lock_class('parts_stakeholder'/'parts_team_member') on everyone whose name a refresh reads; a rename
--   takes lock_class('renames') and then the renamed person's lock exclusively.

-- part: the link table whose side to recompute (the others keep what is stored); null for all three, as for ids
-- null, which means every interaction (the first fill, a bulk load: no locks, nothing else writes then).
--
-- Writers of interactions never wait for each other: they take their shared locks statement by statement, in no one
-- order, so exclusive locks there would deadlock. Generic plans always: with an array parameter PostgreSQL otherwise
-- judges its custom plans cheaper and plans every statement on every call.
create or replace function refresh_interaction_parts(ids uuid[], part text) returns void
language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
    class_id integer;
    lock_key integer;
    all_parts boolean := part is null;
    bulk boolean := ids is null;
begin
    if bulk then
        -- Every interaction at once: each part gathered in one pass over its table, where the statement below would
        -- look each interaction's up one by one.
        delete from interaction_parts;
        insert into interaction_parts (interaction_id, stakeholders, attendees, policy_areas)
        select i.id, sn.list, an.list, pa.codes
        from interaction i
        left join (select x.interaction_id,
                          cast(json_agg(json_build_object(
                                            'id', x.stakeholder_id,
                                            'name', concat_ws(' ', s.honorific, s.first_name, s.last_name))
                                        order by s.last_name, s.first_name, s.id) as text) as list
                   from interaction_stakeholder x join stakeholder s on s.id = x.stakeholder_id
                   group by 1) sn on sn.interaction_id = i.id
        left join (select x.interaction_id,
                          cast(json_agg(json_build_object('id', x.team_member_id, 'name', m.full_name)
                                        order by m.full_name, m.id) as text) as list
                   from interaction_attendee x join team_member m on m.id = x.team_member_id
                   group by 1) an on an.interaction_id = i.id
        left join (select a.interaction_id, string_agg(a.policy_area_code, ',' order by a.policy_area_code collate "C")
                          as codes
                   from interaction_policy_area a
                   group by 1) pa on pa.interaction_id = i.id
        where sn.list is not null or an.list is not null or pa.codes is not null;
        return;
    end if;
    for class_id, lock_key in
        select lock_class('parts_stakeholder'), hashtext(x.stakeholder_id::text)
        from unnest(ids) k(id) join interaction_stakeholder x on x.interaction_id = k.id
        where all_parts or part = 'interaction_stakeholder'
        union
        select lock_class('parts_team_member'), hashtext(x.team_member_id::text)
        from unnest(ids) k(id) join interaction_attendee x on x.interaction_id = k.id
        where all_parts or part = 'interaction_attendee'
        order by 1, 2
    loop
        perform pg_advisory_xact_lock_shared(class_id, lock_key);
    end loop;

    -- Only the part asked for is computed (a CASE does not run the subqueries of its other branches), and a row is
    -- rewritten only when what it holds changes.
    insert into interaction_parts as p (interaction_id, stakeholders, attendees, policy_areas)
    select i.id,
           case when all_parts or part = 'interaction_stakeholder' then
               (select cast(json_agg(json_build_object('id', x.stakeholder_id,
                                                       'name', concat_ws(' ', s.honorific, s.first_name, s.last_name))
                                     order by s.last_name, s.first_name, s.id) as text)
                from interaction_stakeholder x join stakeholder s on s.id = x.stakeholder_id
                where x.interaction_id = i.id) end,
           case when all_parts or part = 'interaction_attendee' then
               (select cast(json_agg(json_build_object('id', x.team_member_id, 'name', m.full_name)
                                     order by m.full_name, m.id) as text)
                from interaction_attendee x join team_member m on m.id = x.team_member_id
                where x.interaction_id = i.id) end,
           case when all_parts or part = 'interaction_policy_area' then
               nullif(array_to_string(array(select a.policy_area_code from interaction_policy_area a
                                            where a.interaction_id = i.id order by a.policy_area_code collate "C"),
                                      ','), '') end
    from interaction i
    where i.id in (select unnest(ids))
    on conflict (interaction_id) do update
    set stakeholders = case when all_parts or part = 'interaction_stakeholder'
                            then excluded.stakeholders else p.stakeholders end,
        attendees = case when all_parts or part = 'interaction_attendee'
                         then excluded.attendees else p.attendees end,
        policy_areas = case when all_parts or part = 'interaction_policy_area'
                            then excluded.policy_areas else p.policy_areas end
    where (p.stakeholders, p.attendees, p.policy_areas) is distinct from
          (case when all_parts or part = 'interaction_stakeholder' then excluded.stakeholders else p.stakeholders end,
           case when all_parts or part = 'interaction_attendee' then excluded.attendees else p.attendees end,
           case when all_parts or part = 'interaction_policy_area' then excluded.policy_areas else p.policy_areas end);
end
$$;

-- Statement-level, so a bulk statement refreshes its interactions in one set-based pass. A bulk load may set
-- liaison.interaction_parts to 'off' and call refresh_interaction_parts(null, null) once at the end. Not on 'at_commit'
-- connections (the triggers' WHEN, below): there the interaction is queued row by row and refreshed once.
create or replace function refresh_interaction_parts_after_link_change() returns trigger
language plpgsql as $$
declare
    ids uuid[];
begin
    if current_setting('liaison.interaction_parts', true) = 'off' then
        return null;
    end if;
    if tg_op = 'UPDATE' then
        ids := array(select interaction_id from changed union select interaction_id from before);
    else
        ids := array(select distinct interaction_id from changed);
    end if;
    perform refresh_interaction_parts(ids, tg_table_name);
    return null;
end
$$;

-- The same three triggers on each link table (transition tables allow one event a trigger).
do $$
declare
    link text;
    at_once text := ' for each statement when (current_setting(''liaison.derived_refresh'', true)'
                    ' is distinct from ''at_commit'') execute function refresh_interaction_parts_after_link_change()';
begin
    foreach link in array array['interaction_stakeholder', 'interaction_attendee', 'interaction_policy_area'] loop
        execute format('create or replace trigger interaction_parts_after_insert after insert on %I'
                       ' referencing new table as changed' || at_once, link);
        execute format('create or replace trigger interaction_parts_after_update after update on %I'
                       ' referencing old table as before new table as changed' || at_once, link);
        execute format('create or replace trigger interaction_parts_after_delete after delete on %I'
                       ' referencing old table as changed' || at_once, link);
    end loop;
end
$$;

-- A new name (or honorific) shows in every interaction the person is part of, in its new place in the order.
--
-- The rename takes an exclusive lock on the person before it looks for their interactions: it waits for every
-- writer that read the old name (holding the shared lock) to commit, and then finds that writer's interaction too;
-- a writer that comes later waits for the rename to commit, and then reads the new name. Renames also go one at a
-- time: two renames of people who share an interaction would otherwise each store a list with the other's old name,
-- or deadlock, each holding its person and waiting for the other's. Renames are rare; writes are not.
create or replace function refresh_interaction_parts_after_rename() returns trigger
language plpgsql as $$
begin
    if current_setting('liaison.interaction_parts', true) = 'off' then
        return null;
    end if;
    perform pg_advisory_xact_lock(lock_class('renames'), 0);
    if tg_table_name = 'stakeholder' then
        perform pg_advisory_xact_lock(lock_class('parts_stakeholder'), hashtext(new.id::text));
        perform refresh_interaction_parts(
            array(select x.interaction_id from interaction_stakeholder x where x.stakeholder_id = new.id),
            'interaction_stakeholder');
    else
        perform pg_advisory_xact_lock(lock_class('parts_team_member'), hashtext(new.id::text));
        perform refresh_interaction_parts(
            array(select x.interaction_id from interaction_attendee x where x.team_member_id = new.id),
            'interaction_attendee');
    end if;
    return null;
end
$$;

create or replace trigger interaction_parts_after_rename
    after update of honorific, first_name, last_name on stakeholder
    for each row
    when ((old.honorific, old.first_name, old.last_name)
          is distinct from (new.honorific, new.first_name, new.last_name))
    execute function refresh_interaction_parts_after_rename();
create or replace trigger interaction_parts_after_rename after update of full_name on team_member
    for each row when (old.full_name is distinct from new.full_name)
    execute function refresh_interaction_parts_after_rename();
