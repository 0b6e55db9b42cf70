-- V31 wrote every stakeholder link a second time, leaving the table and its indexes twice their size until a VACUUM
-- FULL: a stakeholder's timeline, read off those indexes, measured a fifth slower on the bench for it. Rewritten here
-- in the order of the timeline's index, which also keeps each stakeholder's links together.
cluster interaction_stakeholder using interaction_stakeholder_timeline_idx;
analyze interaction_stakeholder;
