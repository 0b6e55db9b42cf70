#!/usr/bin/env bash
# Fills a benchmark database with a realistic large office (bench/generate.sql) in a system PostgreSQL.
#
#   sudo bench/generate.sh            # scale 1: 20,000 stakeholders, 1,000,000 interactions (a few minutes)
#   sudo bench/generate.sh --small    # scale 0.05, for a quick run (seconds)
#   sudo bench/generate.sh --scale 0.2
#
# It starts Debian's PostgreSQL through scripts/debian-postgres.sh, recreates the database liaison_bench owned by
# the liaison role, applies the service's own Flyway migrations, then generates the data. Runs outside the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=1
case "${1:-}" in
  --small) scale=0.05 ;;
  --scale) scale=${2:?--scale needs a number} ;;
  "") ;;
  *) echo "usage: $0 [--small | --scale N]" >&2; exit 2 ;;
esac
db=${LIAISON_BENCH_DB:-liaison_bench}

eval "$(scripts/debian-postgres.sh --env)"
port=$(echo "$QUARKUS_DATASOURCE_JDBC_URL" | sed -E 's#.*://[^:]+:([0-9]+)/.*#\1#')
owner=$QUARKUS_DATASOURCE_USERNAME

# Over the socket as postgres, whatever PG* variables the caller exported (bench/run.sh and bench/outage.sh export the
# liaison role's before they call this when the database is missing).
as_superuser() { env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 "$@"; }
as_superuser -d postgres -c "drop database if exists $db" -c "create database $db owner \"$owner\""
as_superuser -d "$db" -c "create extension if not exists btree_gist"

export PGHOST=localhost PGPORT=$port PGUSER=$owner PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD

echo "Applying migrations to $db..."
for migration in $(ls src/main/resources/db/migration/V*.sql | sort -V); do
  psql -q -d "$db" -v ON_ERROR_STOP=1 -f "$migration" > /dev/null
done
# Then the derived tables' definitions, as the service applies them after every migration (their names sort in the
# order it applies them).
for home in $(ls src/main/resources/db/derived/*.sql | sort); do
  psql -q -d "$db" -v ON_ERROR_STOP=1 -f "$home" > /dev/null
done

echo "Generating data at scale $scale..."
start=$(date +%s)
psql -q -d "$db" -v ON_ERROR_STOP=1 -v scale="$scale" -f bench/generate.sql
echo "Generated in $(( $(date +%s) - start )) s. Plans: bench/explain.sh"
