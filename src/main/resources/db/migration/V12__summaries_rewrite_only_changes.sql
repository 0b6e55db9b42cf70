-- The per-stakeholder summaries of V8, refreshed by writing only what changed: V8 deleted and re-inserted every row
-- of the stakeholders touched (a stakeholder has ~8 briefing rows), and since V10 every row written fires the alert
-- triggers and every rewrite leaves a dead tuple. Now rows whose day is unchanged are left alone, rows the log no
-- longer supports are deleted, and new or moved days are upserted. The result is the same as V8's.
create or replace function refresh_interaction_summaries(ids uuid[]) returns void
language plpgsql as $$
declare
    lock_key integer;
    plan_mode text := current_setting('plan_cache_mode');
begin
    -- As in V8: writers touching the same stakeholder queue here, locks taken in one global order.
    if ids is null then
        lock table stakeholder_last_contact, stakeholder_last_briefing in exclusive mode;
        ids := array(select id from stakeholder);
    else
        for lock_key in select distinct hashtext(id::text) from unnest(ids) id order by 1 loop
            perform pg_advisory_xact_lock(7301, lock_key);
        end loop;
        -- A few stakeholders (every write) run best on plans made once per connection (see V10).
        perform set_config('plan_cache_mode', 'force_generic_plan', true);
    end if;

    with latest as (
        select s.stakeholder_id, max(cast(i.starts_at at time zone 'Europe/London' as date)) as last_day
        from interaction_stakeholder s
        join interaction i on i.id = s.interaction_id
        where i.status = 'COMPLETED' and s.stakeholder_id = any (ids)
        group by s.stakeholder_id
    ),
    gone as (
        delete from stakeholder_last_contact c
        where c.stakeholder_id = any (ids)
          and not exists (select 1 from latest l where l.stakeholder_id = c.stakeholder_id)
    )
    insert into stakeholder_last_contact as c (stakeholder_id, last_day)
    select stakeholder_id, last_day from latest
    on conflict (stakeholder_id) do update set last_day = excluded.last_day
    where c.last_day is distinct from excluded.last_day;

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
    )
    insert into stakeholder_last_briefing as b (stakeholder_id, policy_area_code, last_day)
    select stakeholder_id, policy_area_code, last_day from latest
    on conflict (stakeholder_id, policy_area_code) do update set last_day = excluded.last_day
    where b.last_day is distinct from excluded.last_day;

    perform set_config('plan_cache_mode', plan_mode, true);
end
$$;
