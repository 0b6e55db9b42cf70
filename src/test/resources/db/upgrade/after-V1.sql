-- What an office could hold at schema V1 (before reference data): its own organisation, post, people.
insert into organisation (id, code, name, kind) values
    ('10000000-0000-4000-8000-000000000001', 'UPGRADE-ORG', 'Upgrade Test Council', 'OTHER');
insert into policy_area (code, name) values ('upgrade-area', 'Upgrade area');
insert into team_member (id, full_name, email, role) values
    ('10000000-0000-4000-8000-000000000002', 'Una Upgrade', 'una.upgrade@example.org', 'DEPUTY_MAYOR');
insert into stakeholder (id, first_name, last_name) values
    ('10000000-0000-4000-8000-000000000003', 'Sol', 'Upgrade');
insert into stakeholder_policy_interest (stakeholder_id, policy_area_code) values
    ('10000000-0000-4000-8000-000000000003', 'upgrade-area');
insert into post (id, organisation_id, title, category) values
    ('10000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', 'Leader', 'COUNCIL_LEADER');
insert into tenure (post_id, stakeholder_id, start_date) values
    ('10000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000003', '2026-05-18');
