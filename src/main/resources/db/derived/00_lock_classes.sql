-- The advisory lock classes of the derived tables, named once. A refresh takes
-- pg_advisory_xact_lock(lock_class('<name>'), hashtext(<id>::text)) on each thing it recomputes, in one global order
-- (class, then key), so that two writers of the same stakeholder queue instead of each storing what it computed
-- before the other committed. Tests find the locks by the same names. Immutable, so a call with a constant name is
-- folded into the plan of the statement that makes it.
create or replace function lock_class(name text) returns integer
language plpgsql immutable parallel safe as $$
declare
    class integer := case name
        -- a stakeholder's summaries (interaction_summaries)
        when 'summaries' then 7301
        -- a stakeholder's alert subjects and coverage cells (alert_subjects, coverage_cells)
        when 'alert_subjects' then 7302
        -- a stakeholder's or team member's name, read into interaction parts (shared) or renamed (exclusive)
        when 'parts_stakeholder' then 7303
        when 'parts_team_member' then 7304
        -- renames, one at a time (interaction_parts)
        when 'renames' then 7305
        -- an interaction's own alert subjects: its meeting prep and its follow-ups (alert_subjects)
        when 'alert_interactions' then 7306
    end;
begin
    if class is null then
        raise exception 'unknown lock class: %', name;
    end if;
    return class;
end
$$;
