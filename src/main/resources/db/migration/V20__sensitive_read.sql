-- Reads of OFFICIAL_SENSITIVE text by someone who did not attend the interaction (its stakeholders' owners, ADMIN):
-- one row per request that showed such text, with the interactions whose text it showed. Written in a transaction of
-- its own, so that read-only requests record too; never changed or deleted through the API.
create table sensitive_read (
    id                     uuid primary key default gen_random_uuid(),
    read_at                timestamptz not null,
    reader                 text not null,
    reader_team_member_id  uuid,
    endpoint               text not null,
    interaction_ids        uuid[] not null
);
create index sensitive_read_read_at_idx on sensitive_read (read_at desc, id);
create index sensitive_read_reader_idx on sensitive_read (reader_team_member_id, read_at desc);
create index sensitive_read_interaction_idx on sensitive_read using gin (interaction_ids);
