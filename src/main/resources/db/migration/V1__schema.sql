-- Liaison schema: organisations, posts and tenures, stakeholders, policy areas, team members.
-- Flyway owns the schema; Hibernate only validates it.

-- btree_gist lets one exclusion constraint combine "same post" (=) with "overlapping dates" (&&).
create extension if not exists btree_gist;

create table organisation (
    id                 uuid primary key default gen_random_uuid(),
    code               text not null,
    name               text not null,
    kind               text not null check (kind in ('LONDON_BOROUGH', 'CITY_OF_LONDON_CORPORATION', 'LONDON_COUNCILS',
                           'LONDON_ASSEMBLY', 'GLA', 'FUNCTIONAL_BODY', 'UK_PARLIAMENT', 'GOVERNMENT_DEPARTMENT', 'OTHER')),
    gss_code           text check (gss_code ~ '^[EWSN][0-9]{8}$'),
    governance_model   text check (governance_model in ('LEADER_AND_CABINET', 'DIRECTLY_ELECTED_MAYOR', 'COMMITTEE_SYSTEM')),
    political_control  text,
    website            text,
    reference          boolean not null default false,
    status             text not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    version            bigint not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint organisation_code_key unique (code),
    constraint organisation_gss_code_key unique (gss_code)
);
create unique index organisation_name_key on organisation (lower(name));
create index organisation_updated_idx on organisation (updated_at, id);

create table policy_area (
    code        text primary key check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name        text not null,
    description text,
    status      text not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create unique index policy_area_name_key on policy_area (lower(name));
create index policy_area_updated_idx on policy_area (updated_at, code);

create table team_member (
    id          uuid primary key default gen_random_uuid(),
    full_name   text not null,
    email       text not null,
    job_title   text,
    role        text not null check (role in ('MAYOR', 'DEPUTY_MAYOR', 'MAYORAL_ADVISER', 'MAYORAL_APPOINTEE', 'STAFF')),
    unit        text check (unit in ('COMMUNICATIONS', 'MAYORAL_OPERATIONS', 'POLICY_AND_DELIVERY', 'POLITICAL_AND_PUBLIC_AFFAIRS')),
    active      boolean not null default true,
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
-- Emails are compared case-insensitively: Jo.Bloggs@ and jo.bloggs@ are one person.
create unique index team_member_email_key on team_member (lower(email));
create index team_member_updated_idx on team_member (updated_at, id);

create table stakeholder (
    id                     uuid primary key default gen_random_uuid(),
    honorific              text,
    first_name             text not null,
    last_name              text not null,
    party                  text,
    email                  text,
    phone                  text,
    private_office_contact text,
    priority               text not null default 'MEDIUM' check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    -- Sorting by priority must mean HIGH before MEDIUM before LOW, not alphabetical order.
    priority_rank          smallint generated always as (case priority when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end) stored,
    influence              smallint check (influence between 1 and 5),
    interest               smallint check (interest between 1 and 5),
    term_end_date          date,
    notes                  text,
    status                 text not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    version                bigint not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);
create index stakeholder_name_idx on stakeholder (lower(last_name), lower(first_name), id);
create index stakeholder_updated_idx on stakeholder (updated_at, id);

create table stakeholder_policy_interest (
    stakeholder_id   uuid not null references stakeholder (id),
    policy_area_code text not null references policy_area (code),
    primary key (stakeholder_id, policy_area_code)
);
create index stakeholder_policy_interest_area_idx on stakeholder_policy_interest (policy_area_code);

create table post (
    id               uuid primary key default gen_random_uuid(),
    organisation_id  uuid not null references organisation (id),
    title            text not null,
    category         text not null check (category in ('EXECUTIVE_MAYOR', 'COUNCIL_LEADER', 'DEPUTY_LEADER', 'CABINET_MEMBER',
                         'COUNCILLOR', 'LONDON_COUNCILS_MEMBER', 'LONDON_COUNCILS_OFFICER', 'ASSEMBLY_MEMBER',
                         'MEMBER_OF_PARLIAMENT', 'PEER', 'GOVERNMENT_MINISTER', 'COUNCIL_OFFICER', 'ADVISER', 'OTHER')),
    constituency     text,
    ward             text,
    portfolio        text,
    reference        boolean not null default false,
    status           text not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    version          bigint not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create unique index post_title_key on post (organisation_id, lower(title));
create index post_updated_idx on post (updated_at, id);
create index post_category_idx on post (category);

-- Authorities a post covers beyond its own organisation: a constituency Assembly seat covers two to four boroughs,
-- so a borough's view can include its Assembly Member.
create table post_covered_authority (
    post_id          uuid not null references post (id) on delete cascade,
    organisation_id  uuid not null references organisation (id),
    primary key (post_id, organisation_id)
);
create index post_covered_authority_org_idx on post_covered_authority (organisation_id);

-- A tenure is the half-open range [start_date, end_date); end_date null means current. The exclusion constraint
-- forbids overlapping tenures of one post, and so also two current holders.
create table tenure (
    id              uuid primary key default gen_random_uuid(),
    post_id         uuid not null references post (id),
    stakeholder_id  uuid not null references stakeholder (id),
    start_date      date not null,
    end_date        date,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint tenure_dates_in_order check (end_date is null or end_date > start_date),
    constraint tenure_no_overlap exclude using gist (post_id with =, daterange(start_date, end_date, '[)') with &&)
);
create index tenure_stakeholder_idx on tenure (stakeholder_id, start_date);
create index tenure_current_idx on tenure (stakeholder_id, post_id) where end_date is null;

-- Idempotency-Key records: a retried POST returns the first response and creates nothing twice.
create table idempotency_record (
    caller          text not null,
    method          text not null,
    path            text not null,
    idempotency_key text not null,
    request_hash    text not null,
    response_status integer,
    response_body   text,
    location        text,
    etag            text,
    created_at      timestamptz not null default now(),
    primary key (caller, method, path, idempotency_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
