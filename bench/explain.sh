#!/usr/bin/env bash
# Runs EXPLAIN (ANALYZE, BUFFERS) for the timeline and office-wide list queries against the benchmark database
# and keeps the plans under bench/plans/. The SQL has the shape InteractionQueries and ListQueries send.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/debian-postgres.sh --env)"
port=$(echo "$QUARKUS_DATASOURCE_JDBC_URL" | sed -E 's#.*://[^:]+:([0-9]+)/.*#\1#')
export PGHOST=localhost PGPORT=$port PGUSER=$QUARKUS_DATASOURCE_USERNAME PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
db=${LIAISON_BENCH_DB:-liaison_bench}
mkdir -p bench/plans
psql -q -d "$db" -v ON_ERROR_STOP=1 -f bench/explain.sql > bench/plans/interactions.txt
grep -E "^(--|Planning Time|Execution Time)" bench/plans/interactions.txt || true
echo "Plans written to bench/plans/interactions.txt"
