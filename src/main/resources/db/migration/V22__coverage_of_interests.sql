-- Coverage covers the stakeholder's policy interests too: a cell for each area among their interests that no ACTIVE
-- plan asks for, due at the office's default briefing cadence (a setting, applied when the cells are read), so that
-- "who has not been briefed on housing in 90 days" finds everyone interested in housing, not only those with a plan.
-- refresh_coverage_cells (db/derived/50_coverage_cells.sql) keeps the column; this fills it for the cells there are.
alter table coverage_cell add column interest boolean not null default false;

-- A stakeholder's cells still come from the index alone.
alter table coverage_cell drop constraint coverage_cell_pkey;
alter table coverage_cell add primary key (stakeholder_id, policy_area_code)
    include (plan_id, owner_id, briefing_cadence_days, plan_start, plan_end, last_day, interest);

insert into coverage_cell as c (stakeholder_id, policy_area_code, interest)
select i.stakeholder_id, i.policy_area_code, true
from stakeholder_policy_interest i
on conflict (stakeholder_id, policy_area_code) do update set interest = true;
