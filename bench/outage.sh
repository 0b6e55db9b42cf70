#!/usr/bin/env bash
# The outage scenario of bench/run.sh on its own, in a few minutes: GET by id measured (wrk, 2 threads, 32
# connections, after a warm-up) against the packaged service, then PostgreSQL stopped under that load and started
# again (bench_outage in bench/lib.sh). Writes bench/results/outage-<date>.md: GET by id's p99 and the p99 of the
# answers during the outage, their ratio (goal: within 3 ×), the 503s, the connections the open circuit refused and
# the time from PostgreSQL's start to the first 200. PostgreSQL is running again when the script ends, however it ends.
#
#   sudo bench/outage.sh                  # generates the small data set (bench/generate.sh --small) if liaison_bench is missing
#   WARMUP_SECONDS=15 BENCH_SECONDS=20    # GET by id's warm-up and measurement (defaults)
#   OUTAGE_SECONDS=17                     # how long PostgreSQL stays stopped (default)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
seconds=${BENCH_SECONDS:-20}
warmup=${WARMUP_SECONDS:-15}
bench_require_wrk

bench_pg_env
if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$bench_db'" | grep -q 1; then
  bench/generate.sh --small
fi
bench_forget_posts
bench_pg_settings
trap 'bench_stop_app; bench_pg_restart_if_stopped' EXIT
bench_start_app
export BENCH_TOKEN=$(bench_token)
bench_write_ids

stamp=$(date -u +%Y-%m-%dT%H%M)
mkdir -p bench/results
out=bench/results/outage-$stamp.md

echo "GET by id: ${warmup} s warm-up, ${seconds} s measured..."
SCENARIO=get-by-id wrk -t2 -c32 -d"${warmup}s" -s bench/lua/scenario.lua "http://localhost:$bench_port" > /dev/null
get=$(SCENARIO=get-by-id wrk -t2 -c32 -d"${seconds}s" --timeout 10s -s bench/lua/scenario.lua \
  "http://localhost:$bench_port" | grep '^RESULT')
echo "get-by-id: $get"

bench_outage

{
  echo "# Outage $stamp UTC"
  echo
  bench_machine
  echo "- service: target/quarkus-app, prod profile, JVM options: ${BENCH_JAVA_OPTS:-$bench_default_java_opts}"
  echo "- load: wrk -t2 -c32, GET by id (bench/lua/scenario.lua), ${warmup} s warm-up, ${seconds} s measured"
  echo
  echo "| scenario | requests/s | p50 ms | p99 ms | max ms | non-2xx | socket errors |"
  echo "|---|---|---|---|---|---|---|"
  echo "| get-by-id | $(bench_result_field "$get" rps) | $(bench_result_field "$get" p50_ms) | $(bench_result_field "$get" p99_ms) | $(bench_result_field "$get" max_ms) | $(bench_result_field "$get" non2xx) | $(bench_result_field "$get" errors) |"
  echo
  bench_outage_report "$get"
} > "$out"
cat "$out"
echo "Written $out"
