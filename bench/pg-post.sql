-- One POST of a completed call as the database sees it from the service (bench/pg-post.sh): the interaction, its three
-- links, the refresh the service asks for before it reads its answer, and that answer's parts. pgbench's variables
-- are bound as parameters, as the driver binds them.
\set n random(1, 5000)
begin;
select stakeholder, member from pg_post_ids where n = :n \gset
insert into interaction (type, status, starts_at, summary)
values ('CALL', 'COMPLETED', now() - random() * interval '30 days', 'Benchmark call pg-post') returning id as iid \gset
insert into interaction_attendee (interaction_id, team_member_id) values (:iid, :member);
insert into interaction_policy_area (interaction_id, policy_area_code) values (:iid, 'housing');
insert into interaction_stakeholder (interaction_id, stakeholder_id) values (:iid, :stakeholder);
select true from refresh_derived_tables();
select stakeholders from interaction_parts where interaction_id = :iid;
commit;
