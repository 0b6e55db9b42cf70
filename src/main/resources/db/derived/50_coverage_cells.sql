-- coverage_cell: the briefing coverage matrix's cells, stored: one row per stakeholder and policy area that their
-- ACTIVE plan asks for, that is among their policy interests, or that they were last briefed on, with the plan's terms
-- and the last briefing's day. Only what depends on today or on a setting is left to the read (CoverageQuery): whether
-- the plan has ended (then the cell is an interest or NOT_PLANNED one, or gone if neither), the default cadence of an
-- interest that no plan covers, the next due day's status.
--
-- Derived from: ACTIVE engagement_plan + engagement_plan_policy_area, stakeholder_policy_interest,
--   stakeholder_last_briefing.
-- Refreshed: by refresh_derived_tables() (90_refresh_at_commit.sql), right after the alert subjects, for the
--   stakeholders whose plans, plan areas, policy interests, briefings or record changed (a logged call changes none
--   of these, and refreshes no cell). refresh_coverage_cells(null) recomputes all.
-- Locks: lock_class('alert_subjects') per stakeholder, which the alert refresh has just taken for the same
--   stakeholders: whatever queues a stakeholder's cells queues their alert subjects too, so this never takes a lock
--   the alert refresh did not take first, in its order (a class of its own deadlocked with the summaries').

-- Recomputes the cells of these stakeholders (null: everyone), writing only what changed: most writes that reach here
-- (a call, a meeting) change no cell.
create or replace function refresh_coverage_cells(ids uuid[]) returns void
language plpgsql as $$
declare
    lock_key integer;
    plan_mode text := current_setting('plan_cache_mode');
begin
    -- Plans made once per connection for a few stakeholders (with an array parameter PostgreSQL would plan every
    -- statement on every call), made for the whole office when it is all of it.
    perform set_config('plan_cache_mode', case when ids is null then 'force_custom_plan' else 'force_generic_plan' end,
                       true);
    if ids is null then
        lock table coverage_cell in exclusive mode;
        ids := array(select id from stakeholder);
    else
        for lock_key in select distinct hashtext(id::text) from unnest(ids) id order by 1 loop
            perform pg_advisory_xact_lock(lock_class('alert_subjects'), lock_key);
        end loop;
    end if;

    insert into coverage_cell as c (stakeholder_id, policy_area_code, plan_id, owner_id, briefing_cadence_days,
                                    plan_start, plan_end, last_day, interest)
    select coalesce(p.stakeholder_id, b.stakeholder_id, i.stakeholder_id),
           coalesce(p.policy_area_code, b.policy_area_code, i.policy_area_code),
           p.plan_id, p.owner_id, p.briefing_cadence_days, p.start_date, p.end_date, b.last_day,
           i.stakeholder_id is not null
    from (select p.stakeholder_id, a.policy_area_code, p.id as plan_id, p.owner_id, p.briefing_cadence_days,
                 p.start_date, p.end_date
          from engagement_plan p join engagement_plan_policy_area a on a.plan_id = p.id
          where p.status = 'ACTIVE' and p.stakeholder_id = any (ids)) p
    full join (select * from stakeholder_last_briefing where stakeholder_id = any (ids)) b
        on b.stakeholder_id = p.stakeholder_id and b.policy_area_code = p.policy_area_code
    full join (select * from stakeholder_policy_interest where stakeholder_id = any (ids)) i
        on i.stakeholder_id = coalesce(p.stakeholder_id, b.stakeholder_id)
       and i.policy_area_code = coalesce(p.policy_area_code, b.policy_area_code)
    on conflict (stakeholder_id, policy_area_code) do update
        set plan_id = excluded.plan_id, owner_id = excluded.owner_id,
            briefing_cadence_days = excluded.briefing_cadence_days, plan_start = excluded.plan_start,
            plan_end = excluded.plan_end, last_day = excluded.last_day, interest = excluded.interest
        where (c.plan_id, c.owner_id, c.briefing_cadence_days, c.plan_start, c.plan_end, c.last_day, c.interest)
              is distinct from (excluded.plan_id, excluded.owner_id, excluded.briefing_cadence_days,
                                excluded.plan_start, excluded.plan_end, excluded.last_day, excluded.interest);

    -- Cells no plan asks for any more, not of interest and never briefed.
    delete from coverage_cell c
    where c.stakeholder_id = any (ids)
      and not exists (select 1 from stakeholder_last_briefing b
                      where b.stakeholder_id = c.stakeholder_id and b.policy_area_code = c.policy_area_code)
      and not exists (select 1 from stakeholder_policy_interest i
                      where i.stakeholder_id = c.stakeholder_id and i.policy_area_code = c.policy_area_code)
      and not exists (select 1 from engagement_plan p join engagement_plan_policy_area a on a.plan_id = p.id
                      where p.stakeholder_id = c.stakeholder_id and p.status = 'ACTIVE'
                        and a.policy_area_code = c.policy_area_code);
    perform set_config('plan_cache_mode', plan_mode, true);
end
$$;
