-- Are the stored alert subjects (V10) what the rules give from the data now? Recomputes them all inside a
-- transaction that is rolled back, and prints the differences (none expected), whether the per-day counts agree and
-- whether the owner rows (alert_subject_owner) match the subjects' owners.
--   psql -d liaison_bench -f bench/check-alert-subjects.sql
begin;
-- The owner rows (V13) first, before the recomputation replaces them: exactly the owners of the stored subjects.
select 'owner rows off' as problem, count(*) from (
    (select o.owner_id, s.id, s.due_date, s.kind from alert_subject s, unnest(s.owner_ids) o(owner_id)
     except select owner_id, id, due_date, kind from alert_subject_owner)
    union all
    (select owner_id, id, due_date, kind from alert_subject_owner
     except select o.owner_id, s.id, s.due_date, s.kind from alert_subject s, unnest(s.owner_ids) o(owner_id))) x;
create temp table stored on commit drop as select id, kind, due_date, owner_ids, stakeholder_ids from alert_subject;
create temp table stored_counts on commit drop as select * from alert_subject_count where subjects <> 0;
select refresh_alert_subjects(null);
select 'missing' as problem, count(*) from (select id from alert_subject except select id from stored) x
union all
select 'extra', count(*) from (select id from stored except select id from alert_subject) x
union all
select 'different', count(*) from stored s join alert_subject a using (id)
where a.owner_ids <> s.owner_ids or a.stakeholder_ids <> s.stakeholder_ids
union all
select 'per-day counts off', count(*) from (
    (select due_date, kind, subjects from stored_counts except select * from alert_subject_count where subjects <> 0)
    union all
    (select due_date, kind, subjects from alert_subject_count where subjects <> 0 except select * from stored_counts)) x;
rollback;
