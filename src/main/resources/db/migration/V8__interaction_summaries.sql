-- What the alert and coverage rules ask of the whole interaction log, kept per stakeholder so they need not
-- re-aggregate a million rows on every call: the London day of the last COMPLETED interaction with each
-- stakeholder, and of the last COMPLETED briefing with each stakeholder on each policy area. Cancelled and
-- scheduled interactions never count. The service refreshes the rows of every stakeholder an interaction write
-- touched, in the same transaction, through refresh_interaction_summaries (below).
create table stakeholder_last_contact (
    stakeholder_id  uuid primary key references stakeholder (id),
    last_day        date not null
);

create table stakeholder_last_briefing (
    stakeholder_id    uuid not null references stakeholder (id),
    policy_area_code  text not null references policy_area (code),
    last_day          date not null,
    primary key (stakeholder_id, policy_area_code)
);
-- Coverage by policy area ("not briefed on housing for 90 days") starts from the area.
create index stakeholder_last_briefing_area_idx on stakeholder_last_briefing (policy_area_code, last_day);

-- Recomputes the summaries of the given stakeholders (all of them when ids is null) from the log. A recomputation
-- rather than an increment, so that cancelling, re-dating or re-typing an interaction, or removing a stakeholder
-- from it, can move the last day back as well as forward.
create function refresh_interaction_summaries(ids uuid[]) returns void
language plpgsql as $$
declare
    lock_key integer;
begin
    -- Writers touching the same stakeholder queue here, taking their locks in one global order so they cannot
    -- deadlock; each statement below then reads a snapshot that includes whatever the writer before it committed,
    -- so a summary is never overwritten from an older view of the log.
    if ids is null then
        lock table stakeholder_last_contact, stakeholder_last_briefing in exclusive mode;
        ids := array(select id from stakeholder);
    else
        for lock_key in select distinct hashtext(id::text) from unnest(ids) id order by 1 loop
            perform pg_advisory_xact_lock(7301, lock_key);
        end loop;
    end if;

    delete from stakeholder_last_contact where stakeholder_id = any (ids);
    insert into stakeholder_last_contact (stakeholder_id, last_day)
    select s.stakeholder_id, max(cast(i.starts_at at time zone 'Europe/London' as date))
    from interaction_stakeholder s
    join interaction i on i.id = s.interaction_id
    where i.status = 'COMPLETED' and s.stakeholder_id = any (ids)
    group by s.stakeholder_id;

    delete from stakeholder_last_briefing where stakeholder_id = any (ids);
    insert into stakeholder_last_briefing (stakeholder_id, policy_area_code, last_day)
    select s.stakeholder_id, a.policy_area_code, max(cast(i.starts_at at time zone 'Europe/London' as date))
    from interaction_stakeholder s
    join interaction i on i.id = s.interaction_id
    join interaction_policy_area a on a.interaction_id = i.id
    where i.status = 'COMPLETED' and i.type = 'BRIEFING' and s.stakeholder_id = any (ids)
    group by s.stakeholder_id, a.policy_area_code;
end
$$;

select refresh_interaction_summaries(null);
