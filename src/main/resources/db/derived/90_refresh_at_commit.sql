-- The one queue behind every derived table: row triggers record what a write touched in derived_refresh_queue, and
-- refresh_derived_tables() refreshes each derived table once for all of it, from the finished data, when the
-- transaction commits. So the derived tables follow whatever writes the data: the API, an import, psql. The service
-- also calls refresh_derived_tables() itself after flushing a write whose answer reads them (an interaction's parts),
-- so a transaction reads its own writes; the commit then finds the queue empty.
--
-- What is queued (what, id):
--   parts                 an interaction whose links changed, or a new one (on 'at_commit' connections only: on others
--                         the link tables' statement triggers rebuild the parts at once, 20_interaction_parts.sql)
--   interaction_new       an interaction inserted by this transaction: its summaries only move forward, and what its
--                         links queue is queued already
--   interaction           an interaction whose own alert subjects may change (itself, its links, attendees, follow-ups)
--   interaction_summaries an existing interaction whose status, type, start, links or areas changed: its
--                         stakeholders' summaries are recomputed
--   summaries             a stakeholder taken off an existing interaction: their summaries are recomputed
--   stakeholder           a stakeholder whose stakeholder-level alert subjects may change (a member's leaving queues
--                         those they led, and their posts' successors)
--   contact               a stakeholder whose last contact moved: of the alert rules only CONTACT_DUE reads it
--   coverage              a stakeholder whose coverage cells may change (plans, their areas, policy interests,
--                         briefings, the record); always queued with 'stakeholder', so that the coverage refresh only
--                         takes locks the alert refresh took before it, in its order
-- The order of a refresh: parts, summaries (whose own writes queue their stakeholders), then alert subjects and
-- coverage cells. A bulk load sets liaison.alert_refresh to 'off' (nothing is queued) and calls the refresh
-- functions with null (everything) at the end.

-- The helpers below are PL/pgSQL rather than SQL functions, although each is one statement: PostgreSQL plans a SQL
-- function's statement again on every call from a trigger or another function, where PL/pgSQL keeps its plans for
-- the connection, and these run several times for every row a write touches.

-- Each of these kinds for each of these ids, in one statement (an interaction's insert queues three kinds).
create or replace function queue_derived_refresh(whats text[], ids uuid[]) returns void
language plpgsql as $$
declare
    queued integer;
begin
    insert into derived_refresh_queue (what, id)
    select what, id from unnest(whats) what cross join unnest(ids) id where id is not null
    on conflict do nothing;
    get diagnostics queued = row_count;
    if queued > 0 then
        -- The rows just inserted have scheduled the refresh at commit (derived_tables_at_commit, below), and that
        -- refresh takes whatever the transaction queues until then: later rows need not schedule it again. A
        -- transaction-local setting, undone with a rolled-back savepoint as the rows and their events are.
        perform set_config('liaison.derived_refresh_scheduled', 'on', true);
    end if;
end
$$;

create or replace function queue_derived_refresh(what text, ids uuid[]) returns void
language plpgsql as $$
begin
    perform queue_derived_refresh(array[what], ids);
end
$$;

-- Whether this transaction inserted the interaction (it is queued as new).
create or replace function interaction_is_new(interaction uuid) returns boolean
language plpgsql stable as $$
begin
    return exists (select 1 from derived_refresh_queue
                   where xact = pg_current_xact_id() and what = 'interaction_new' and id = interaction);
end
$$;

-- Of these stakeholders, those who held a post and hold none now: their FORMER_HOLDER alert follows their meetings.
create or replace function former_holders(ids uuid[]) returns uuid[]
language plpgsql stable as $$
begin
    return array(select t.stakeholder_id from tenure t where t.stakeholder_id = any (ids)
                 group by t.stakeholder_id having bool_and(t.end_date is not null));
end
$$;

-- Those who held a post after this stakeholder: their POST_UNCOVERED alert goes to this stakeholder's LEAD owner.
create or replace function successors_of(holder uuid) returns uuid[]
language plpgsql stable as $$
begin
    return array(select distinct later.stakeholder_id from tenure t
                 join tenure later on later.post_id = t.post_id and later.start_date >= t.end_date
                 where t.stakeholder_id = holder);
end
$$;

create or replace function queue_derived_refresh_for_row() returns trigger
language plpgsql as $$
declare
    -- On the service's connections an interaction's parts are queued here, rather than by the link tables' statement
    -- triggers (20_interaction_parts.sql), which stand aside there.
    parts boolean := current_setting('liaison.derived_refresh', true) = 'at_commit'
                     and current_setting('liaison.interaction_parts', true) is distinct from 'off';
    link_of_new boolean;
begin
    if tg_table_name in ('interaction_stakeholder', 'interaction_attendee', 'interaction_policy_area') then
        -- What a new interaction's links would queue, its insert has queued: its parts, its alert subjects, and its
        -- summaries, which only move forward.
        -- (A scheduled meeting's stakeholder links still queue former holders, below. Nested: new.status exists on
        -- that table only.)
        link_of_new := tg_op = 'INSERT' and interaction_is_new(new.interaction_id);
        if link_of_new then
            if tg_table_name <> 'interaction_stakeholder' then
                return null;
            elsif new.status <> 'SCHEDULED' then
                return null;
            end if;
        end if;
        if parts and not link_of_new then
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh('parts', array[new.interaction_id]);
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh('parts', array[old.interaction_id]);
            end if;
        end if;
    end if;
    if current_setting('liaison.alert_refresh', true) = 'off' then
        if parts and tg_table_name = 'interaction' and tg_op = 'INSERT' then
            perform queue_derived_refresh('parts', array[new.id]);
        end if;
        return null;
    end if;
    case tg_table_name
        when 'interaction' then
            if tg_op = 'INSERT' then
                perform queue_derived_refresh(case when parts then array['interaction_new', 'interaction', 'parts']
                                                   else array['interaction_new', 'interaction'] end, array[new.id]);
            elsif tg_op = 'UPDATE' then
                perform queue_derived_refresh('interaction', array[new.id]);
                if (old.status, old.type, old.starts_at) is distinct from (new.status, new.type, new.starts_at) then
                    perform queue_derived_refresh('interaction_summaries', array[new.id]);
                    perform queue_derived_refresh('stakeholder', former_holders(array(
                        select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = new.id)));
                end if;
            else
                perform queue_derived_refresh('interaction', array[old.id]);
            end if;
        when 'interaction_stakeholder' then
            -- A link carries its interaction's status (10_interaction_copies.sql): only a scheduled meeting's can
            -- change a former holder's FORMER_HOLDER; a status change queues them through the interaction's row.
            if tg_op <> 'DELETE' then
                if not link_of_new then
                    perform queue_derived_refresh('interaction', array[new.interaction_id]);
                    perform queue_derived_refresh('summaries', array[new.stakeholder_id]);
                end if;
                if new.status = 'SCHEDULED' then
                    perform queue_derived_refresh('stakeholder', former_holders(array[new.stakeholder_id]));
                end if;
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh('interaction', array[old.interaction_id]);
                perform queue_derived_refresh('summaries', array[old.stakeholder_id]);
                if old.status = 'SCHEDULED' then
                    perform queue_derived_refresh('stakeholder', former_holders(array[old.stakeholder_id]));
                end if;
            end if;
        when 'interaction_policy_area' then
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh('interaction_summaries', array[new.interaction_id]);
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh('interaction_summaries', array[old.interaction_id]);
            end if;
        when 'interaction_attendee', 'follow_up' then
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh('interaction', array[new.interaction_id]);
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh('interaction', array[old.interaction_id]);
            end if;
        when 'stakeholder' then
            perform queue_derived_refresh(array['stakeholder', 'coverage'],
                                          array[case when tg_op = 'DELETE' then old.id else new.id end]);
        when 'engagement_plan_policy_area' then
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh(array['stakeholder', 'coverage'],
                                              array(select stakeholder_id from engagement_plan where id = new.plan_id));
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh(array['stakeholder', 'coverage'],
                                              array(select stakeholder_id from engagement_plan where id = old.plan_id));
            end if;
        when 'ownership' then
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh('stakeholder', array[new.stakeholder_id] || successors_of(new.stakeholder_id));
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh('stakeholder', array[old.stakeholder_id] || successors_of(old.stakeholder_id));
            end if;
        when 'tenure' then
            -- every holder of the post: a holder's POST_UNCOVERED depends on the tenure before theirs
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh('stakeholder', array(
                    select stakeholder_id from tenure where post_id = new.post_id));
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh('stakeholder', array[old.stakeholder_id] || array(
                    select stakeholder_id from tenure where post_id = old.post_id));
            end if;
        when 'team_member' then
            -- a member leaving (or coming back): the alerts that went to them go to the whole office (or back to
            -- them): those of the stakeholders they lead, of the posts whose previous holder they led, of the plans
            -- they own, of the meetings they attend and of the follow-ups assigned to them
            perform queue_derived_refresh('stakeholder', array(
                select distinct x from ownership o cross join lateral unnest(array[o.stakeholder_id]
                                                                             || successors_of(o.stakeholder_id)) x
                where o.team_member_id = new.id and o.role = 'LEAD'
                union select p.stakeholder_id from engagement_plan p where p.owner_id = new.id and p.status = 'ACTIVE'));
            perform queue_derived_refresh('interaction', array(
                select a.interaction_id from interaction_attendee a join interaction i on i.id = a.interaction_id
                where a.team_member_id = new.id and i.status = 'SCHEDULED'
                union select f.interaction_id from follow_up f where f.assignee_id = new.id and f.status = 'OPEN'));
        when 'post' then
            -- every holder of the post, past or present (updates and deletes only: a new post has none)
            perform queue_derived_refresh('stakeholder', array(
                select stakeholder_id from tenure where post_id = old.id));
        when 'stakeholder_last_contact' then
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh('contact', array[new.stakeholder_id]);
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh('contact', array[old.stakeholder_id]);
            end if;
        else
            -- engagement_plan, stakeholder_policy_interest and stakeholder_last_briefing: rows of one stakeholder
            if tg_op <> 'DELETE' then
                perform queue_derived_refresh(array['stakeholder', 'coverage'], array[new.stakeholder_id]);
            end if;
            if tg_op <> 'INSERT' then
                perform queue_derived_refresh(array['stakeholder', 'coverage'], array[old.stakeholder_id]);
            end if;
    end case;
    return null;
end
$$;

-- Takes this transaction's queue rows of some kinds.
create or replace function take_derived_refresh(kinds text[]) returns table (what text, ids uuid[])
language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
    return query
    with taken as (
        delete from derived_refresh_queue q
        where q.xact = pg_current_xact_id() and q.what = any (kinds)
        returning q.what, q.id)
    select t.what, array_agg(t.id order by t.id) from taken t group by t.what;
end
$$;

create or replace function refresh_derived_tables() returns void
language plpgsql as $$
declare
    taken record;
    parts uuid[];
    new_interactions uuid[];
    interactions uuid[];
    summaries uuid[];
    stakeholders uuid[];
    contacts uuid[];
    coverage uuid[];
begin
    loop
        parts := null; new_interactions := null; interactions := null; summaries := null; stakeholders := null;
        contacts := null; coverage := null;
        for taken in select * from take_derived_refresh(
                array['parts', 'interaction_new', 'interaction', 'interaction_summaries', 'summaries']) loop
            case taken.what
                when 'parts' then parts := taken.ids;
                when 'interaction_new' then new_interactions := taken.ids;
                when 'interaction' then interactions := taken.ids;
                when 'interaction_summaries' then
                    summaries := array_cat(summaries, array(
                        select distinct s.stakeholder_id from interaction_stakeholder s
                        where s.interaction_id = any (taken.ids)));
                when 'summaries' then summaries := array_cat(summaries, taken.ids);
            end case;
        end loop;

        if parts is not null then
            perform refresh_interaction_parts(parts, null);
        end if;
        if new_interactions is not null then
            perform advance_interaction_summaries(new_interactions);
        end if;
        if summaries is not null then
            perform refresh_interaction_summaries(array(select distinct unnest(summaries)));
        end if;

        -- Now the stakeholders, the summaries' own included.
        for taken in select * from take_derived_refresh(array['stakeholder', 'contact', 'coverage']) loop
            case taken.what
                when 'stakeholder' then stakeholders := taken.ids;
                when 'contact' then contacts := taken.ids;
                when 'coverage' then coverage := taken.ids;
            end case;
        end loop;
        exit when parts is null and new_interactions is null and interactions is null and summaries is null
                  and stakeholders is null and contacts is null;
        if stakeholders is not null or interactions is not null or contacts is not null then
            perform refresh_alert_subjects(coalesce(stakeholders, '{}'), coalesce(interactions, '{}'),
                                           coalesce(contacts, '{}'));
        end if;
        if coverage is not null then
            perform refresh_coverage_cells(coverage);
        end if;
        -- Again only if the refreshes above queued more (a summary that moved queues its stakeholder).
        exit when not exists (select 1 from derived_refresh_queue where xact = pg_current_xact_id());
    end loop;
end
$$;

create or replace function refresh_derived_tables_at_commit() returns trigger
language plpgsql as $$
begin
    -- Fired for each row of the first statement that queued any: the first firing (or the service, earlier) emptied
    -- the queue.
    if exists (select 1 from derived_refresh_queue where xact = pg_current_xact_id()) then
        perform refresh_derived_tables();
    end if;
    return null;
end
$$;

-- Deferred to the commit: scheduled by the rows of the transaction's first queueing statement alone (see
-- queue_derived_refresh); the first firing empties the queue, later ones find it empty.
drop trigger if exists derived_tables_at_commit on derived_refresh_queue;
create constraint trigger derived_tables_at_commit after insert on derived_refresh_queue
    deferrable initially deferred for each row
    when (current_setting('liaison.derived_refresh_scheduled', true) is distinct from 'on')
    execute function refresh_derived_tables_at_commit();

-- The row triggers, one per table whose writes can change a derived table.
do $$
declare
    source text;
begin
    foreach source in array array['stakeholder', 'engagement_plan', 'engagement_plan_policy_area', 'ownership',
                                  'tenure', 'interaction', 'follow_up', 'stakeholder_policy_interest',
                                  'stakeholder_last_contact', 'stakeholder_last_briefing'] loop
        execute format('create or replace trigger derived_refresh after insert or update or delete on %I'
                       ' for each row execute function queue_derived_refresh_for_row()', source);
    end loop;
end
$$;
-- A link's own copies of its interaction's start, status and type (interaction_stakeholder.starts_at, .status,
-- .type) change nothing derived from the links: the interaction's own trigger queues what they change.
create or replace trigger derived_refresh after insert or delete or update of interaction_id, stakeholder_id
    on interaction_stakeholder for each row execute function queue_derived_refresh_for_row();
create or replace trigger derived_refresh after insert or delete or update of interaction_id, policy_area_code
    on interaction_policy_area for each row execute function queue_derived_refresh_for_row();
-- A member's leaving or coming back only.
create or replace trigger derived_refresh after update of active on team_member
    for each row when (old.active is distinct from new.active) execute function queue_derived_refresh_for_row();
-- Nor does an attendee's copy of the start (interaction_attendee.starts_at).
create or replace trigger derived_refresh after insert or delete or update of interaction_id, team_member_id
    on interaction_attendee for each row execute function queue_derived_refresh_for_row();
create or replace trigger derived_refresh after update or delete on post
    for each row execute function queue_derived_refresh_for_row();

-- What the queue above replaced: one trigger per table that queued stakeholders only, refreshed at commit (their
-- queue table is dropped by V27).
do $$
declare
    source text;
begin
    foreach source in array array['stakeholder', 'engagement_plan', 'engagement_plan_policy_area', 'ownership',
                                  'tenure', 'post', 'interaction', 'interaction_stakeholder', 'interaction_attendee',
                                  'follow_up', 'stakeholder_last_contact', 'stakeholder_last_briefing'] loop
        execute format('drop trigger if exists alert_refresh on %I', source);
    end loop;
end
$$;
drop function if exists refresh_queued_alert_subjects();
drop function if exists queue_alert_refresh_for_row();
drop function if exists queue_alert_refresh(uuid[]);
