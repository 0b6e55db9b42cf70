-- alert_subject, alert_subject_count, alert_subject_owner: the alert rules of docs/alerts.md as stored rows, one per
-- subject with its due date and its uuid v5 id, so that a page of alerts is read off an index. A due date does not
-- depend on today: only the severity, the horizon and the "shown while" windows do, and those stay in the read
-- (AlertQuery), so a row changes when the data behind it changes, never because a day passed.
--
-- Derived from: engagement plans and their areas, the interaction summaries, scheduled meetings and visits, their
--   attendees and the day each was scheduled (interaction.scheduled_on), open follow-ups, stakeholders, ownership,
--   tenures, posts, team members' being active, alert_config.prep_lead_days.
-- Refreshed: once per transaction, when it commits (or when the service reads its own writes), by
--   refresh_derived_tables() (90_refresh_at_commit.sql), for what changed: the stakeholder-level subjects
--   (BRIEFING_DUE, CONTACT_DUE, TERM_ENDING, POST_UNCOVERED, FORMER_HOLDER) of the stakeholders concerned, CONTACT_DUE
--   alone for those whose last contact alone moved (every logged call moves it), and the interaction-level ones
--   (MEETING_PREP_DUE, FOLLOW_UP_DUE) of the interactions concerned. A holder's POST_UNCOVERED
--   follows their predecessor's ownership, and a former holder's FORMER_HOLDER their scheduled meetings: the queue's
--   triggers name those stakeholders too. refresh_alert_subjects(null) recomputes all.
-- Locks: lock_class('alert_subjects') per stakeholder, then lock_class('alert_interactions') per interaction, each in
--   key order.
-- alert_subject_count is kept by refresh_alert_subjects alone; alert_subject_owner by the statement trigger below
--   (inserts) and by its foreign key (deletes cascade).

-- Recomputes the subjects of these stakeholders, the CONTACT_DUE subjects of the contact_ids stakeholders (whose last
-- contact alone moved: no other rule reads it) and the subjects of these interactions (every subject when the first
-- two are null): computes what the data says, deletes stored rows that are gone or differ, inserts new or changed ones,
-- and moves the per-day counts by the rows really deleted and inserted.
create or replace function refresh_alert_subjects(stakeholder_ids uuid[], interaction_ids uuid[], contact_ids uuid[])
returns void
language plpgsql as $$
declare
    lock_key integer;
    lead_days integer := (select prep_lead_days from alert_config);
    full_refresh boolean := stakeholder_ids is null and interaction_ids is null;
    sids uuid[] := coalesce(stakeholder_ids, '{}');
    iids uuid[] := coalesce(interaction_ids, '{}');
    -- Every stakeholder in scope: those in sids for every kind, the others for CONTACT_DUE alone.
    all_sids uuid[] := array(select distinct x from unnest(sids || coalesce(contact_ids, '{}')) x);
    fresh alert_subject[];
    gone_days date[];
    gone_kinds text[];
    added_days date[];
    added_kinds text[];
    plan_mode text := current_setting('plan_cache_mode');
begin
    -- A few stakeholders (every write) run best on plans made once per connection; the whole office runs best on
    -- plans made for it. Restored at the end, so the caller's transaction keeps its own setting. (The deletes stay
    -- apart from the full refresh's so that the generic plan of the scoped one can use its indexes.)
    perform set_config('plan_cache_mode', case when full_refresh then 'force_custom_plan' else 'force_generic_plan' end,
                       true);
    if full_refresh then
        lock table alert_subject in exclusive mode;
        sids := array(select id from stakeholder);
        all_sids := sids;
        iids := array(select id from interaction
                      where status = 'SCHEDULED' and type in ('MEETING', 'VISIT') and briefing_pack_ready is not true
                      union select interaction_id from follow_up where status = 'OPEN');
    else
        -- One writer at a time per stakeholder and per interaction, the locks taken in one global order so writers
        -- cannot deadlock; each statement below then reads a snapshot that includes what the writer before it
        -- committed.
        for lock_key in select distinct hashtext(id::text) from unnest(all_sids) id order by 1 loop
            perform pg_advisory_xact_lock(lock_class('alert_subjects'), lock_key);
        end loop;
        for lock_key in select distinct hashtext(id::text) from unnest(iids) id order by 1 loop
            perform pg_advisory_xact_lock(lock_class('alert_interactions'), lock_key);
        end loop;
        -- Of the interactions, only those that can have subjects or have some stored can change (read under the
        -- locks, so a concurrent writer's follow-up or subject is seen): a completed call with no follow-up, the
        -- most common write, has neither, and then there may be nothing to do at all.
        iids := array(select i.id from interaction i
                      where i.id = any (iids) and i.status = 'SCHEDULED' and i.type in ('MEETING', 'VISIT')
                        and i.briefing_pack_ready is not true
                      union select f.interaction_id from follow_up f where f.interaction_id = any (iids) and f.status = 'OPEN'
                      union select a.interaction_id from alert_subject a where a.interaction_id = any (iids));
        if cardinality(all_sids) = 0 and cardinality(iids) = 0 then
            perform set_config('plan_cache_mode', plan_mode, true);
            return;
        end if;
    end if;

    -- What the data says each subject should be now, compared below with what is stored.
    -- Every kind goes to the members it names who are still active, and to the whole office (no owner) when none
    -- is: a member who has left sees no alerts, and what was theirs must not go unseen.
    with plan as (
        select p.*, case when m.active then array[p.owner_id] else array[]::uuid[] end as active_owner_ids
        from engagement_plan p join stakeholder s on s.id = p.stakeholder_id
        left join team_member m on m.id = p.owner_id
        where p.status = 'ACTIVE' and s.status = 'ACTIVE' and p.stakeholder_id = any (all_sids)
    ),
    subject as (
        select 'BRIEFING_DUE' as kind, p.stakeholder_id || '/' || a.policy_area_code as subject,
               greatest(b.last_day, p.start_date) + p.briefing_cadence_days as due_date,
               array[p.stakeholder_id] as stakeholder_ids, a.policy_area_code as policy_area, p.id as plan_id,
               null::uuid as interaction_id, null::uuid as follow_up_id, null::uuid as post_id,
               p.active_owner_ids as owner_ids, b.last_day as last_done,
               null::date as shown_from, p.end_date + 1 as shown_until, null::timestamptz as shown_before
        from plan p
        join engagement_plan_policy_area a on a.plan_id = p.id
        left join stakeholder_last_briefing b on b.stakeholder_id = p.stakeholder_id and b.policy_area_code = a.policy_area_code
        where p.stakeholder_id = any (sids)
        union all
        select 'CONTACT_DUE', p.stakeholder_id::text, greatest(c.last_day, p.start_date) + p.contact_cadence_days,
               array[p.stakeholder_id], null, p.id, null, null, null, p.active_owner_ids, c.last_day,
               null, p.end_date + 1, null
        from plan p left join stakeholder_last_contact c on c.stakeholder_id = p.stakeholder_id
        union all
        -- Due lead_days before the meeting, but never before the day it was scheduled.
        select 'MEETING_PREP_DUE', i.id::text,
               greatest(cast(i.starts_at at time zone 'Europe/London' as date) - lead_days,
                        coalesce(i.scheduled_on, cast(i.created_at at time zone 'Europe/London' as date))),
               array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = i.id order by 1),
               null, i.plan_id, i.id, null, null,
               array(select a.team_member_id from interaction_attendee a
                     join team_member m on m.id = a.team_member_id and m.active
                     where a.interaction_id = i.id order by 1), null,
               null, null, i.starts_at
        from interaction i
        where i.id = any (iids)
          and i.status = 'SCHEDULED' and i.type in ('MEETING', 'VISIT') and i.briefing_pack_ready is not true
        union all
        select 'FOLLOW_UP_DUE', f.id::text, f.due_date,
               array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = f.interaction_id order by 1),
               null, null, f.interaction_id, f.id, null,
               array(select m.id from team_member m where m.id = f.assignee_id and m.active), null, null, null, null
        from follow_up f
        where f.interaction_id = any (iids) and f.status = 'OPEN'
        union all
        select 'TERM_ENDING', s.id::text, s.term_end_date, array[s.id], null, null, null, null, null,
               array(select o.team_member_id from ownership o join team_member m on m.id = o.team_member_id and m.active
                     where o.stakeholder_id = s.id and o.role = 'LEAD' and o.end_date is null order by 1), null,
               null, null, null
        from stakeholder s where s.status = 'ACTIVE' and s.term_end_date is not null and s.id = any (sids)
        union all
        -- A current holder with no LEAD owner is uncovered from the start of the tenure; with one, from the day after
        -- its ACTIVE plan ends (never, while that plan has no end); in either case until the tenure ends. It goes to
        -- the LEAD owner the previous holder had when their tenure ended (the changeover day counting for them, as
        -- it does on the timelines), so that it reaches a person; to the whole office when there was none, or when
        -- they have since left the office (an inactive member sees no alerts).
        select 'POST_UNCOVERED', p.id::text, t.start_date, array[t.stakeholder_id], null, null, null, null, p.id,
               case when previous_lead.active then array[previous_lead.team_member_id] else array[]::uuid[] end, null,
               u.shown_from, t.end_date, null
        from tenure t
        join post p on p.id = t.post_id and p.status = 'ACTIVE'
        join stakeholder h on h.id = t.stakeholder_id and h.status = 'ACTIVE'
        left join lateral (
            select o.team_member_id, m.active
            from (select pt.stakeholder_id, pt.end_date from tenure pt
                  where pt.post_id = t.post_id and pt.end_date <= t.start_date
                  order by pt.end_date desc limit 1) previous
            join ownership o on o.stakeholder_id = previous.stakeholder_id and o.role = 'LEAD'
                and o.start_date <= previous.end_date and (o.end_date is null or o.end_date >= previous.end_date)
            join team_member m on m.id = o.team_member_id
            order by o.start_date desc limit 1
        ) previous_lead on true
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
        where t.stakeholder_id = any (sids) and u.shown_from is not null and (t.end_date is null or u.shown_from < t.end_date)
        union all
        -- Someone who holds no post any more, though the office still plans for them, owns their relationship or
        -- meets them after their last day: due on the day their last tenure ended (and not shown before it: until
        -- then they still hold it), to their LEAD owner (the whole office when that owner has left).
        select 'FORMER_HOLDER', s.id::text, f.last_end, array[s.id], null, null, null, null, f.last_post,
               array(select o.team_member_id from ownership o join team_member m on m.id = o.team_member_id and m.active
                     where o.stakeholder_id = s.id and o.role = 'LEAD' and o.end_date is null order by 1), null,
               f.last_end, null, null
        from stakeholder s
        cross join lateral (
            select max(t.end_date) as last_end, bool_or(t.end_date is null) as holds_one,
                   (array_agg(t.post_id order by t.end_date desc nulls first))[1] as last_post
            from tenure t where t.stakeholder_id = s.id
        ) f
        where s.id = any (sids) and s.status = 'ACTIVE' and f.last_end is not null and not f.holds_one
          and (exists (select 1 from engagement_plan lp where lp.stakeholder_id = s.id and lp.status = 'ACTIVE')
               or exists (select 1 from ownership o where o.stakeholder_id = s.id and o.end_date is null)
               or exists (select 1 from interaction_stakeholder l join interaction i on i.id = l.interaction_id
                          where l.stakeholder_id = s.id and i.status = 'SCHEDULED'
                            and i.starts_at >= cast(f.last_end + 1 as timestamp) at time zone 'Europe/London'))
    )
    select coalesce(array_agg(row(
           uuid_generate_v5('5f0c6a3e-2b7d-4e1a-9c58-0d7e3a1b2c4f', s.kind || ':' || s.subject || ':' || s.due_date),
           s.kind, s.subject, s.due_date, s.stakeholder_ids[1], s.stakeholder_ids, s.policy_area, s.plan_id,
           s.interaction_id, s.follow_up_id, s.post_id, s.owner_ids, s.last_done, s.shown_from, s.shown_until,
           s.shown_before, null)::alert_subject), '{}')
    into fresh
    from subject s
    -- A subject belongs to its first stakeholder, its home; an interaction left with none has no alerts.
    where s.stakeholder_ids[1] is not null;

    if full_refresh then
        delete from alert_subject;
    else
        -- Only the rows in scope that are gone or changed: a row whose id (kind, subject, due date) and every other
        -- column are unchanged stays, with its index entries and owner rows.
        with gone as (
            delete from alert_subject a
            where ((a.kind in ('MEETING_PREP_DUE', 'FOLLOW_UP_DUE') and a.interaction_id = any (iids))
                   or (a.kind not in ('MEETING_PREP_DUE', 'FOLLOW_UP_DUE') and a.home_stakeholder_id = any (all_sids)
                       and (a.kind = 'CONTACT_DUE' or a.home_stakeholder_id = any (sids))))
              and not exists (
                  select 1 from unnest(fresh) f
                  where f.id = a.id
                    and (f.home_stakeholder_id, f.stakeholder_ids, f.policy_area, f.plan_id, f.interaction_id,
                         f.follow_up_id, f.post_id, f.owner_ids, f.last_done, f.shown_from, f.shown_until,
                         f.shown_before)
                        is not distinct from
                        (a.home_stakeholder_id, a.stakeholder_ids, a.policy_area, a.plan_id, a.interaction_id,
                         a.follow_up_id, a.post_id, a.owner_ids, a.last_done, a.shown_from, a.shown_until,
                         a.shown_before))
            returning due_date, kind, plain)
        select array_agg(due_date), array_agg(kind) into gone_days, gone_kinds from gone where plain;
    end if;

    -- The new and changed ones.
    with added as (
    insert into alert_subject (id, kind, subject, due_date, home_stakeholder_id, stakeholder_ids, policy_area, plan_id,
                               interaction_id, follow_up_id, post_id, owner_ids, last_done, shown_from, shown_until,
                               shown_before)
    select f.id, f.kind, f.subject, f.due_date, f.home_stakeholder_id, f.stakeholder_ids, f.policy_area, f.plan_id,
           f.interaction_id, f.follow_up_id, f.post_id, f.owner_ids, f.last_done, f.shown_from, f.shown_until,
           f.shown_before
    from unnest(fresh) f
    where not exists (select 1 from alert_subject a where a.id = f.id)
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

-- Every subject of these stakeholders and of these interactions (everything when both are null).
create or replace function refresh_alert_subjects(stakeholder_ids uuid[], interaction_ids uuid[]) returns void
language sql as $$
    select refresh_alert_subjects(stakeholder_ids, interaction_ids, null);
$$;

-- Every subject of these stakeholders, their interactions' included (everything when ids is null): for callers that
-- name stakeholders only (a bulk load, a repair, the release before this one).
create or replace function refresh_alert_subjects(ids uuid[]) returns void
language sql as $$
    select refresh_alert_subjects(
        ids, case when ids is not null then
                 array(select distinct interaction_id from interaction_stakeholder where stakeholder_id = any (ids))
             end, null);
$$;

-- The owners' copy: one row per owner of each subject, in a b-tree that holds what an owner's page of alerts filters
-- and orders on. refresh_alert_subjects only inserts and deletes subjects; deletes cascade to the copy.
create or replace function copy_alert_subject_owners() returns trigger
language plpgsql as $$
begin
    insert into alert_subject_owner (owner_id, due_date, kind, id, shown_from, shown_until, shown_before)
    select distinct o.owner_id, a.due_date, a.kind, a.id, a.shown_from, a.shown_until, a.shown_before
    from added a cross join unnest(a.owner_ids) o(owner_id);
    return null;
end
$$;
create or replace trigger alert_subject_owners after insert on alert_subject
    referencing new table as added for each statement execute function copy_alert_subject_owners();

-- An update would leave the owners' copy behind, so there is none.
create or replace function alert_subject_is_not_updated() returns trigger
language plpgsql as $$
begin
    raise exception 'alert_subject rows are replaced (deleted and inserted), never updated';
end
$$;
create or replace trigger alert_subject_not_updated before update on alert_subject
    for each row execute function alert_subject_is_not_updated();

-- Every kind goes to the members it names who are still active (the whole office when none is), which was not always
-- so: recompute the subjects of whatever a member who has left owns, leads, attends or was assigned, in case they were
-- stored before that rule (a database upgraded from an older release). Once they are right it changes nothing.
select refresh_alert_subjects(
    array(select p.stakeholder_id from engagement_plan p join team_member m on m.id = p.owner_id and not m.active
          where p.status = 'ACTIVE'
          union select o.stakeholder_id from ownership o join team_member m on m.id = o.team_member_id and not m.active
          where o.role = 'LEAD' and o.end_date is null),
    array(select a.interaction_id from interaction_attendee a join team_member m on m.id = a.team_member_id
          and not m.active join interaction i on i.id = a.interaction_id where i.status = 'SCHEDULED'
          union select f.interaction_id from follow_up f join team_member m on m.id = f.assignee_id and not m.active
          where f.status = 'OPEN'));
