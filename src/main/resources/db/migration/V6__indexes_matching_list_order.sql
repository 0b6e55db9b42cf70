-- Lists order descending keys with NULLS LAST (SortOrder); an index serves that order only when it is declared the
-- same way, so the newest-first lists can read the first page straight off the index instead of sorting.
drop index interaction_starts_idx;
create index interaction_starts_idx on interaction (starts_at desc nulls last, id);

drop index audit_entry_occurred_idx;
create index audit_entry_occurred_idx on audit_entry (occurred_at desc nulls last, id);
