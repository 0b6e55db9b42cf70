-- Beside each stakeholder's last contact of any kind, the London day of their last COMPLETED meeting or visit, so that
-- "whom have we not met this year?" is one filter over the stakeholder list. Filled here from the log; kept from now
-- on by the summaries' home (db/derived/30_interaction_summaries.sql).
set local liaison.alert_refresh = 'off'; -- the fill changes no alert or coverage cell: nothing to queue for them

alter table stakeholder_last_contact add column last_meeting_day date;

update stakeholder_last_contact c set last_meeting_day = m.last_day
from (select s.stakeholder_id, max(cast(i.starts_at at time zone 'Europe/London' as date)) as last_day
      from interaction_stakeholder s join interaction i on i.id = s.interaction_id
      where i.status = 'COMPLETED' and i.type in ('MEETING', 'VISIT')
      group by s.stakeholder_id) m
where m.stakeholder_id = c.stakeholder_id;

-- When a stakeholder's summaries last changed: their updatedAt is the later of this and their own updated_at, so that a
-- logged meeting shows to a sync by updatedSince without writing the stakeholder's row (which a concurrent edit may
-- hold) or moving its version.
create table stakeholder_summary_change (
    stakeholder_id  uuid primary key references stakeholder (id) on delete cascade,
    changed_at      timestamptz not null
);
