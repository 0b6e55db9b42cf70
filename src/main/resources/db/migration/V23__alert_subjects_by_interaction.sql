-- The interaction-level alert subjects (MEETING_PREP_DUE, FOLLOW_UP_DUE) are recomputed for the interactions a
-- transaction wrote (db/derived/40_alert_subjects.sql) and found by their interaction: without this index the refresh
-- read every subject of those two kinds in the office to find the few of one interaction, on every interaction written.
create index alert_subject_interaction_idx on alert_subject (interaction_id) where interaction_id is not null;
