-- A completed briefing (counted by the V8 summaries when they are built) and a cancelled one (never counted).
insert into interaction (id, type, status, starts_at, title, classification) values
    ('10000000-0000-4000-8000-000000000006', 'BRIEFING', 'COMPLETED', '2026-07-01T23:30:00Z', 'Upgrade briefing', 'OFFICIAL'),
    ('10000000-0000-4000-8000-000000000007', 'BRIEFING', 'CANCELLED', '2026-08-01T10:00:00Z', 'Called off', 'OFFICIAL');
insert into interaction_stakeholder (interaction_id, stakeholder_id) values
    ('10000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000003'),
    ('10000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000003');
insert into interaction_policy_area (interaction_id, policy_area_code) values
    ('10000000-0000-4000-8000-000000000006', 'upgrade-area'),
    ('10000000-0000-4000-8000-000000000007', 'upgrade-area');
insert into interaction_attendee (interaction_id, team_member_id) values
    ('10000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000002');
insert into follow_up (interaction_id, description, assignee_id, due_date) values
    ('10000000-0000-4000-8000-000000000006', 'Upgrade follow-up', '10000000-0000-4000-8000-000000000002', '2026-07-15');
