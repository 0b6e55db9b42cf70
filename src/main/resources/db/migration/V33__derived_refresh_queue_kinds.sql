-- The derived tables' queue now says which stakeholder-level refresh a write needs: every alert rule ('stakeholder'),
-- CONTACT_DUE alone ('contact', a moved last contact) or the coverage cells ('coverage'), so that a logged call no
-- longer recomputes its stakeholder's other rules and cells. The kinds are the homes' (db/derived/, in
-- 90_refresh_at_commit.sql); this version marks the schema whose definitions use them, so that a release before it
-- leaves them in place.
comment on table derived_refresh_queue is
    'What this transaction''s writes changed, by kind (parts, interaction_new, interaction, interaction_summaries,'
    ' summaries, stakeholder, contact, coverage), for refresh_derived_tables() to refresh once, at commit at the latest';
