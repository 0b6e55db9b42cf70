insert into diary_feed (team_member_id, secret_hash, rotated_at, rotated_by) values
    ('10000000-0000-4000-8000-000000000002', 'upgrade-feed-hash', now(), 'jwt:una.upgrade@example.org');
