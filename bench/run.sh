#!/usr/bin/env bash
# The benchmark (issue 8), in one command: the packaged service in the prod profile on the full-size bench
# database, loaded with wrk (2 threads, 32 connections, a warm-up before each measurement), PostgreSQL's own speed
# through pgbench on the same server as the reference, the full CSV export, start-up and memory. Writes
# bench/results/bench-<date>.md with the machine, the versions and every figure, and prints it.
#
#   sudo bench/run.sh                  # after bench/generate.sh (run for you if the database is missing)
#   BENCH_SECONDS=30 WARMUP_SECONDS=20 # per scenario (defaults)
#   JIT_WARMUP_SECONDS=20              # per read scenario, once, before any measurement (default)
#   MAX_WARMUP_SECONDS=300             # per scenario, while the JIT is still compiling (default)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
seconds=${BENCH_SECONDS:-30}
warmup=${WARMUP_SECONDS:-20}
jit_warmup=${JIT_WARMUP_SECONDS:-20}
max_warmup=${MAX_WARMUP_SECONDS:-300}
bench_require_wrk

bench_pg_env
if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$bench_db'" | grep -q 1; then
  bench/generate.sh
fi
bench_forget_posts
bench_pg_settings
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

stamp=$(date -u +%Y-%m-%dT%H%M)
mkdir -p bench/results
out=bench/results/bench-$stamp.md

bench_start_app
trap 'bench_stop_app; bench_pg_restart_if_stopped' EXIT
started_ms=$bench_app_started_ms
export BENCH_TOKEN=$(bench_token)
bench_write_ids

declare -A result
# The jstat beside the java that runs the service (another JDK's cannot attach).
jstat_bin="$(dirname "$(readlink -f "$(command -v "${BENCH_JAVA:-java}")")")/jstat"
jit_seconds() { "$jstat_bin" -compiler "$bench_app_pid" 2>/dev/null | awk 'NR == 2 { print $4 }'; }
# Warms a scenario up for $warmup seconds, then 10 s at a time for as long as the JIT still compiled a second or more
# in the last 10 s, up to $max_warmup seconds in all. POST's write path (Hibernate's inserts, the audit, the
# idempotency record) is compiled by no read scenario: after the fixed 20 s its measurement was 30 s of JIT in 30 s,
# and on its own it needs about four minutes of load before the compiler falls quiet (bench/README.md).
warm_up() { # scenario -> seconds of warm-up
  SCENARIO=$1 wrk -t2 -c32 -d"${warmup}s" -s bench/lua/scenario.lua "http://localhost:$bench_port" > /dev/null
  local waited=$warmup before after
  while [ "$waited" -lt "$max_warmup" ]; do
    before=$(jit_seconds)
    SCENARIO=$1 wrk -t2 -c32 -d10s -s bench/lua/scenario.lua "http://localhost:$bench_port" > /dev/null
    after=$(jit_seconds)
    waited=$((waited + 10))
    { [ -z "$before" ] || [ -z "$after" ]; } && break
    python3 -c "import sys; sys.exit(0 if $after - $before < 1 else 1)" && break
  done
  echo "$waited"
}
measure() { # scenario
  local warmed
  warmed=$(warm_up "$1")
  local jit_before
  jit_before=$(jit_seconds)
  result[$1]=$(SCENARIO=$1 wrk -t2 -c32 -d"${seconds}s" --timeout 10s -s bench/lua/scenario.lua \
    "http://localhost:$bench_port" | grep '^RESULT')
  # Seconds the JIT compiled during the measurement: near zero once the service has warmed up.
  local jit_after
  jit_after=$(jit_seconds)
  result[$1]="${result[$1]} jit_s=$([ -n "$jit_before" ] && [ -n "$jit_after" ] \
    && python3 -c "print(round($jit_after - $jit_before, 1))" || echo n/a) warmup_s=$warmed"
  echo "$1: ${result[$1]}"
}

# On two cores the JIT compiles for about 80 s of load before the service reaches its steady speed (jstat: compile
# time grows ~1 s per second until then); a 20 s warm-up of one scenario measured mostly the compiler. So every
# read scenario runs once first, which compiles the code they share (HTTP, security, Hibernate, JSON).
echo "JIT warm-up: every read scenario for ${jit_warmup} s..."
for scenario in get-by-id search timeline owner-alerts office-alerts owner-coverage; do
  SCENARIO=$scenario wrk -t2 -c32 -d"${jit_warmup}s" -s bench/lua/scenario.lua "http://localhost:$bench_port" > /dev/null
done
field() { echo "${result[$1]}" | sed -E "s/.* $2=([^ ]+).*/\1/"; }

for scenario in get-by-id search timeline owner-alerts office-alerts owner-coverage me-agenda \
  report-quarter-by-organisation report-year-by-month post-interaction; do
  measure "$scenario"
done

echo "CSV export of every interaction..."
rows=$(psql -d "$bench_db" -tAc "select count(*) from interaction")
export_seconds=$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $BENCH_TOKEN" \
  -H 'Accept: text/csv' "http://localhost:$bench_port/api/v1/interactions")
export_rps=$(awk -v r="$rows" -v s="$export_seconds" 'BEGIN { printf "%.0f", r / s }')
peak_rss=$(bench_peak_rss_mb)
rss_after=$(bench_rss_mb)

# The office export, each form on its own peak: writing 5 to clear_refs resets VmHWM (Linux 4.0+).
office_export() { # accept -> "seconds records peak-MB"
  echo 5 > "/proc/$bench_app_pid/clear_refs" 2>/dev/null || true
  local started records
  started=$(date +%s%N)
  if [ "$1" = application/zip ]; then
    curl -fs -H "Authorization: Bearer $BENCH_TOKEN" -H "Accept: $1" "http://localhost:$bench_port/api/v1/exports/office" \
      -o bench/tmp/office.zip
    records=$(unzip -p bench/tmp/office.zip | wc -l)
  else
    records=$(curl -fs -H "Authorization: Bearer $BENCH_TOKEN" -H "Accept: $1" \
      "http://localhost:$bench_port/api/v1/exports/office" | wc -l)
  fi
  echo "$(awk -v n="$(( $(date +%s%N) - started ))" 'BEGIN { printf "%.1f", n / 1e9 }') $records $(bench_peak_rss_mb)"
}
echo "Office export, NDJSON and ZIP..."
read -r ndjson_seconds ndjson_records ndjson_peak <<< "$(office_export application/x-ndjson)"
read -r zip_seconds zip_lines zip_peak <<< "$(office_export application/zip)"
rm -f bench/tmp/office.zip

bench_outage

echo "pgbench references on the same server..."
bench_superuser -d postgres -c "drop database if exists liaison_pgbench" -c "create database liaison_pgbench owner \"$PGUSER\""
pgbench -q -i -s 20 liaison_pgbench > /dev/null 2>&1
psql -q -d liaison_pgbench -c "create table one_row_insert (id bigserial primary key, payload text not null, at timestamptz not null default now())"
echo "insert into one_row_insert (payload) values ('benchmark');" > bench/tmp/insert.sql
pgbench_tps() { pgbench -h localhost -c32 -j2 -T"$seconds" "$@" liaison_pgbench 2>/dev/null \
  | awk '/^tps = / { printf "%.0f", $3 }'; }
pgbench -h localhost -S -c32 -j2 -T"$warmup" liaison_pgbench > /dev/null 2>&1
select_tps=$(pgbench_tps -S)
insert_tps=$(pgbench_tps -n -f bench/tmp/insert.sql)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
get_ratio=$(ratio "$(field get-by-id rps)" "$select_tps")
post_ratio=$(ratio "$(field post-interaction rps)" "$insert_tps")

# The calibration issue 8 gives for scale: a bare one-entity Quarkus + Panache app (bench/reference-app) running
# pgbench's own two statements through the stack, with the service's JVM options, on the same cores and server. It
# tells what this machine allows the stack at all, so the ratios above can be read against it.
echo "Calibration: the bare reference app..."
bench_stop_app
[ -f bench/reference-app/target/quarkus-app/quarkus-run.jar ] \
  || ./mvnw -B -q -f bench/reference-app/pom.xml package -DskipTests
reference_port=${LIAISON_BENCH_REFERENCE_PORT:-8091}
QUARKUS_HTTP_PORT=$reference_port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/liaison_pgbench" \
  QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD MALLOC_ARENA_MAX=2 \
  "${BENCH_JAVA:-java}" ${BENCH_JAVA_OPTS:-$bench_default_java_opts} -jar bench/reference-app/target/quarkus-app/quarkus-run.jar \
  > /tmp/liaison-bench-reference.log 2>&1 &
reference_pid=$!
trap 'kill "$reference_pid" 2> /dev/null || true; bench_stop_app; bench_pg_restart_if_stopped' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "localhost:$reference_port/accounts/1" && break; sleep 0.1; done
reference_measure() { # scenario -> its RESULT line, after a warm-up as long as the service's first one
  SCENARIO=$1 wrk -t2 -c32 -d"$((warmup + jit_warmup))s" -s bench/lua/scenario.lua "http://localhost:$reference_port" > /dev/null
  SCENARIO=$1 wrk -t2 -c32 -d"${seconds}s" --timeout 10s -s bench/lua/scenario.lua "http://localhost:$reference_port" \
    | grep '^RESULT'
}
result[reference-get]=$(reference_measure reference-get)
result[reference-post]=$(reference_measure reference-post)
kill "$reference_pid" && wait "$reference_pid" 2>/dev/null || true
echo "reference-get: ${result[reference-get]}"
echo "reference-post: ${result[reference-post]}"
reference_get_ratio=$(ratio "$(field reference-get rps)" "$select_tps")
reference_post_ratio=$(ratio "$(field reference-post rps)" "$insert_tps")

echo "Start-up to ready, without and with a class-data-sharing archive..."
bench_stop_app
startup_runs() { # label java-options...
  local times=()
  for _ in 1 2 3; do
    BENCH_JAVA_OPTS="$*" bench_start_app
    times+=("$bench_app_started_ms")
    bench_stop_app
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p   # the median of three
}
base_opts=${BENCH_JAVA_OPTS:-$bench_default_java_opts}
startup_plain=$(startup_runs "$base_opts")
# JDK 17's dynamic CDS: the archive is written when a trained JVM exits normally.
rm -f target/liaison-cds.jsa
BENCH_JAVA_OPTS="$base_opts -XX:ArchiveClassesAtExit=target/liaison-cds.jsa" bench_start_app
curl -fs -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" "http://localhost:$bench_port/api/v1/stakeholders?size=5"
bench_stop_app
startup_cds=$(startup_runs "$base_opts -XX:SharedArchiveFile=target/liaison-cds.jsa")

# Temurin 25 (under /usr/lib/jvm on these machines), plain and with its AOT cache (JEP 483/514), trained by the same
# script as the Dockerfile's.
jdk25=$(bench_jdk25)
startup_25=n/a startup_25_aot=n/a
if [ -n "$jdk25" ]; then
  startup_25=$(BENCH_JAVA=$jdk25 startup_runs "$base_opts")
  # shellcheck disable=SC2086 # the options are words
  scripts/train-aot-cache.sh "$jdk25" target/quarkus-app target/liaison.aot $base_opts > /dev/null 2>&1
  startup_25_aot=$(BENCH_JAVA=$jdk25 startup_runs "$base_opts -XX:AOTCache=target/liaison.aot")
fi

# The plans of the alert, coverage and report SQL as the service sends it (auto_explain, its own start of the service).
echo "Plans of the alert, coverage and report queries..."
bench/explain-app.sh > /dev/null

{
  echo "# Benchmark $stamp UTC"
  echo
  bench_machine
  echo "- service: target/quarkus-app, prod profile, JVM options: ${BENCH_JAVA_OPTS:-$bench_default_java_opts}"
  echo "- load: wrk -t2 -c32; first ${jit_warmup} s of each read scenario for the JIT, then per scenario ${warmup} s warm-up, longer while the JIT still compiled 1 s in 10 (up to ${max_warmup} s), and ${seconds} s measured (bench/lua/scenario.lua)"
  echo
  echo "| scenario | requests/s | p50 ms | p99 ms | max ms | non-2xx | socket errors | warm-up, s | JIT compiling, s |"
  echo "|---|---|---|---|---|---|---|---|"
  for scenario in get-by-id search timeline owner-alerts office-alerts owner-coverage me-agenda \
  report-quarter-by-organisation report-year-by-month post-interaction; do
    echo "| $scenario | $(field "$scenario" rps) | $(field "$scenario" p50_ms) | $(field "$scenario" p99_ms) | $(field "$scenario" max_ms) | $(field "$scenario" non2xx) | $(field "$scenario" errors) | $(field "$scenario" warmup_s) | $(field "$scenario" jit_s) |"
  done
  echo
  echo "GET by id / pgbench select-only: $(field get-by-id rps) / $select_tps = $get_ratio"
  echo
  echo "POST interaction / pgbench one-row insert: $(field post-interaction rps) / $insert_tps = $post_ratio"
  echo
  bench_outage_report "${result[get-by-id]}"
  echo
  echo "Calibration, the bare one-entity app of bench/reference-app (pgbench's statements through Quarkus + Panache):"
  echo
  echo "| scenario | requests/s | p50 ms | p99 ms | non-2xx | against pgbench |"
  echo "|---|---|---|---|---|---|"
  echo "| reference GET /accounts/{aid} | $(field reference-get rps) | $(field reference-get p50_ms) | $(field reference-get p99_ms) | $(field reference-get non2xx) | $reference_get_ratio × select-only |"
  echo "| reference POST /rows | $(field reference-post rps) | $(field reference-post p50_ms) | $(field reference-post p99_ms) | $(field reference-post non2xx) | $reference_post_ratio × one-row insert |"
  echo
  echo "GET by id / the bare app's GET: $(ratio "$(field get-by-id rps)" "$(field reference-get rps)"); POST interaction / the bare app's POST: $(ratio "$(field post-interaction rps)" "$(field reference-post rps)")"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| CSV export of $rows interactions | $export_seconds s, $export_rps rows/s |"
  echo "| peak RSS over the run up to here (VmHWM) | $peak_rss MB |"
  echo "| office export, NDJSON: $ndjson_records records | $ndjson_seconds s, peak RSS $ndjson_peak MB |"
  echo "| office export, ZIP of CSVs: $zip_lines lines (headers included) | $zip_seconds s (unzip included), peak RSS $zip_peak MB |"
  echo "| RSS after the load | $rss_after MB |"
  echo "| start-up to ready, first start of the run (JDK 17) | $started_ms ms |"
  echo "| start-up to ready, median of 3 (JDK 17, no archive) | $startup_plain ms |"
  echo "| start-up to ready, median of 3 (JDK 17, dynamic CDS archive) | $startup_cds ms |"
  echo "| start-up to ready, median of 3 (Temurin 25, no cache) | $startup_25 ms |"
  echo "| start-up to ready, median of 3 (Temurin 25, AOT cache) | $startup_25_aot ms |"
  echo
  echo "EXPLAIN (ANALYZE, BUFFERS) of the alert, coverage and report queries as the service sent them, in"
  echo "bench/plans/service-queries.txt; each call's time through the service:"
  echo
  grep '^-- ' bench/plans/service-queries.txt | sed 's/^-- /- /'
} > "$out"
cat "$out"
