-- Demo data for the dev profile only (quarkus.flyway.locations adds db/demo in %dev). Every person here is
-- fictional: the names are invented and the contact details use the reserved example.org domain.
-- Repeatable and idempotent: fixed ids, and nothing is inserted twice.

insert into team_member (id, full_name, email, job_title, role, unit) values
    ('00000000-0000-4000-8000-000000000101', 'Alex Demo-Mayor', 'alex.demo-mayor@example.org', 'Mayor', 'MAYOR', null),
    ('00000000-0000-4000-8000-000000000102', 'Priya Fictional', 'priya.fictional@example.org', 'Deputy Mayor for Housing (demo)', 'DEPUTY_MAYOR', 'POLICY_AND_DELIVERY'),
    ('00000000-0000-4000-8000-000000000103', 'Tom Placeholder', 'tom.placeholder@example.org', 'Political Adviser (demo)', 'MAYORAL_ADVISER', 'POLITICAL_AND_PUBLIC_AFFAIRS'),
    ('00000000-0000-4000-8000-000000000104', 'Jordan Sample', 'jordan.sample@example.org', 'Stakeholder Manager (demo)', 'STAFF', 'POLITICAL_AND_PUBLIC_AFFAIRS')
on conflict do nothing;

insert into stakeholder (id, honorific, first_name, last_name, party, email, phone, priority, influence, interest, term_end_date, notes) values
    ('00000000-0000-4000-8000-000000000201', 'Cllr', 'Morgan', 'Examplewood', 'Demo Party A', 'morgan.examplewood@example.org', '020 7946 0001', 'HIGH', 5, 4, '2030-05-02', 'Fictional demo stakeholder.'),
    ('00000000-0000-4000-8000-000000000202', 'Mayor', 'Casey', 'Notreal', 'Demo Party B', 'casey.notreal@example.org', '020 7946 0002', 'HIGH', 5, 5, '2030-05-02', 'Fictional demo stakeholder.'),
    ('00000000-0000-4000-8000-000000000203', 'Cllr', 'Riley', 'Madeup', 'Demo Party A', 'riley.madeup@example.org', '020 7946 0003', 'MEDIUM', 3, 4, '2030-05-02', 'Fictional demo stakeholder.'),
    ('00000000-0000-4000-8000-000000000204', null, 'Jamie', 'Inventedson', 'Demo Party C', 'jamie.inventedson@example.org', '020 7946 0004', 'MEDIUM', 4, 3, '2028-05-04', 'Fictional demo stakeholder.'),
    ('00000000-0000-4000-8000-000000000205', 'Cllr', 'Sam', 'Pretendly', 'Demo Party B', 'sam.pretendly@example.org', '020 7946 0005', 'LOW', 2, 2, '2030-05-02', 'Fictional demo stakeholder.'),
    ('00000000-0000-4000-8000-000000000206', 'Cllr', 'Avery', 'Formerholder', 'Demo Party A', 'avery.formerholder@example.org', null, 'LOW', 2, 3, null, 'Fictional demo stakeholder; held a post before the current holder.')
on conflict do nothing;

insert into stakeholder_policy_interest (stakeholder_id, policy_area_code) values
    ('00000000-0000-4000-8000-000000000201', 'housing'),
    ('00000000-0000-4000-8000-000000000201', 'transport'),
    ('00000000-0000-4000-8000-000000000202', 'housing'),
    ('00000000-0000-4000-8000-000000000202', 'policing-and-crime'),
    ('00000000-0000-4000-8000-000000000203', 'environment'),
    ('00000000-0000-4000-8000-000000000204', 'economy-and-skills'),
    ('00000000-0000-4000-8000-000000000204', 'devolution-and-finance'),
    ('00000000-0000-4000-8000-000000000205', 'culture')
on conflict do nothing;

-- Tenures on reference posts, found by title so the demo does not depend on generated ids.
insert into tenure (id, post_id, stakeholder_id, start_date, end_date)
select v.id::uuid, p.id, v.stakeholder_id::uuid, v.start_date::date, v.end_date::date
from (values
    ('00000000-0000-4000-8000-000000000301', 'Leader of Barnet Council', '00000000-0000-4000-8000-000000000201', '2026-05-18', null),
    ('00000000-0000-4000-8000-000000000302', 'Mayor of Hackney', '00000000-0000-4000-8000-000000000202', '2026-05-11', null),
    ('00000000-0000-4000-8000-000000000303', 'Leader of Lambeth Council', '00000000-0000-4000-8000-000000000203', '2026-05-20', null),
    ('00000000-0000-4000-8000-000000000304', 'Assembly Member for Barnet and Camden', '00000000-0000-4000-8000-000000000204', '2024-05-10', null),
    ('00000000-0000-4000-8000-000000000305', 'Chair of London Councils', '00000000-0000-4000-8000-000000000205', '2026-06-01', null),
    ('00000000-0000-4000-8000-000000000306', 'Leader of Lambeth Council', '00000000-0000-4000-8000-000000000206', '2022-05-25', '2026-05-20')
) as v(id, title, stakeholder_id, start_date, end_date)
join post p on p.title = v.title and p.reference
on conflict do nothing;

-- Relationships, a plan and a few interactions, so alerts, coverage, the briefing pack and the diary feed have
-- something to show. Dates are relative to the day the demo database was made.
insert into ownership (id, stakeholder_id, team_member_id, role, start_date) values
    ('00000000-0000-4000-8000-000000000401', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000102', 'LEAD', '2026-05-18'),
    ('00000000-0000-4000-8000-000000000402', '00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000102', 'LEAD', '2026-05-11'),
    ('00000000-0000-4000-8000-000000000403', '00000000-0000-4000-8000-000000000203', '00000000-0000-4000-8000-000000000103', 'LEAD', '2026-05-20'),
    ('00000000-0000-4000-8000-000000000404', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000101', 'SUPPORT', '2026-05-18')
on conflict do nothing;

insert into engagement_plan (id, stakeholder_id, owner_id, title, objectives, contact_cadence_days, briefing_cadence_days,
                             start_date, status) values
    ('00000000-0000-4000-8000-000000000501', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000102',
     'Barnet housing delivery (demo)', 'Agree a joint programme for affordable homes in Barnet', 21, 30, '2026-06-01', 'ACTIVE'),
    ('00000000-0000-4000-8000-000000000502', '00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000102',
     'Hackney policing partnership (demo)', 'Keep the Mayor of Hackney briefed on neighbourhood policing', 30, 45, '2026-06-01', 'ACTIVE')
on conflict do nothing;

insert into engagement_plan_policy_area (plan_id, policy_area_code) values
    ('00000000-0000-4000-8000-000000000501', 'housing'),
    ('00000000-0000-4000-8000-000000000501', 'transport'),
    ('00000000-0000-4000-8000-000000000502', 'policing-and-crime')
on conflict do nothing;

insert into engagement_plan_milestone (plan_id, position, title, due_date, done) values
    ('00000000-0000-4000-8000-000000000501', 0, 'Joint statement on site release', '2027-01-31', false)
on conflict do nothing;

insert into interaction (id, type, status, starts_at, title, summary, outcome, classification, briefing_pack_ready) values
    ('00000000-0000-4000-8000-000000000601', 'BRIEFING', 'COMPLETED', current_date - 40 + time '10:00',
     'Housing briefing (demo)', 'Briefed on the affordable homes programme.', 'Agreed to share site data.', 'OFFICIAL', null),
    ('00000000-0000-4000-8000-000000000602', 'CALL', 'COMPLETED', current_date - 12 + time '15:30',
     'Call on policing (demo)', 'Discussed neighbourhood policing numbers.', null, 'OFFICIAL_SENSITIVE', null),
    ('00000000-0000-4000-8000-000000000603', 'MEETING', 'SCHEDULED', current_date + 3 + time '11:00',
     'Joint housing and policing meeting (demo)', null, null, 'OFFICIAL', false)
on conflict do nothing;

insert into interaction_stakeholder (interaction_id, stakeholder_id) values
    ('00000000-0000-4000-8000-000000000601', '00000000-0000-4000-8000-000000000201'),
    ('00000000-0000-4000-8000-000000000602', '00000000-0000-4000-8000-000000000202'),
    ('00000000-0000-4000-8000-000000000603', '00000000-0000-4000-8000-000000000201'),
    ('00000000-0000-4000-8000-000000000603', '00000000-0000-4000-8000-000000000202')
on conflict do nothing;

insert into interaction_attendee (interaction_id, team_member_id) values
    ('00000000-0000-4000-8000-000000000601', '00000000-0000-4000-8000-000000000102'),
    ('00000000-0000-4000-8000-000000000602', '00000000-0000-4000-8000-000000000102'),
    ('00000000-0000-4000-8000-000000000603', '00000000-0000-4000-8000-000000000101'),
    ('00000000-0000-4000-8000-000000000603', '00000000-0000-4000-8000-000000000102')
on conflict do nothing;

insert into interaction_policy_area (interaction_id, policy_area_code) values
    ('00000000-0000-4000-8000-000000000601', 'housing'),
    ('00000000-0000-4000-8000-000000000602', 'policing-and-crime'),
    ('00000000-0000-4000-8000-000000000603', 'housing'),
    ('00000000-0000-4000-8000-000000000603', 'policing-and-crime')
on conflict do nothing;

insert into follow_up (id, interaction_id, description, assignee_id, due_date) values
    ('00000000-0000-4000-8000-000000000701', '00000000-0000-4000-8000-000000000601',
     'Send the site data request (demo)', '00000000-0000-4000-8000-000000000102', current_date + 5)
on conflict do nothing;

-- Written straight into the tables, so the log's summaries are brought up to date here, as the service would.
select refresh_interaction_summaries(array['00000000-0000-4000-8000-000000000201',
                                           '00000000-0000-4000-8000-000000000202']::uuid[]);
