package io.liaison.election.service;

/**
 * The warnings an interaction carries, as one SQL expression over the interaction aliased {@code i}: for each
 * pre-election period its London day falls in, the stakeholders who hold, that day, a post the period puts up for
 * election. A JSON array (null when there is none), read with the interaction so every answer agrees: a write's, a
 * timeline's, a briefing pack's. The periods are few and indexed by day, so an interaction outside every period
 * costs one index probe.
 */
public final class PreElectionWarnings {

    private PreElectionWarnings() {}

    public static final String JSON = """
            (select json_agg(json_build_object(
                        'kind', 'PRE_ELECTION_PERIOD',
                        'message', e.name || ' (polling day ' || to_char(e.polling_day, 'FMDD FMMonth YYYY') || '): '
                                   || w.names || case when cardinality(w.ids) = 1 then ' holds a post' else ' hold posts' end
                                   || ' up for election; take care with this engagement',
                        'periodId', e.id, 'periodName', e.name, 'pollingDay', e.polling_day,
                        'stakeholderIds', w.ids) order by e.polling_day, e.id)
             from pre_election_period e
             cross join lateral (
                 select array_agg(distinct s.id order by s.id) as ids,
                        string_agg(distinct concat_ws(' ', s.honorific, s.first_name, s.last_name), ', ') as names
                 from interaction_stakeholder l
                 join stakeholder s on s.id = l.stakeholder_id
                 join tenure t on t.stakeholder_id = l.stakeholder_id
                      and t.start_date <= cast(i.starts_at at time zone 'Europe/London' as date)
                      and (t.end_date is null or t.end_date > cast(i.starts_at at time zone 'Europe/London' as date))
                 join post p on p.id = t.post_id
                 where l.interaction_id = i.id
                   and (exists (select 1 from pre_election_period_post pp where pp.period_id = e.id and pp.post_id = p.id)
                        or exists (select 1 from pre_election_period_organisation po
                                   where po.period_id = e.id and po.organisation_id = p.organisation_id))
             ) w
             where cast(i.starts_at at time zone 'Europe/London' as date) between e.starts_on and e.polling_day
               and w.ids is not null)""";
}
