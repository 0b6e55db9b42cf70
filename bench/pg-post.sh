#!/usr/bin/env bash
# The database's share of a POST, alone: pgbench runs bench/pg-post.sql (the statements a logged call sends, on a
# connection with the service's settings) against the bench database, one client, once with the derived tables'
# definitions (src/main/resources/db/derived) of another revision and once with this checkout's, in alternating rounds
# on the same data. No JVM and no HTTP: what the definitions cost shows without the service's share of the noise.
#
#   sudo bench/pg-post.sh <revision>          # e.g. HEAD~1; its homes must fit the bench database's tables
#   ROUNDS=3 BENCH_SECONDS=20 LIAISON_BENCH_DB=liaison_bench
#
# The bench database is left with this checkout's definitions; the interactions it logged are taken out.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
revision=${1:?which revision to compare with? (e.g. HEAD~1)}
rounds=${ROUNDS:-3}
seconds=${BENCH_SECONDS:-20}
bench_pg_env
export PGDATABASE=$bench_db

homes=$(mktemp -d)
trap 'rm -rf "$homes"' EXIT
mkdir -p "$homes/A" "$homes/B"
for home in $(git ls-tree --name-only "$revision" src/main/resources/db/derived/); do
  git show "$revision:$home" > "$homes/A/$(basename "$home")"
done
cp src/main/resources/db/derived/*.sql "$homes/B/"
apply() { cat "$homes/$1"/*.sql | psql -q -v ON_ERROR_STOP=1 -1 > /dev/null; }

psql -q -v ON_ERROR_STOP=1 <<'SQL'
drop table if exists pg_post_ids;
create table pg_post_ids as
select row_number() over () as n, s.id as stakeholder,
       (select o.team_member_id from ownership o where o.end_date is null order by random() limit 1) as member
from (select id from stakeholder where status = 'ACTIVE' order by random() limit 5000) s;
alter table pg_post_ids add primary key (n);
SQL

for round in $(seq 1 "$rounds"); do
  for side in A B; do
    apply "$side"
    PGOPTIONS='-c liaison.derived_refresh=at_commit' pgbench -n -M prepared -c 1 -T 5 -f bench/pg-post.sql > /dev/null
    out=$(PGOPTIONS='-c liaison.derived_refresh=at_commit' pgbench -n -M prepared -c 1 -T "$seconds" -f bench/pg-post.sql)
    echo "$side round $round: $(echo "$out" | awk '/latency average/ { print "latency " $4 " ms" } /^tps/ { print ", " $3 " tps" }' | tr -d '\n')"
  done
done
apply B
psql -q -c "drop table pg_post_ids"
bench_forget_posts > /dev/null
