-- Plans of the interaction log's list queries on the generated data (bench/explain.sh runs this).
\set ON_ERROR_STOP on
\pset pager off
select count(*) as interactions from interaction \gset
\echo -- interactions in the database: :interactions

-- A busy stakeholder, a held reference post, an authority and a team member to look up.
select stakeholder_id as sid from interaction_stakeholder group by 1 order by count(*) desc limit 1 \gset
select id as post_id from post where title = 'Leader of Barnet Council' \gset
select id as org_id from organisation where code = 'barnet' \gset
select team_member_id as member_id from interaction_attendee group by 1 order by count(*) desc limit 1 \gset

\echo -- 1. office-wide list, first page, newest first
explain (analyze, buffers, costs off)
select i.* from interaction i order by i.starts_at desc nulls last, i.id limit 50 offset 0;
\echo -- 1b. its count
explain (analyze, buffers, costs off) select count(*) from interaction i;

\echo -- 2. timeline of a busy stakeholder, first page, counted with it, read off the index of interaction_stakeholder (V18)
explain (analyze, buffers, costs off)
select x.interaction_id, count(*) over () from interaction_stakeholder x
where x.stakeholder_id = :'sid'
order by x.starts_at desc, x.interaction_id limit 50 offset 0;
\echo -- 2b. the same timeline filtered (here by type), through the interactions as before V18
explain (analyze, buffers, costs off)
select i.id, count(*) over () from interaction i
where exists (select 1 from interaction_stakeholder s where s.interaction_id = i.id and s.stakeholder_id = :'sid')
  and i.type = 'MEETING'
order by i.starts_at desc nulls last, i.id limit 50 offset 0;

\echo -- 3. timeline of a post (its holders during their tenures), first page with its count, from the link rows alone: the tenures as ranges over the starts they carry (V18)
explain (analyze, buffers, costs off)
select x.interaction_id, count(*) over ()
from (select distinct s.interaction_id, s.starts_at from tenure t
      join interaction_stakeholder s on s.stakeholder_id = t.stakeholder_id
      where t.post_id = :'post_id'
        and s.starts_at >= cast(t.start_date as timestamp) at time zone 'Europe/London'
        and (t.end_date is null or s.starts_at < cast(t.end_date as timestamp) at time zone 'Europe/London')) x
order by x.starts_at desc, x.interaction_id limit 50 offset 0;

\echo -- 4. timeline of an organisation, first page with its count, the same way
explain (analyze, buffers, costs off)
select x.interaction_id, count(*) over ()
from (select distinct s.interaction_id, s.starts_at from post o join tenure t on t.post_id = o.id
      join interaction_stakeholder s on s.stakeholder_id = t.stakeholder_id
      where o.organisation_id = :'org_id'
        and s.starts_at >= cast(t.start_date as timestamp) at time zone 'Europe/London'
        and (t.end_date is null or s.starts_at < cast(t.end_date as timestamp) at time zone 'Europe/London')) x
order by x.starts_at desc, x.interaction_id limit 50 offset 0;

\echo -- 4b. the same timeline filtered (here by type), through the interactions
explain (analyze, buffers, costs off)
select i.id, count(*) over () from interaction i
where i.id in (select s.interaction_id from post o join tenure t on t.post_id = o.id
               join interaction_stakeholder s on s.stakeholder_id = t.stakeholder_id
               where o.organisation_id = :'org_id'
                 and s.starts_at >= cast(t.start_date as timestamp) at time zone 'Europe/London'
                 and (t.end_date is null or s.starts_at < cast(t.end_date as timestamp) at time zone 'Europe/London'))
  and i.type = 'MEETING'
order by i.starts_at desc nulls last, i.id limit 50 offset 0;

\echo -- 5. full-text search, first page
explain (analyze, buffers, costs off)
select i.* from interaction i
where i.search @@ websearch_to_tsquery('english', 'cladding "fire safety"')
order by i.starts_at desc nulls last, i.id limit 50 offset 0;

\echo -- 6. interactions of one type attended by a member, first page
explain (analyze, buffers, costs off)
select i.* from interaction i
where i.type = 'BRIEFING'
  and i.id in (select a.interaction_id from interaction_attendee a where a.team_member_id = :'member_id' offset 0)
order by i.starts_at desc nulls last, i.id limit 50 offset 0;

\echo -- 7. open follow-ups of a member
explain (analyze, buffers, costs off)
select f.* from follow_up f where f.assignee_id = :'member_id' and f.status = 'OPEN'
order by f.due_date asc nulls last, f.id limit 50 offset 0;
