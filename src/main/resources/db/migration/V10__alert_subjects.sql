-- The alert subjects of DESIGN.md with their due dates, kept in step with the data so that a page of alerts is read
-- off an index instead of computing every alert of the office on every call. A due date does not depend on today:
-- only the severity, the horizon and a few "shown while" windows do, and those stay in the query (AlertQuery). So
-- a row is written when the data behind it changes, never because a day passed.
--
-- Each row belongs to one stakeholder, its home (the first of its stakeholders in id order), and every change that
-- can alter an alert queues a refresh of the stakeholders it concerns; the rows of those stakeholders are recomputed
-- from the data once, when the writing transaction commits. So the rules below are the one definition of the alerts,
-- whatever wrote the data (the API, an import, a script in psql).

-- The prep lead time the stored MEETING_PREP_DUE dates were computed with; the service rewrites it at start-up when
-- its setting (liaison.alerts.prep-lead-days) differs, and recomputes every row (AlertSubjectSettings).
create table alert_config (
    id              boolean primary key default true check (id),
    prep_lead_days  integer not null
);
insert into alert_config (prep_lead_days) values (2);

create table alert_subject (
    -- uuid v5 of kind, subject and due date: what acknowledgements and snoozes (alert_state) are keyed by.
    id                   uuid primary key,
    kind                 text not null,
    subject              text not null,
    due_date             date not null,
    home_stakeholder_id  uuid not null,
    stakeholder_ids      uuid[] not null,
    policy_area          text,
    plan_id              uuid,
    interaction_id       uuid,
    follow_up_id         uuid,
    post_id              uuid,
    owner_ids            uuid[] not null,
    last_done            date,
    -- Shown only on days in [shown_from, shown_until) and while now is before shown_before (null: no bound):
    -- a plan's end date, a post's uncovered period, a meeting's start.
    shown_from           date,
    shown_until          date,
    shown_before         timestamptz,
    plain                boolean not null generated always as
                             (shown_from is null and shown_until is null and shown_before is null) stored
);
-- Alerts are listed by due date (severity follows from it), then kind and id; the windows ride along so a page and
-- a count read the index alone.
create index alert_subject_due_idx on alert_subject (due_date, kind, id) include (shown_from, shown_until, shown_before);
create index alert_subject_windowed_idx on alert_subject (due_date) where not plain;
create index alert_subject_home_idx on alert_subject (home_stakeholder_id);
create index alert_subject_owner_idx on alert_subject using gin (owner_ids);
create index alert_subject_stakeholder_idx on alert_subject using gin (stakeholder_ids);

-- How many plain subjects (no shown window) fall due on each day, per kind: an office-wide total sums a thousand of
-- these instead of counting a hundred thousand rows (AlertQuery.count). Kept by refresh_alert_subjects, which is the
-- only writer of alert_subject.
create table alert_subject_count (
    due_date  date not null,
    kind      text not null,
    subjects  integer not null,
    primary key (due_date, kind)
);

-- Recomputes the rows of the given home stakeholders (all of them when ids is null) from the data.
create function refresh_alert_subjects(ids uuid[]) returns void
language plpgsql as $$
declare
    lock_key integer;
    lead_days integer := (select prep_lead_days from alert_config);
    full_refresh boolean := ids is null;
    gone_days date[];
    gone_kinds text[];
    added_days date[];
    added_kinds text[];
    plan_mode text := current_setting('plan_cache_mode');
begin
    -- A few stakeholders (every write) run best on plans made once per connection: planned afresh on every call, the
    -- refresh cost 3.4 ms instead of 1.6 at full size. The whole office runs best on plans made for it (5 s; 11 s on
    -- the generic plan). Restored at the end, so the caller's transaction keeps its own setting. (The two deletes
    -- stay apart so that the generic plan of the per-stakeholder one can use its index.)
    perform set_config('plan_cache_mode', case when ids is null then 'force_custom_plan' else 'force_generic_plan' end,
                       true);
    -- One writer at a time per stakeholder, the locks taken in one global order so writers cannot deadlock; each
    -- statement below then reads a snapshot that includes what the writer before it committed.
    if ids is null then
        lock table alert_subject in exclusive mode;
        ids := array(select id from stakeholder);
    else
        for lock_key in select distinct hashtext(id::text) from unnest(ids) id order by 1 loop
            perform pg_advisory_xact_lock(7302, lock_key);
        end loop;
    end if;

    if full_refresh then
        delete from alert_subject;
    else
        with gone as (delete from alert_subject where home_stakeholder_id = any (ids) returning due_date, kind, plain)
        select array_agg(due_date), array_agg(kind) into gone_days, gone_kinds from gone where plain;
    end if;

    with added as (
    insert into alert_subject (id, kind, subject, due_date, home_stakeholder_id, stakeholder_ids, policy_area, plan_id,
                               interaction_id, follow_up_id, post_id, owner_ids, last_done, shown_from, shown_until,
                               shown_before)
    with plan as (
        select p.* from engagement_plan p join stakeholder s on s.id = p.stakeholder_id
        where p.status = 'ACTIVE' and s.status = 'ACTIVE' and p.stakeholder_id = any (ids)
    ),
    touched_interaction as (
        select distinct interaction_id as id from interaction_stakeholder where stakeholder_id = any (ids)
    ),
    subject as (
        select 'BRIEFING_DUE' as kind, p.stakeholder_id || '/' || a.policy_area_code as subject,
               greatest(b.last_day, p.start_date) + p.briefing_cadence_days as due_date,
               array[p.stakeholder_id] as stakeholder_ids, a.policy_area_code as policy_area, p.id as plan_id,
               null::uuid as interaction_id, null::uuid as follow_up_id, null::uuid as post_id,
               array[p.owner_id] as owner_ids, b.last_day as last_done,
               null::date as shown_from, p.end_date + 1 as shown_until, null::timestamptz as shown_before
        from plan p
        join engagement_plan_policy_area a on a.plan_id = p.id
        left join stakeholder_last_briefing b on b.stakeholder_id = p.stakeholder_id and b.policy_area_code = a.policy_area_code
        union all
        select 'CONTACT_DUE', p.stakeholder_id::text, greatest(c.last_day, p.start_date) + p.contact_cadence_days,
               array[p.stakeholder_id], null, p.id, null, null, null, array[p.owner_id], c.last_day,
               null, p.end_date + 1, null
        from plan p left join stakeholder_last_contact c on c.stakeholder_id = p.stakeholder_id
        union all
        select 'MEETING_PREP_DUE', i.id::text, cast(i.starts_at at time zone 'Europe/London' as date) - lead_days,
               array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = i.id order by 1),
               null, i.plan_id, i.id, null, null,
               array(select a.team_member_id from interaction_attendee a where a.interaction_id = i.id order by 1), null,
               null, null, i.starts_at
        from interaction i join touched_interaction t on t.id = i.id
        where i.status = 'SCHEDULED' and i.type in ('MEETING', 'VISIT') and i.briefing_pack_ready is not true
        union all
        select 'FOLLOW_UP_DUE', f.id::text, f.due_date,
               array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = f.interaction_id order by 1),
               null, null, f.interaction_id, f.id, null, array[f.assignee_id], null, null, null, null
        from follow_up f join touched_interaction t on t.id = f.interaction_id
        where f.status = 'OPEN'
        union all
        select 'TERM_ENDING', s.id::text, s.term_end_date, array[s.id], null, null, null, null, null,
               array(select o.team_member_id from ownership o
                     where o.stakeholder_id = s.id and o.role = 'LEAD' and o.end_date is null order by 1), null,
               null, null, null
        from stakeholder s where s.status = 'ACTIVE' and s.term_end_date is not null and s.id = any (ids)
        union all
        -- A current holder with no LEAD owner is uncovered from the start of the tenure; with one, from the day after
        -- its ACTIVE plan ends (never, while that plan has no end); in either case until the tenure ends.
        select 'POST_UNCOVERED', p.id::text, t.start_date, array[t.stakeholder_id], null, null, null, null, p.id,
               array[]::uuid[], null, u.shown_from, t.end_date, null
        from tenure t
        join post p on p.id = t.post_id and p.status = 'ACTIVE'
        join stakeholder h on h.id = t.stakeholder_id and h.status = 'ACTIVE'
        cross join lateral (
            select case
                       when not exists (select 1 from ownership o where o.stakeholder_id = t.stakeholder_id
                                        and o.role = 'LEAD' and o.end_date is null) then t.start_date
                       when exists (select 1 from plan lp where lp.stakeholder_id = t.stakeholder_id and lp.end_date is null)
                           then null
                       else greatest(t.start_date,
                                     coalesce((select max(lp.end_date) + 1 from plan lp where lp.stakeholder_id = t.stakeholder_id),
                                              t.start_date))
                   end as shown_from
        ) u
        where t.stakeholder_id = any (ids) and u.shown_from is not null and (t.end_date is null or u.shown_from < t.end_date)
    )
    select uuid_generate_v5('5f0c6a3e-2b7d-4e1a-9c58-0d7e3a1b2c4f', s.kind || ':' || s.subject || ':' || s.due_date),
           s.kind, s.subject, s.due_date, s.stakeholder_ids[1], s.stakeholder_ids, s.policy_area, s.plan_id,
           s.interaction_id, s.follow_up_id, s.post_id, s.owner_ids, s.last_done, s.shown_from, s.shown_until,
           s.shown_before
    from subject s
    -- An interaction's alerts belong to its first stakeholder: another stakeholder's refresh leaves them alone.
    where s.stakeholder_ids[1] = any (ids)
    returning due_date, kind, plain)
    select array_agg(due_date), array_agg(kind) into added_days, added_kinds from added where plain;

    if full_refresh then
        delete from alert_subject_count;
        insert into alert_subject_count (due_date, kind, subjects)
        select due_date, kind, count(*) from alert_subject where plain group by due_date, kind;
    else
        -- One statement, in key order: concurrent writers wait for each other's counts in the same order, never in a
        -- cycle.
        insert into alert_subject_count as c (due_date, kind, subjects)
        select due_date, kind, sum(delta)
        from (select unnest(gone_days) as due_date, unnest(gone_kinds) as kind, -1 as delta
              union all
              select unnest(added_days), unnest(added_kinds), 1) d
        where due_date is not null
        group by due_date, kind
        having sum(delta) <> 0
        order by due_date, kind
        on conflict (due_date, kind) do update set subjects = c.subjects + excluded.subjects;
    end if;
    perform set_config('plan_cache_mode', plan_mode, true);
end
$$;

-- Stakeholders whose alert subjects this transaction changed, refreshed once each when it commits.
create unlogged table alert_refresh_queue (
    xact            xid8 not null default pg_current_xact_id(),
    stakeholder_id  uuid not null,
    primary key (xact, stakeholder_id)
);

create function queue_alert_refresh(ids uuid[]) returns void
language sql as $$
    insert into alert_refresh_queue (stakeholder_id)
    select distinct id from unnest(ids) id where id is not null
    on conflict do nothing;
$$;

create function refresh_queued_alert_subjects() returns trigger
language plpgsql as $$
declare
    ids uuid[];
begin
    with taken as (delete from alert_refresh_queue where xact = pg_current_xact_id() returning stakeholder_id)
    select array_agg(stakeholder_id) into ids from taken;
    if ids is not null then
        perform refresh_alert_subjects(ids);
    end if;
    return null;
end
$$;

-- Deferred to the commit, so a transaction that writes an interaction, its stakeholders, attendees and summaries
-- in several statements recomputes each stakeholder once, from the finished data.
create constraint trigger alert_subjects_at_commit after insert on alert_refresh_queue
    deferrable initially deferred for each row execute function refresh_queued_alert_subjects();

-- Row triggers that queue the stakeholders a change concerns. TG_ARGV[0] says how the row leads to them:
-- 'stakeholder' (its stakeholder_id column), 'self' (a stakeholder row), 'interaction' (every stakeholder of its
-- interaction_id), 'plan' (the stakeholder of its plan_id), 'post' (every holder of the post, past or present).
-- A bulk load can set liaison.alert_refresh to 'off' and call refresh_alert_subjects(null) once at the end.
create function queue_alert_refresh_for_row() returns trigger
language plpgsql as $$
declare
    via text := tg_argv[0];
    r jsonb;
begin
    if current_setting('liaison.alert_refresh', true) = 'off' then
        return null;
    end if;
    foreach r in array array_remove(array[case when tg_op <> 'INSERT' then to_jsonb(old) end,
                                          case when tg_op <> 'DELETE' then to_jsonb(new) end], null) loop
        case via
            when 'stakeholder' then
                perform queue_alert_refresh(array[(r ->> 'stakeholder_id')::uuid]);
            when 'self' then
                perform queue_alert_refresh(array[(r ->> 'id')::uuid]);
            when 'interaction' then
                perform queue_alert_refresh(array(select stakeholder_id from interaction_stakeholder
                                                  where interaction_id = (r ->> 'interaction_id')::uuid));
            when 'interaction_self' then
                perform queue_alert_refresh(array(select stakeholder_id from interaction_stakeholder
                                                  where interaction_id = (r ->> 'id')::uuid));
            when 'plan' then
                perform queue_alert_refresh(array(select stakeholder_id from engagement_plan
                                                  where id = (r ->> 'plan_id')::uuid));
            when 'post' then
                perform queue_alert_refresh(array(select stakeholder_id from tenure where post_id = (r ->> 'id')::uuid));
        end case;
    end loop;
    return null;
end
$$;

create trigger alert_refresh after insert or update or delete on stakeholder
    for each row execute function queue_alert_refresh_for_row('self');
create trigger alert_refresh after insert or update or delete on engagement_plan
    for each row execute function queue_alert_refresh_for_row('stakeholder');
create trigger alert_refresh after insert or update or delete on engagement_plan_policy_area
    for each row execute function queue_alert_refresh_for_row('plan');
create trigger alert_refresh after insert or update or delete on ownership
    for each row execute function queue_alert_refresh_for_row('stakeholder');
create trigger alert_refresh after insert or update or delete on tenure
    for each row execute function queue_alert_refresh_for_row('stakeholder');
create trigger alert_refresh after update or delete on post
    for each row execute function queue_alert_refresh_for_row('post');
create trigger alert_refresh after insert or update or delete on interaction
    for each row execute function queue_alert_refresh_for_row('interaction_self');
create trigger alert_refresh after insert or update or delete on interaction_stakeholder
    for each row execute function queue_alert_refresh_for_row('stakeholder');
create trigger alert_refresh after insert or update or delete on interaction_attendee
    for each row execute function queue_alert_refresh_for_row('interaction');
create trigger alert_refresh after insert or update or delete on follow_up
    for each row execute function queue_alert_refresh_for_row('interaction');
create trigger alert_refresh after insert or update or delete on stakeholder_last_contact
    for each row execute function queue_alert_refresh_for_row('stakeholder');
create trigger alert_refresh after insert or update or delete on stakeholder_last_briefing
    for each row execute function queue_alert_refresh_for_row('stakeholder');

select refresh_alert_subjects(null);
analyze alert_subject, alert_subject_count;
