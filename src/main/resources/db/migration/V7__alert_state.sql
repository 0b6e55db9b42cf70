-- Alerts are computed, never stored; only what people said about them is: acknowledgements and snoozes, keyed by
-- the alert's name-based id (uuid v5 of kind, subject ids and due date), so they survive recomputation and a new
-- due date is a new alert.
create extension if not exists "uuid-ossp";

create table alert_state (
    alert_id               uuid primary key,
    acknowledged_at        timestamptz,
    acknowledged_by        text,
    acknowledged_note      text,
    -- The severity when acknowledged: the alert comes back if it gets worse.
    acknowledged_severity  text check (acknowledged_severity in ('UPCOMING', 'DUE_TODAY', 'OVERDUE')),
    snoozed_until          date,
    snoozed_by             text,
    version                bigint not null default 0,
    updated_at             timestamptz not null default now()
);

-- Last completed contact and briefing lookups for the alert rules.
create index interaction_completed_idx on interaction (status, type, starts_at);
create index tenure_post_current_idx on tenure (post_id) where end_date is null;
