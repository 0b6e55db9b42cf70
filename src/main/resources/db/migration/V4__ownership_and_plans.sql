-- Who on the office's side owns each stakeholder relationship. An assignment is active until it has an end date;
-- ended assignments stay as history (with the handover note).
create table ownership (
    id              uuid primary key default gen_random_uuid(),
    stakeholder_id  uuid not null references stakeholder (id),
    team_member_id  uuid not null references team_member (id),
    role            text not null check (role in ('LEAD', 'SUPPORT')),
    start_date      date not null,
    end_date        date,
    note            text,
    handover_note   text,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint ownership_dates_in_order check (end_date is null or end_date >= start_date)
);
-- Exactly one active LEAD per stakeholder at a time, whatever races past the service.
create unique index ownership_one_active_lead on ownership (stakeholder_id) where role = 'LEAD' and end_date is null;
-- One active assignment per person and stakeholder.
create unique index ownership_one_active_per_member on ownership (stakeholder_id, team_member_id) where end_date is null;
create index ownership_member_active_idx on ownership (team_member_id, stakeholder_id) where end_date is null;
create index ownership_stakeholder_idx on ownership (stakeholder_id, start_date desc);

create table engagement_plan (
    id                     uuid primary key default gen_random_uuid(),
    stakeholder_id         uuid not null references stakeholder (id),
    owner_id               uuid not null references team_member (id),
    title                  text not null,
    objectives             text,
    contact_cadence_days   integer not null check (contact_cadence_days between 1 and 730),
    briefing_cadence_days  integer not null check (briefing_cadence_days between 1 and 730),
    start_date             date not null,
    end_date               date,
    status                 text not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    version                bigint not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint engagement_plan_dates_in_order check (end_date is null or end_date > start_date)
);
-- At most one ACTIVE plan per stakeholder.
create unique index engagement_plan_one_active on engagement_plan (stakeholder_id) where status = 'ACTIVE';
create index engagement_plan_owner_idx on engagement_plan (owner_id, status);
create index engagement_plan_updated_idx on engagement_plan (updated_at, id);

create table engagement_plan_policy_area (
    plan_id           uuid not null references engagement_plan (id) on delete cascade,
    policy_area_code  text not null references policy_area (code),
    primary key (plan_id, policy_area_code)
);
create index engagement_plan_policy_area_code_idx on engagement_plan_policy_area (policy_area_code);

create table engagement_plan_milestone (
    plan_id   uuid not null references engagement_plan (id) on delete cascade,
    position  integer not null,
    title     text not null,
    due_date  date not null,
    done      boolean not null default false,
    primary key (plan_id, position)
);
