-- stakeholder_last_contact and stakeholder_last_briefing: what the alert and coverage rules ask of the whole
-- interaction log, kept per stakeholder so that they need not re-aggregate it: the London day of the last COMPLETED
-- interaction with each stakeholder (and of the last COMPLETED meeting or visit), and of the last COMPLETED briefing
-- with each stakeholder on each policy area. Cancelled and scheduled interactions never count. The stakeholder list
-- shows and filters on them.
--
-- Derived from: interaction (status, type, starts_at), interaction_stakeholder, interaction_policy_area.
-- Refreshed: once per transaction, when it commits (or when the service reads its own writes), by
--   refresh_derived_tables() (90_refresh_at_commit.sql), whatever wrote the log: a new interaction moves them forward
--   (advance_interaction_summaries); an edit, a cancellation or a removed link recomputes the stakeholders concerned
--   (refresh_interaction_summaries), since it can move a day back.
-- Locks: lock_class('summaries') per stakeholder, in key order.
-- Their own writes queue the stakeholders' alert subjects and coverage cells (90_refresh_at_commit.sql), and record
-- when each stakeholder's summaries last changed (stakeholder_summary_change), which the stakeholder's updatedAt
-- includes: a sync by updatedSince sees the new days, while the stakeholder's row and version stay as they are
-- (nobody editing the stakeholder gets a 412, or waits, because a meeting was logged).

-- Records that these stakeholders' summaries changed now.
create or replace function note_summary_change(ids uuid[]) returns void
language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    insert into stakeholder_summary_change as c (stakeholder_id, changed_at)
    select distinct id, now() from unnest(ids) id
    order by 1
    on conflict (stakeholder_id) do update set changed_at = excluded.changed_at
    where c.changed_at < excluded.changed_at;
end
$$;

-- Recomputes the summaries of the given stakeholders (all of them when ids is null) from the log, writing only what
-- changed: rows whose day is unchanged are left alone, rows the log no longer supports are deleted, new or moved
-- days are upserted.
create or replace function refresh_interaction_summaries(ids uuid[]) returns void
language plpgsql as $$
declare
    lock_key integer;
    plan_mode text := current_setting('plan_cache_mode');
    contacts uuid[];
    briefings uuid[];
begin
    -- Writers touching the same stakeholder queue here, taking their locks in one global order so they cannot
    -- deadlock; each statement below then reads a snapshot that includes whatever the writer before it committed,
    -- so a summary is never overwritten from an older view of the log.
    if ids is null then
        lock table stakeholder_last_contact, stakeholder_last_briefing in exclusive mode;
        ids := array(select id from stakeholder);
    else
        for lock_key in select distinct hashtext(id::text) from unnest(ids) id order by 1 loop
            perform pg_advisory_xact_lock(lock_class('summaries'), lock_key);
        end loop;
        -- A few stakeholders (every write) run best on plans made once per connection.
        perform set_config('plan_cache_mode', 'force_generic_plan', true);
    end if;

    with latest as (
        select s.stakeholder_id, max(cast(i.starts_at at time zone 'Europe/London' as date)) as last_day,
               max(cast(i.starts_at at time zone 'Europe/London' as date))
                   filter (where i.type in ('MEETING', 'VISIT')) as last_meeting_day
        from interaction_stakeholder s
        join interaction i on i.id = s.interaction_id
        where i.status = 'COMPLETED' and s.stakeholder_id = any (ids)
        group by s.stakeholder_id
    ),
    gone as (
        delete from stakeholder_last_contact c
        where c.stakeholder_id = any (ids)
          and not exists (select 1 from latest l where l.stakeholder_id = c.stakeholder_id)
        returning c.stakeholder_id
    ),
    moved as (
        insert into stakeholder_last_contact as c (stakeholder_id, last_day, last_meeting_day)
        select stakeholder_id, last_day, last_meeting_day from latest
        on conflict (stakeholder_id) do update
        set last_day = excluded.last_day, last_meeting_day = excluded.last_meeting_day
        where (c.last_day, c.last_meeting_day) is distinct from (excluded.last_day, excluded.last_meeting_day)
        returning c.stakeholder_id
    )
    select array(select stakeholder_id from gone union all select stakeholder_id from moved) into contacts;

    with latest as (
        select s.stakeholder_id, a.policy_area_code, max(cast(i.starts_at at time zone 'Europe/London' as date)) as last_day
        from interaction_stakeholder s
        join interaction i on i.id = s.interaction_id
        join interaction_policy_area a on a.interaction_id = i.id
        where i.status = 'COMPLETED' and i.type = 'BRIEFING' and s.stakeholder_id = any (ids)
        group by s.stakeholder_id, a.policy_area_code
    ),
    gone as (
        delete from stakeholder_last_briefing b
        where b.stakeholder_id = any (ids)
          and not exists (select 1 from latest l
                          where l.stakeholder_id = b.stakeholder_id and l.policy_area_code = b.policy_area_code)
        returning b.stakeholder_id
    ),
    moved as (
        insert into stakeholder_last_briefing as b (stakeholder_id, policy_area_code, last_day)
        select stakeholder_id, policy_area_code, last_day from latest
        on conflict (stakeholder_id, policy_area_code) do update set last_day = excluded.last_day
        where b.last_day is distinct from excluded.last_day
        returning b.stakeholder_id
    )
    select array(select stakeholder_id from gone union all select stakeholder_id from moved) into briefings;

    perform note_summary_change(contacts || briefings);
    perform set_config('plan_cache_mode', plan_mode, true);
end
$$;

-- New interactions can only move the summaries forward: the last completed contact with each of their stakeholders,
-- and their last completed briefing on each of their policy areas, become their day where that is later. So logging
-- one need not recompute the stakeholder's whole log. Its statements run on plans made once per connection: with an
-- array parameter PostgreSQL would otherwise plan each of them again on every call, which cost more than running them.
create or replace function advance_interaction_summaries(new_interactions uuid[]) returns void
language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
    lock_key integer;
    contacts uuid[];
    briefings uuid[];
begin
    -- The same per-stakeholder locks as refresh_interaction_summaries, in the same order, so a recomputation and an
    -- advance of one stakeholder never interleave.
    for lock_key in
        select distinct hashtext(s.stakeholder_id::text)
        from interaction i join interaction_stakeholder s on s.interaction_id = i.id
        where i.id = any (new_interactions) and i.status = 'COMPLETED' order by 1
    loop
        perform pg_advisory_xact_lock(lock_class('summaries'), lock_key);
    end loop;

    -- greatest() passes over a null: a first meeting after calls only sets last_meeting_day.
    with moved as (
        insert into stakeholder_last_contact as c (stakeholder_id, last_day, last_meeting_day)
        select s.stakeholder_id, max(cast(i.starts_at at time zone 'Europe/London' as date)),
               max(cast(i.starts_at at time zone 'Europe/London' as date)) filter (where i.type in ('MEETING', 'VISIT'))
        from interaction i
        join interaction_stakeholder s on s.interaction_id = i.id
        where i.id = any (new_interactions) and i.status = 'COMPLETED'
        group by s.stakeholder_id
        on conflict (stakeholder_id) do update
        set last_day = greatest(c.last_day, excluded.last_day),
            last_meeting_day = greatest(c.last_meeting_day, excluded.last_meeting_day)
        where c.last_day < excluded.last_day
           or c.last_meeting_day is distinct from greatest(c.last_meeting_day, excluded.last_meeting_day)
        returning c.stakeholder_id
    )
    select array(select stakeholder_id from moved) into contacts;

    with moved as (
        insert into stakeholder_last_briefing as b (stakeholder_id, policy_area_code, last_day)
        select s.stakeholder_id, a.policy_area_code, max(cast(i.starts_at at time zone 'Europe/London' as date))
        from interaction i
        join interaction_stakeholder s on s.interaction_id = i.id
        join interaction_policy_area a on a.interaction_id = i.id
        where i.id = any (new_interactions) and i.status = 'COMPLETED' and i.type = 'BRIEFING'
        group by s.stakeholder_id, a.policy_area_code
        on conflict (stakeholder_id, policy_area_code) do update set last_day = excluded.last_day
        where b.last_day < excluded.last_day
        returning b.stakeholder_id
    )
    select array(select stakeholder_id from moved) into briefings;

    if cardinality(contacts) > 0 or cardinality(briefings) > 0 then
        perform note_summary_change(contacts || briefings);
    end if;
end
$$;

-- The one-interaction form the release before this one calls after its own writes (it kept the summaries from Java);
-- kept while such a release may still run against this schema.
create or replace function advance_interaction_summaries(new_interaction uuid) returns void
language sql as $$
    select advance_interaction_summaries(array[new_interaction]);
$$;
