-- Pre-election periods: from the last day on which the notice of election may be published to polling day, both
-- included, an office takes care over engagements with those standing. A period names what is up for election:
-- whole organisations (every post of a borough council) and single posts (the Mayor of London). The service warns,
-- never blocks, when an engagement falls inside one.
create table pre_election_period (
    id           uuid primary key default gen_random_uuid(),
    name         text not null,
    starts_on    date not null,
    polling_day  date not null,
    version      bigint not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint pre_election_period_dates_in_order check (starts_on <= polling_day)
);
create unique index pre_election_period_name_key on pre_election_period (lower(name));
create index pre_election_period_days_idx on pre_election_period (polling_day, starts_on);

create table pre_election_period_organisation (
    period_id        uuid not null references pre_election_period (id) on delete cascade,
    organisation_id  uuid not null references organisation (id),
    primary key (period_id, organisation_id)
);
create index pre_election_period_organisation_org_idx on pre_election_period_organisation (organisation_id);

create table pre_election_period_post (
    period_id  uuid not null references pre_election_period (id) on delete cascade,
    post_id    uuid not null references post (id),
    primary key (period_id, post_id)
);
create index pre_election_period_post_post_idx on pre_election_period_post (post_id);

-- The Mayor of London, elected with the Assembly; the GLA's post as the boroughs' mayors are theirs.
insert into post (organisation_id, title, category, reference)
select id, 'Mayor of London', 'EXECUTIVE_MAYOR', true from organisation where code = 'gla'
on conflict do nothing;

-- The next London elections. Each period starts on the last day on which the notice of election may be published:
-- the 25th working day before polling day, not counting weekends or bank holidays in England (Good Friday and
-- Easter Monday fall inside both; the early May bank holiday inside the first).
insert into pre_election_period (name, starts_on, polling_day) values
    ('Mayor of London and London Assembly election 2028', date '2028-03-27', date '2028-05-04'),
    ('London borough council elections 2030', date '2030-03-26', date '2030-05-02');

insert into pre_election_period_post (period_id, post_id)
select e.id, p.id
from pre_election_period e
join post p on p.reference and (p.title = 'Mayor of London' or p.category = 'ASSEMBLY_MEMBER')
where e.name = 'Mayor of London and London Assembly election 2028';

-- The 32 boroughs; the City of London's elections follow their own cycle.
insert into pre_election_period_organisation (period_id, organisation_id)
select e.id, o.id
from pre_election_period e
join organisation o on o.kind = 'LONDON_BOROUGH'
where e.name = 'London borough council elections 2030';
