-- The diary feed's per-member secret: calendar apps cannot send a bearer token, so the feed URL carries a secret.
-- Only its SHA-256 hash is kept (the URL is shown once, when rotated); rotating replaces it, deleting turns the feed
-- off.
create table diary_feed (
    team_member_id  uuid primary key references team_member (id),
    secret_hash     text not null unique,
    rotated_at      timestamptz not null,
    rotated_by      text not null
);
