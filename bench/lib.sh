#!/usr/bin/env bash
# Helpers the bench scripts share (source it): the bench database's connection, an API token for the load, and the
# packaged service started against the bench database in the prod profile.

bench_db=${LIAISON_BENCH_DB:-liaison_bench}
# The Dockerfile's JVM options. -Xms as a 512 MB container would have it (the default initial heap is 1/64 of the
# memory: 384 MB on a 24 GiB bench machine, which commits all of -Xmx from the start; 8 MB in the container).
bench_default_java_opts="-XX:+UseSerialGC -Xms16m -Xmx160m"
bench_port=${LIAISON_BENCH_HTTP_PORT:-8080}
# The management interface: health and metrics, on a port of their own.
bench_management_port=${LIAISON_BENCH_MANAGEMENT_PORT:-9000}

# wrk, the load generator, from Debian's package (a fresh machine lacks it).
bench_require_wrk() { command -v wrk > /dev/null || apt-get install -y -qq wrk > /dev/null; }

# Starts (or finds) Debian's PostgreSQL and exports PG* for psql and the JDBC settings for the service.
bench_pg_env() {
  eval "$(scripts/debian-postgres.sh --env)"
  pg_port=$(echo "$QUARKUS_DATASOURCE_JDBC_URL" | sed -E 's#.*://[^:]+:([0-9]+)/.*#\1#')
  export PGHOST=localhost PGPORT=$pg_port PGUSER=$QUARKUS_DATASOURCE_USERNAME PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$bench_db"
}

# The deployment's PostgreSQL settings (scripts/postgres-settings.sql), restarting the server when one needs it, then
# the bench database read into shared buffers, as on a server that has been answering for a while (otherwise the
# first scenarios would measure reads from the kernel's cache while the later ones found the data in place).
bench_pg_settings() {
  # A setting that only a restart applies (shared_buffers) shows as an error in pg_file_settings straight away;
  # pg_settings.pending_restart would say so only after a reload, so on a fresh server nothing was restarted and the
  # bench ran on the stock 128 MB with JIT on. The others take effect with the reload.
  bench_superuser -d postgres -f scripts/postgres-settings.sql -c "select pg_reload_conf()" > /dev/null
  if [ "$(bench_superuser -d postgres -tAc "select count(*) from pg_file_settings where error is not null")" != 0 ]; then
    local version
    version=$(bench_superuser -d postgres -tAc "select current_setting('server_version_num')::int / 10000")
    pg_ctlcluster "$version" main restart
  fi
  bench_superuser -d "$bench_db" -c "create extension if not exists pg_prewarm" \
    -c "select count(pg_prewarm(c.oid)) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'i', 'm')" > /dev/null
}

# Takes out what earlier runs' POST scenarios logged ("Benchmark call N", the soak's "Soak call N", and the stress's
# "Joint meeting N" with its follow-ups), so every run measures the generated data set: the runs of one day had grown
# it from 1.05 M interactions to 1.8 M, and the full CSV export with it (four soaks had left 92,000 more by session
# 10). The alert triggers are switched off for the delete (as for a bulk load, V10) and both derived tables recomputed
# once after. Audit entries stay (append-only); the idempotency records go.
bench_forget_posts() {
  local posted="(type = 'CALL' and (summary like 'Benchmark call %' or summary like 'Soak call %'))
    or (type = 'MEETING' and summary like 'Joint meeting %')"
  local logged
  logged=$(psql -d "$bench_db" -tAc "select count(*) from interaction where $posted")
  [ "$logged" = 0 ] && return 0
  echo "Taking out the $logged interactions earlier runs posted..."
  psql -q -d "$bench_db" -v ON_ERROR_STOP=1 > /dev/null <<SQL
begin;
set local liaison.alert_refresh = 'off';
delete from follow_up where interaction_id in (select id from interaction where $posted);
delete from interaction where $posted;
delete from idempotency_record where idempotency_key like 'bench-%';
select refresh_interaction_summaries(null);
select refresh_alert_subjects(null);
select refresh_coverage_cells(null);
commit;
vacuum analyze interaction, interaction_stakeholder, interaction_attendee, interaction_policy_area, interaction_parts,
  stakeholder_last_contact, stakeholder_last_briefing, coverage_cell, alert_subject, alert_subject_owner, idempotency_record;
SQL
}

bench_superuser() { env -u PGHOST -u PGUSER -u PGPASSWORD runuser -u postgres -- psql -q -p "$pg_port" -v ON_ERROR_STOP=1 "$@"; }

# An ADMIN API token (lia_…) for the first team member, stored by its SHA-256 hash like any other; printed.
bench_token() {
  local token=lia_bench_admin_0000000000000000000000
  local hash
  hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
  psql -q -d "$bench_db" -v ON_ERROR_STOP=1 >/dev/null <<SQL
insert into api_token (name, token_prefix, token_hash, role, team_member_id, expires_at, created_by)
select 'bench', 'lia_benc', '$hash', 'ADMIN', (select id from team_member order by email limit 1),
       now() + interval '1 year', 'bench'
on conflict (token_hash) do update set expires_at = excluded.expires_at, revoked_at = null;
SQL
  echo "$token"
}

# Starts target/quarkus-app (built if missing) against the bench database and waits until it is ready. glibc gets
# two malloc arenas, as in the Dockerfile (one per thread by default: ~20 MB more RSS after the load). The JVM gets
# the Dockerfile's options (Serial GC, a 160 MB heap) unless BENCH_JAVA_OPTS says otherwise; BENCH_JAVA picks another
# java. bench_app_started_ms is the time from launch to ready.
bench_start_app() {
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
  # Another service still on the ports would answer the readiness check below, and every figure would be its.
  if curl -s -o /dev/null "localhost:$bench_port" 2>/dev/null \
    || curl -s -o /dev/null "localhost:$bench_management_port" 2>/dev/null; then
    echo "port $bench_port or $bench_management_port is already served (an earlier run still going?): stop it first" >&2
    return 1
  fi
  # The bench database was migrated by psql from the same files: Flyway takes it from there.
  local latest
  latest=$(ls src/main/resources/db/migration/V*.sql | sed -E 's#.*/V([0-9]+)__.*#\1#' | sort -n | tail -1)
  # The load is one API token from one address, thousands of requests a second: rate limits it never reaches, so the
  # figures measure the service, while each request still passes through the limiter as in production.
  QUARKUS_FLYWAY_BASELINE_ON_MIGRATE=true QUARKUS_FLYWAY_BASELINE_VERSION="$latest" \
    LIAISON_RATE_LIMITS_REQUESTS_PER_CALLER=1000000000 LIAISON_RATE_LIMITS_FAILED_AUTHENTICATIONS_PER_ADDRESS=1000000000 \
    QUARKUS_HTTP_PORT=$bench_port QUARKUS_MANAGEMENT_PORT=$bench_management_port MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$(pwd)/src/main/resources/dev/jwt-public.pem" \
    MP_JWT_VERIFY_ISSUER=https://liaison.invalid/bench \
    "${BENCH_JAVA:-java}" ${BENCH_JAVA_OPTS:-$bench_default_java_opts} -jar target/quarkus-app/quarkus-run.jar > "${BENCH_APP_LOG:-/tmp/liaison-bench-app.log}" 2>&1 &
  bench_app_pid=$!
  local launched
  launched=$(date +%s%N)
  for _ in $(seq 1 1200); do
    if curl -fs "localhost:$bench_management_port/q/health/ready" > /dev/null 2>&1; then
      bench_app_started_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
      return 0
    fi
    kill -0 "$bench_app_pid" 2>/dev/null || break # it failed to start: no use waiting the full minute
    sleep 0.05
  done
  echo "the service did not become ready; see ${BENCH_APP_LOG:-/tmp/liaison-bench-app.log}" >&2
  return 1
}

bench_stop_app() {
  if [ -n "${bench_app_pid:-}" ]; then
    kill "$bench_app_pid" 2>/dev/null || true
    wait "$bench_app_pid" 2>/dev/null || true
    bench_app_pid=
  fi
}

# Random ids from the generated office for the load scripts: stakeholders with a timeline, and team members who own
# relationships (for "an owner's alerts / coverage").
bench_write_ids() {
  mkdir -p bench/tmp
  psql -d "$bench_db" -tAc "select id from stakeholder where status = 'ACTIVE' order by random() limit 5000" \
    > bench/tmp/stakeholders.txt
  psql -d "$bench_db" -tAc "select distinct team_member_id from ownership where end_date is null" \
    > bench/tmp/owners.txt
}

# A database outage under load: PostgreSQL stopped for $bench_outage_seconds s (OUTAGE_SECONDS, 17 by default, as in
# the issue that asked for this) while wrk sends GET by id (2 threads, 32 connections, as the measurements). Every
# request meanwhile fails; the database circuit answers them 503 at once rather than each waiting on the pool, so their
# p99 is set beside GET by id's (goal: within 3 ×, bench_outage_report). Then PostgreSQL starts again and the time to
# the first 200 is the recovery; the data is read back into shared buffers before any further figures. Needs
# BENCH_TOKEN, bench/tmp/stakeholders.txt and the service running. Sets bench_outage_result (wrk's RESULT line),
# bench_outage_refused (the circuit's count of connections refused at once) and bench_outage_recovery_ms.
bench_outage() {
  bench_outage_seconds=${OUTAGE_SECONDS:-17}
  echo "Outage: PostgreSQL stopped for ${bench_outage_seconds} s under GET by id's load..."
  bench_pg_version=$(bench_superuser -d postgres -tAc "select current_setting('server_version_num')::int / 10000")
  pg_ctlcluster "$bench_pg_version" main stop
  bench_pg_stopped=true
  # Nothing between the stop and the start may end the script, or it would leave PostgreSQL stopped (the scripts'
  # exit traps call bench_pg_restart_if_stopped as well, for an interrupt).
  bench_outage_result=$(SCENARIO=get-by-id wrk -t2 -c32 -d"${bench_outage_seconds}s" --timeout 10s \
    -s bench/lua/scenario.lua "http://localhost:$bench_port" | grep '^RESULT' || true)
  bench_outage_refused=$(curl -fs "localhost:$bench_management_port/q/metrics" \
    | awk '/^liaison_database_connections_refused_total/ { printf "%d", $2 }' || true)
  bench_outage_refused=${bench_outage_refused:-n/a}
  pg_ctlcluster "$bench_pg_version" main start || true
  bench_pg_stopped=false
  local restarted
  restarted=$(date +%s%N)
  bench_outage_recovery_ms=n/a
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" \
      "http://localhost:$bench_port/api/v1/stakeholders/$(head -1 bench/tmp/stakeholders.txt)"; then
      bench_outage_recovery_ms=$(( ($(date +%s%N) - restarted) / 1000000 ))
      break
    fi
    sleep 0.1
  done
  echo "outage: $bench_outage_result refused_total=$bench_outage_refused recovery_ms=$bench_outage_recovery_ms"
  bench_pg_settings
}

# For exit traps: starts PostgreSQL again if bench_outage stopped it and was interrupted before starting it.
bench_pg_restart_if_stopped() {
  if [ "${bench_pg_stopped:-false}" = true ]; then
    pg_ctlcluster "$bench_pg_version" main start || true
    bench_pg_stopped=false
  fi
}

# One figure of a load script's RESULT line ("RESULT requests=… p99_ms=…").
bench_result_field() { echo "$1" | sed -E "s/.* $2=([^ ]+).*/\1/"; }

# The outage's figures as a Markdown table, beside GET by id's RESULT line (measured before, at the same load).
bench_outage_report() { # get-by-id's RESULT line
  local get=$1 outage=$bench_outage_result
  echo "Outage: PostgreSQL stopped for ${bench_outage_seconds} s under GET by id's load (wrk -t2 -c32), then started again:"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  if [ -z "$outage" ]; then
    echo "| requests answered during the outage | none: wrk gave no result |"
  else
    echo "| requests answered during the outage | $(bench_result_field "$outage" requests) ($(bench_result_field "$outage" rps)/s), $(bench_result_field "$outage" unavailable) of them 503, $(bench_result_field "$outage" errors) socket errors |"
    echo "| their p50 / p99 / max | $(bench_result_field "$outage" p50_ms) / $(bench_result_field "$outage" p99_ms) / $(bench_result_field "$outage" max_ms) ms |"
    local ratio
    ratio=$(awk -v a="$(bench_result_field "$outage" p99_ms)" -v b="$(bench_result_field "$get" p99_ms)" \
      'BEGIN { printf "%.2f (%s)", a / b, a / b <= 3 ? "met" : "not met" }')
    echo "| their p99 / GET by id's p99 (goal: within 3 ×) | $(bench_result_field "$outage" p99_ms) / $(bench_result_field "$get" p99_ms) = $ratio |"
  fi
  echo "| connections refused at once by the open circuit | $bench_outage_refused |"
  echo "| from PostgreSQL started to the first 200 | $bench_outage_recovery_ms ms |"
}

bench_rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$bench_app_pid/status"; }
bench_peak_rss_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$bench_app_pid/status"; }

# Temurin 25's java (under /usr/lib/jvm on these machines), or nothing.
bench_jdk25() { ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1 || true; }

bench_machine() {
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"
  local jdk25 also="no Temurin 25"
  jdk25=$(bench_jdk25)
  [ -n "$jdk25" ] && also=$("$jdk25" -version 2>&1 | sed -n 2p)
  echo "- java: $("${BENCH_JAVA:-java}" -version 2>&1 | head -1) (the load); start-up also on $also"
  echo "- PostgreSQL: $(psql -d "$bench_db" -tAc 'show server_version'), with scripts/postgres-settings.sql: $(psql -d "$bench_db" -tAc "select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings where name in ('shared_buffers', 'effective_cache_size', 'random_page_cost', 'work_mem', 'jit')")"
  echo "- data: $(psql -d "$bench_db" -tAc "select (select count(*) from stakeholder) || ' stakeholders, ' || (select count(*) from interaction) || ' interactions'")"
  echo "- wrk: $(wrk -v 2>&1 | head -1)"
}
