-- From this version on, the functions and triggers that keep the derived tables are defined in one file per table
-- under db/derived, applied after every migration by the service (DerivedTableDefinitions) rather than by versioned
-- migrations; versioned migrations hold tables, indexes and backfills. These are the two tables that mechanism needs.

-- Which definition of each home the database holds, and for which schema version, so that a release applies its
-- homes only when they differ and never over those of a newer release.
create table derived_definitions (
    home            text primary key,
    checksum        text not null,
    schema_version  integer not null,
    applied_at      timestamptz not null default now()
);

-- What this transaction's writes asked to be refreshed, emptied by refresh_derived_tables() when the transaction
-- commits (or earlier, when the service needs to read its own writes). Unlogged: it never outlives a transaction.
create unlogged table derived_refresh_queue (
    xact  xid8 not null default pg_current_xact_id(),
    what  text not null,
    id    uuid not null,
    primary key (xact, what, id)
);
