insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, changes) values
    (now(), 'jwt:una.upgrade@example.org', 'stakeholder', '10000000-0000-4000-8000-000000000003', 'CREATE', '{}');
insert into api_token (name, token_prefix, token_hash, role, expires_at, created_by) values
    ('upgrade', 'lia_upgr', 'upgrade-hash', 'REPORTER', now() + interval '30 days', 'jwt:una.upgrade@example.org');
