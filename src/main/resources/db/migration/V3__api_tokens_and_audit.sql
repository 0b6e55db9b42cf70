-- API tokens for scripts: only a SHA-256 hash is kept; the token itself is shown once, at creation.
create table api_token (
    id              uuid primary key default gen_random_uuid(),
    name            text not null,
    token_prefix    text not null,
    token_hash      text not null,
    role            text not null check (role in ('ADMIN', 'EDITOR', 'APPOINTEE', 'REPORTER')),
    -- A token belongs to a team member, or (with no member) to a named reporting service, which may only read.
    team_member_id  uuid references team_member (id),
    expires_at      timestamptz not null,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    revoked_by      text,
    created_by      text not null,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint api_token_hash_key unique (token_hash),
    constraint api_token_service_is_reporter check (team_member_id is not null or role = 'REPORTER')
);
create index api_token_updated_idx on api_token (updated_at, id);
create index api_token_member_idx on api_token (team_member_id);

-- Every change, written in the transaction that makes it. Rows are never changed or deleted.
create table audit_entry (
    id                    uuid primary key default gen_random_uuid(),
    occurred_at           timestamptz not null,
    actor                 text not null,
    actor_team_member_id  uuid,
    entity_type           text not null,
    entity_id             text not null,
    action                text not null check (action in ('CREATE', 'UPDATE', 'ARCHIVE', 'UNARCHIVE', 'DELETE', 'REVOKE')),
    changes               jsonb not null
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc, id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted' using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
