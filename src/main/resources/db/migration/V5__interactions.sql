-- The interaction log: every logged or scheduled contact, with its stakeholders, office attendees, policy areas
-- and follow-up actions. Stakeholders are never cascaded into it: the log outlives any edit to them.
create table interaction (
    id                   uuid primary key default gen_random_uuid(),
    type                 text not null check (type in ('MEETING', 'CALL', 'EMAIL', 'LETTER', 'EVENT', 'BRIEFING', 'VISIT', 'OTHER')),
    status               text not null check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED')),
    starts_at            timestamptz not null,
    ends_at              timestamptz,
    plan_id              uuid references engagement_plan (id),
    title                text,
    summary              text,
    outcome              text,
    decisions            text,
    classification       text not null default 'OFFICIAL' check (classification in ('OFFICIAL', 'OFFICIAL_SENSITIVE')),
    briefing_pack_ready  boolean,
    -- Full-text search over what was said; generated, so it can never drift from the text.
    search               tsvector generated always as (to_tsvector('english',
                             coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(outcome, '') || ' ' || coalesce(decisions, ''))) stored,
    version              bigint not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint interaction_ends_after_start check (ends_at is null or ends_at >= starts_at)
);
create index interaction_starts_idx on interaction (starts_at desc, id);
create index interaction_updated_idx on interaction (updated_at, id);
create index interaction_search_idx on interaction using gin (search);
create index interaction_plan_idx on interaction (plan_id);

create table interaction_stakeholder (
    interaction_id  uuid not null references interaction (id) on delete cascade,
    stakeholder_id  uuid not null references stakeholder (id),
    primary key (interaction_id, stakeholder_id)
);
create index interaction_stakeholder_idx on interaction_stakeholder (stakeholder_id, interaction_id);

create table interaction_attendee (
    interaction_id  uuid not null references interaction (id) on delete cascade,
    team_member_id  uuid not null references team_member (id),
    primary key (interaction_id, team_member_id)
);
create index interaction_attendee_idx on interaction_attendee (team_member_id, interaction_id);

create table interaction_policy_area (
    interaction_id    uuid not null references interaction (id) on delete cascade,
    policy_area_code  text not null references policy_area (code),
    primary key (interaction_id, policy_area_code)
);
create index interaction_policy_area_idx on interaction_policy_area (policy_area_code, interaction_id);

create table follow_up (
    id              uuid primary key default gen_random_uuid(),
    interaction_id  uuid not null references interaction (id),
    description     text not null,
    assignee_id     uuid not null references team_member (id),
    due_date        date not null,
    status          text not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    done_at         timestamptz,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index follow_up_assignee_idx on follow_up (assignee_id, status, due_date);
create index follow_up_interaction_idx on follow_up (interaction_id);
