#!/usr/bin/env bash
# Election day in bulk at full size: one request (POST /api/v1/elections/results) giving all 33 London authorities'
# lead posts a new holder and COUNCILLORS new ward councillors (posts created on the first run, 400 by default),
# every holder a new person given inline, with the 32 boroughs' political control; first as a dry run, then for
# real, each timed from the client. Writes bench/results/election-day-<date>.md. Each run's election is the day after
# the latest tenure of those posts, so runs can follow each other on the same database.
#
#   sudo bench/election-day.sh                        # against liaison_bench (LIAISON_BENCH_DB to change)
#   COUNCILLORS=400                                   # ward councillor rows besides the 33 lead posts
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
councillors=${COUNCILLORS:-400}

bench_pg_env
bench_pg_settings
trap 'bench_stop_app' EXIT
bench_start_app
token=$(bench_token)

day=$(psql -d "$bench_db" -tAc "
  select greatest(current_date, coalesce(max(t.start_date), current_date) + 1)
  from tenure t join post p on p.id = t.post_id
  where (p.reference and p.category in ('COUNCIL_LEADER', 'EXECUTIVE_MAYOR') and p.title <> 'Mayor of London')
     or p.title like 'Councillor for Bench Ward %'")
body=$(mktemp)
psql -d "$bench_db" -tAc "
  with leads as (
    select p.id, row_number() over (order by o.code) as n
    from post p join organisation o on o.id = p.organisation_id
    where p.reference and o.kind in ('LONDON_BOROUGH', 'CITY_OF_LONDON_CORPORATION')
  ), wards as (
    select o.code, w as n
    from generate_series(1, $councillors) w
    join (select code, row_number() over (order by code) - 1 as i from organisation where kind = 'LONDON_BOROUGH') o
      on o.i = w % 32
  ), parties(i, party) as (values (0, 'Labour'), (1, 'Conservative'), (2, 'Liberal Democrat'), (3, 'Green'))
  select json_build_object(
    'date', '$day',
    'results',
      (select json_agg(json_build_object(
                'postId', l.id,
                'newHolder', json_build_object('honorific', 'Cllr', 'firstName', 'Elected',
                                               'lastName', 'Leader ' || l.n || ' ($day)'),
                'party', (select party from parties where i = l.n % 4)))
       from leads l)::jsonb
      || (select coalesce(json_agg(json_build_object(
                'organisation', w.code, 'postTitle', 'Councillor for Bench Ward ' || w.n,
                'postCategory', 'COUNCILLOR', 'ward', 'Bench Ward ' || w.n,
                'newHolder', json_build_object('honorific', 'Cllr', 'firstName', 'Elected',
                                               'lastName', 'Councillor ' || w.n || ' ($day)'),
                'party', (select party from parties where i = w.n % 4))), '[]')
          from wards w)::jsonb,
    'politicalControl',
      (select json_agg(json_build_object('organisation', code,
                                         'control', case when row_number % 5 = 0 then 'No overall control'
                                                         else 'Labour' end))
       from (select code, row_number() over (order by code) from organisation where kind = 'LONDON_BOROUGH') o))
" > "$body"
rows=$(python3 -c "import json,sys; print(len(json.load(open('$body'))['results']))")

post_results() { # dryRun → "status seconds"
  curl -s -o /tmp/election-day-answer.json -w '%{http_code} %{time_total}' -X POST \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$body" \
    "http://localhost:$bench_port/api/v1/elections/results?dryRun=$1"
}
echo "Election of $day: $rows result rows and 32 councils' control in one request"
dry=$(post_results true)
echo "dry run: $dry"
real=$(post_results false)
echo "recorded: $real"
outcomes=$(python3 -c "
import json, collections
a = json.load(open('/tmp/election-day-answer.json'))
print(dict(collections.Counter(r['outcome'] for r in a.get('results', []))), len(a.get('problems', [])), 'problems')")
echo "outcomes: $outcomes"

stamp=$(date -u +%Y-%m-%dT%H%M)
mkdir -p bench/results
cat > "bench/results/election-day-$stamp.md" <<MD
# Election day in bulk ($stamp, database $bench_db)

$(bench_machine | grep -v "^- wrk")

One request, $rows result rows (the 33 lead posts and $councillors ward councillors, every holder a new person), the
32 boroughs' political control, election day $day. Times from the client (curl), status and seconds:

| run | status, seconds |
|---|---|
| dry run (everything written, then rolled back) | $dry |
| recorded | $real |

Outcomes of the recorded run: $outcomes
MD
echo "wrote bench/results/election-day-$stamp.md"
rm -f "$body"
