-- A realistic large office, generated in PostgreSQL with set-based inserts (run by bench/generate.sh).
-- Scale 1: ~2,000 extra posts, 20,000 stakeholders with tenures, 200 team members with LEAD/SUPPORT ownership,
-- 15,000 ACTIVE plans with 3-6 policy areas each, 1,000,000 interactions over five years (a fifth of them
-- briefings, some scheduled in the future) and 200,000 follow-ups. Every person is fictional.
\set ON_ERROR_STOP on
select setseed(0.42) \gset
-- Row by row, the derived tables' triggers would queue every stakeholder and interaction for every row written, and
-- the interaction parts' lock every person of every interaction: they are all built once at the end instead.
set liaison.alert_refresh = 'off';
set liaison.interaction_parts = 'off';

create temp table size as
select greatest(20, (2000 * :scale)::int)       as posts,
       greatest(200, (20000 * :scale)::int)     as stakeholders,
       greatest(10, (200 * :scale)::int)        as members,
       greatest(100, (15000 * :scale)::int)     as plans,
       greatest(1000, (1000000 * :scale)::int)  as interactions,
       greatest(200, (200000 * :scale)::int)    as follow_ups;

create temp table words (k int, word text);
insert into words
select row_number() over (), w
from unnest(array['housing', 'transport', 'estates', 'regeneration', 'policing', 'knife crime', 'air quality',
    'ULEZ', 'skills', 'apprenticeships', 'culture', 'night-time economy', 'planning', 'green belt', 'fire safety',
    'cladding', 'budget', 'devolution', 'health inequalities', 'youth services', 'digital inclusion', 'cycling',
    'bus routes', 'council tax', 'homelessness', 'retrofit', 'flooding', 'heat resilience', 'business rates',
    'high streets']) as w;

-- Team members
insert into team_member (full_name, email, job_title, role, unit)
select 'Bench Member ' || n, 'bench.member.' || n || '@example.org', 'Bench officer',
       (array['DEPUTY_MAYOR', 'MAYORAL_ADVISER', 'MAYORAL_APPOINTEE', 'STAFF', 'STAFF'])[1 + n % 5],
       (array['COMMUNICATIONS', 'MAYORAL_OPERATIONS', 'POLICY_AND_DELIVERY', 'POLITICAL_AND_PUBLIC_AFFAIRS'])[1 + n % 4]
from generate_series(1, (select members from size)) n;
create temp table m as
select row_number() over (order by email) - 1 as n, id from team_member where email like 'bench.member.%';
create unique index on m (n);

-- Stakeholders
insert into stakeholder (honorific, first_name, last_name, party, email, priority, influence, interest, term_end_date)
select (array['Cllr', 'Cllr', 'Cllr', null, 'Dr', 'Mayor'])[1 + n % 6],
       (array['Alex', 'Sam', 'Jo', 'Priya', 'Tom', 'Morgan', 'Riley', 'Casey', 'Jamie', 'Avery', 'Chris', 'Dana',
              'Eli', 'Frankie', 'Gabi', 'Harper', 'Indy', 'Jules', 'Kit', 'Lee'])[1 + n % 20],
       (array['Benchley', 'Sampleton', 'Fictional', 'Madeup', 'Notreal', 'Placeholder', 'Examplewood', 'Testing',
              'Mockford', 'Dummer'])[1 + (n / 20) % 10] || '-' || n,
       (array['Party A', 'Party B', 'Party C', 'Independent'])[1 + n % 4],
       'bench.stakeholder.' || n || '@example.org',
       (array['HIGH', 'MEDIUM', 'MEDIUM', 'LOW'])[1 + n % 4],
       1 + n % 5, 1 + (n / 5) % 5,
       case when n % 3 = 0 then date '2030-05-02' when n % 3 = 1 then date '2028-05-04' end
from generate_series(1, (select stakeholders from size)) n;
create temp table st as
select row_number() over (order by email) - 1 as n, id from stakeholder where email like 'bench.stakeholder.%';
create unique index on st (n);

insert into stakeholder_policy_interest (stakeholder_id, policy_area_code)
select distinct st.id, p.code
from st cross join generate_series(0, 1) k
join (select row_number() over (order by code) - 1 as n, code from policy_area) p on p.n = (st.n * 7 + k * 5) % 13;

-- Posts beyond the reference ones: cabinet members and councillors of the 33 authorities
insert into post (organisation_id, title, category, portfolio)
select o.id, 'Bench ' || (array['Cabinet Member', 'Councillor'])[1 + g.n % 2] || ' ' || g.n,
       (array['CABINET_MEMBER', 'COUNCILLOR'])[1 + g.n % 2], 'Portfolio ' || g.n
from generate_series(1, (select posts from size)) as g(n)
join (select row_number() over (order by gss_code) - 1 as n, id from organisation where gss_code is not null) o
  on o.n = g.n % 33;
create temp table p as select row_number() over (order by reference desc, title) - 1 as n, id from post;

-- Every post has a current holder since the 2022 elections and a previous one for 2018-2022
insert into tenure (post_id, stakeholder_id, start_date, end_date)
select p.id, st.id, date '2022-05-05', null
from p join st on st.n = p.n;
insert into tenure (post_id, stakeholder_id, start_date, end_date)
select p.id, st.id, date '2018-05-03', date '2022-05-05'
from p join st on st.n = p.n + (select count(*) from p)
where p.n + (select count(*) from p) < (select stakeholders from size);

-- Ownership: a LEAD for 95% of stakeholders, a SUPPORT for 30%
insert into ownership (stakeholder_id, team_member_id, role, start_date)
select st.id, m.id, 'LEAD', date '2024-01-08'
from st join m on m.n = st.n % (select members from size)
where st.n % 20 <> 19;
insert into ownership (stakeholder_id, team_member_id, role, start_date)
select st.id, m.id, 'SUPPORT', date '2024-03-04'
from st join m on m.n = (st.n * 7 + 3) % (select members from size)
where st.n % 10 < 3 and (st.n * 7 + 3) % (select members from size) <> st.n % (select members from size);

-- ACTIVE plans, owned by the stakeholder's lead, briefing on 3-6 policy areas each
insert into engagement_plan (stakeholder_id, owner_id, title, objectives, contact_cadence_days,
                             briefing_cadence_days, start_date, status)
select st.id, m.id, 'Bench plan ' || st.n, 'Keep briefed on Mayoral priorities', 30 + st.n % 61,
       60 + st.n % 121, date '2025-01-06' + cast(st.n % 300 as int), 'ACTIVE'
from st join m on m.n = st.n % (select members from size)
where st.n % 20 <> 19 and st.n < (select plans from size) * 20 / 19;
insert into engagement_plan_policy_area (plan_id, policy_area_code)
select distinct pl.id, pa.code
from (select row_number() over (order by id) - 1 as n, id from engagement_plan where title like 'Bench plan %') pl
cross join generate_series(0, 5) k
join (select row_number() over (order by code) - 1 as n, code from policy_area) pa on pa.n = (pl.n * 3 + k * 2) % 13
where k < 3 + pl.n % 4;

-- Interactions over five years; a fifth are briefings; the last month's are some still to come
insert into interaction (type, status, starts_at, title, summary, outcome, classification, briefing_pack_ready)
select type,
       case when starts_at > now() then 'SCHEDULED' when n % 37 = 0 then 'CANCELLED' else 'COMPLETED' end,
       starts_at,
       initcap(type) || ' ' || n,
       'Discussed ' || w1.word || ' and ' || w2.word || ' with the stakeholder; agreed next steps on ' || w3.word,
       case when starts_at <= now() then 'Positive on ' || w2.word end,
       case when n % 25 = 0 then 'OFFICIAL_SENSITIVE' else 'OFFICIAL' end,
       case when type in ('MEETING', 'VISIT') and starts_at > now() then n % 2 = 0 end
from (select n,
             case when n % 5 = 0 then 'BRIEFING'
                  else (array['MEETING', 'CALL', 'EMAIL', 'LETTER', 'EVENT', 'VISIT', 'OTHER'])[1 + n % 7] end as type,
             now() - make_interval(days => 1825) + make_interval(secs => random() * 86400 * 1855) as starts_at
      from generate_series(1, (select interactions from size)) n) g
join words w1 on w1.k = 1 + g.n % 30
join words w2 on w2.k = 1 + (g.n / 30) % 30
join words w3 on w3.k = 1 + (g.n / 900) % 30;
create temp table i as select row_number() over (order by id) - 1 as n, id, type from interaction;
create unique index on i (n);

insert into interaction_stakeholder (interaction_id, stakeholder_id)
select i.id, st.id from i join st on st.n = (i.n * 7919) % (select stakeholders from size);
insert into interaction_stakeholder (interaction_id, stakeholder_id)
select i.id, st.id from i join st on st.n = (i.n * 104729 + 1) % (select stakeholders from size)
where i.n % 5 = 1 and (i.n * 104729 + 1) % (select stakeholders from size) <> (i.n * 7919) % (select stakeholders from size);
insert into interaction_attendee (interaction_id, team_member_id)
select i.id, m.id from i join m on m.n = i.n % (select members from size);
insert into interaction_policy_area (interaction_id, policy_area_code)
select i.id, pa.code
from i join (select row_number() over (order by code) - 1 as n, code from policy_area) pa on pa.n = i.n % 13
where i.type = 'BRIEFING' or i.n % 3 = 0;

insert into follow_up (interaction_id, description, assignee_id, due_date, status, done_at)
select i.id, 'Follow up ' || i.n, m.id, cast(x.starts_at as date) + 14,
       case when x.starts_at < now() - interval '60 days' and i.n % 10 < 8 then 'DONE' else 'OPEN' end,
       case when x.starts_at < now() - interval '60 days' and i.n % 10 < 8 then x.starts_at + interval '10 days' end
from i
join interaction x on x.id = i.id
join m on m.n = (i.n / 5) % (select members from size)
where i.n % 5 = 2 and i.n / 5 < (select follow_ups from size);

-- Written straight into the log, so its per-stakeholder summaries (V8) are built here, as the service would keep
-- them.
select refresh_interaction_summaries(null);
select refresh_alert_subjects(null);
select refresh_coverage_cells(null);
select refresh_interaction_parts(null, null);

analyze alert_subject, alert_subject_count, coverage_cell, stakeholder_last_contact, stakeholder_last_briefing, team_member, stakeholder, stakeholder_policy_interest, post, tenure, ownership, engagement_plan,
        engagement_plan_policy_area, interaction, interaction_stakeholder, interaction_attendee, interaction_policy_area,
        interaction_parts, follow_up;

select (select count(*) from stakeholder) as stakeholders, (select count(*) from post) as posts,
       (select count(*) from tenure) as tenures, (select count(*) from ownership) as ownerships,
       (select count(*) from engagement_plan where status = 'ACTIVE') as active_plans,
       (select count(*) from interaction) as interactions,
       (select count(*) from interaction where type = 'BRIEFING') as briefings,
       (select count(*) from interaction where status = 'SCHEDULED') as scheduled,
       (select count(*) from follow_up) as follow_ups;
