-- A new interaction can only move the summaries forward: the last completed contact with each of its stakeholders,
-- and their last completed briefing on each of its policy areas, become its day where that is later. So logging
-- one (every POST) need not recompute them from the stakeholder's whole log as refresh_interaction_summaries (V12)
-- does: under the benchmark's load that recomputation was the costliest statement of a POST (4.0 ms of PostgreSQL
-- time a request, bench/README.md). Edits, cancellations and removals still go through the recomputation, since
-- they can move a day back.
create function advance_interaction_summaries(new_interaction uuid) returns void
language plpgsql as $$
declare
    lock_key integer;
begin
    -- The same per-stakeholder locks as refresh_interaction_summaries, in the same order, so a recomputation and an
    -- advance of one stakeholder never interleave: each statement below reads what the writer before it committed.
    for lock_key in
        select distinct hashtext(s.stakeholder_id::text) from interaction_stakeholder s
        where s.interaction_id = new_interaction order by 1
    loop
        perform pg_advisory_xact_lock(7301, lock_key);
    end loop;

    insert into stakeholder_last_contact as c (stakeholder_id, last_day)
    select s.stakeholder_id, cast(i.starts_at at time zone 'Europe/London' as date)
    from interaction i
    join interaction_stakeholder s on s.interaction_id = i.id
    where i.id = new_interaction and i.status = 'COMPLETED'
    on conflict (stakeholder_id) do update set last_day = excluded.last_day
    where c.last_day < excluded.last_day;

    insert into stakeholder_last_briefing as b (stakeholder_id, policy_area_code, last_day)
    select s.stakeholder_id, a.policy_area_code, cast(i.starts_at at time zone 'Europe/London' as date)
    from interaction i
    join interaction_stakeholder s on s.interaction_id = i.id
    join interaction_policy_area a on a.interaction_id = i.id
    where i.id = new_interaction and i.status = 'COMPLETED' and i.type = 'BRIEFING'
    on conflict (stakeholder_id, policy_area_code) do update set last_day = excluded.last_day
    where b.last_day < excluded.last_day;
end
$$;
