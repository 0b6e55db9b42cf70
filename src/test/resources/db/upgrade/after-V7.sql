insert into alert_state (alert_id, acknowledged_at, acknowledged_by, acknowledged_note, acknowledged_severity) values
    ('10000000-0000-4000-8000-000000000008', now(), 'jwt:una.upgrade@example.org', 'Seen', 'OVERDUE');
