insert into ownership (stakeholder_id, team_member_id, role, start_date) values
    ('10000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000002', 'LEAD', '2026-05-18');
insert into engagement_plan (id, stakeholder_id, owner_id, title, contact_cadence_days, briefing_cadence_days,
                             start_date, status) values
    ('10000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000003',
     '10000000-0000-4000-8000-000000000002', 'Upgrade plan', 30, 60, '2026-06-01', 'ACTIVE');
insert into engagement_plan_policy_area (plan_id, policy_area_code) values
    ('10000000-0000-4000-8000-000000000005', 'upgrade-area');
insert into engagement_plan_milestone (plan_id, position, title, due_date) values
    ('10000000-0000-4000-8000-000000000005', 0, 'First milestone', '2026-12-01');
