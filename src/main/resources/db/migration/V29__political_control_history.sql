-- An organisation's political control changes at elections: each change is kept with the day it took effect, and
-- organisation.political_control stays the control in effect (the newest change whose day has come).
create table organisation_political_control (
    id               uuid primary key default gen_random_uuid(),
    organisation_id  uuid not null references organisation (id),
    control          text not null,
    since            date not null,
    recorded_at      timestamptz not null default now(),
    constraint organisation_political_control_one_per_day unique (organisation_id, since)
);

-- Election results name holders by email, a few hundred rows at a time.
create index stakeholder_email_lower_idx on stakeholder (lower(email));
