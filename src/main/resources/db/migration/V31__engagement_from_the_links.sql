-- The engagement report counts COMPLETED interactions by their stakeholders over a period. With the interaction's
-- status and type copied onto each stakeholder link (as its start already is, V18), a period's completed contacts are
-- one range of one index, read without visiting the interactions or the links' own rows.
-- The fill changes nothing derived: without these, every link would queue its interaction for a refresh at commit
-- and rebuild its interaction's parts.
set local liaison.alert_refresh = 'off';
set local liaison.interaction_parts = 'off';
alter table interaction_stakeholder add column status text, add column type text;
update interaction_stakeholder s set status = i.status, type = i.type from interaction i where i.id = s.interaction_id;
alter table interaction_stakeholder alter column status set not null, alter column type set not null;
create index interaction_stakeholder_completed_idx on interaction_stakeholder (starts_at)
    include (stakeholder_id, interaction_id, type) where status = 'COMPLETED';
