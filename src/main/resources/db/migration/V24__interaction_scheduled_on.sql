-- The London day an interaction was scheduled: the day it was written, or the day its start last moved. A meeting's
-- preparation is never due before it (MEETING_PREP_DUE, db/derived/40_alert_subjects.sql): a meeting booked today
-- for tomorrow is due for preparation today, not overdue since yesterday. Kept by db/derived/10_interaction_starts.sql;
-- null for interactions written before this version, which are read as scheduled on the day they were created.
alter table interaction add column scheduled_on date;
