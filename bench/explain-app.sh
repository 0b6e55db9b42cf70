#!/usr/bin/env bash
# Plans of the queries the service itself sends for alerts, coverage and reports, at full size: PostgreSQL's auto_explain
# logs EXPLAIN (ANALYZE, BUFFERS) of every statement on the bench database while the packaged service answers a
# few calls, and the plans of those calls are kept in bench/plans/service-queries.txt. Taking them from the
# server means they are the real SQL with real parameters, never a copy that could drift from the code.
#
#   sudo bench/explain-app.sh        # after bench/generate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_pg_env
bench_pg_settings

log=$(ls /var/log/postgresql/postgresql-*-main.log | tail -1)
out=bench/plans/service-queries.txt
trap 'bench_stop_app; bench_superuser -d postgres -c "alter database $bench_db reset all" >/dev/null' EXIT

bench_superuser -d postgres \
  -c "alter database $bench_db set session_preload_libraries = 'auto_explain'" \
  -c "alter database $bench_db set auto_explain.log_min_duration = 0" \
  -c "alter database $bench_db set auto_explain.log_analyze = on" \
  -c "alter database $bench_db set auto_explain.log_buffers = on" \
  -c "alter database $bench_db set auto_explain.log_nested_statements = on"
bench_start_app
token=$(bench_token)
owner=$(psql -d "$bench_db" -tAc "select owner_id from engagement_plan where status = 'ACTIVE'
                                   group by 1 order by count(*) desc, 1 limit 1")

: > "$out"
call() {
  local title=$1 path=$2
  curl -fs -o /dev/null -H "Authorization: Bearer $token" "localhost:$bench_port$path"  # warm
  local from
  from=$(stat -c %s "$log")
  local started
  started=$(date +%s%N)
  curl -fs -o /dev/null -H "Authorization: Bearer $token" "localhost:$bench_port$path"
  local ms=$(( ($(date +%s%N) - started) / 1000000 ))
  sleep 1
  {
    echo "-- $title: GET $path ($ms ms through the service, second call)"
    # The statement that did the work: the slowest one logged during the call.
    tail -c +"$((from + 1))" "$log" | awk '
      /LOG:  duration: / { if (plan != "") { plans[n++] = plan; times[n-1] = t }
                           plan = $0 "\n"; t = $0; sub(/.*duration: /, "", t); sub(/ ms.*/, "", t); next }
      /^[0-9]{4}-[0-9]{2}-[0-9]{2} / { if (plan != "") { plans[n++] = plan; times[n-1] = t; plan = "" } next }
      { if (plan != "") plan = plan $0 "\n" }
      END { if (plan != "") { plans[n++] = plan; times[n-1] = t }
            best = -1; for (i = 0; i < n; i++) if (best < 0 || times[i] + 0 > times[best] + 0) best = i
            if (best >= 0) printf "%s", plans[best] }'
    echo
  } >> "$out"
  echo "$title: $ms ms"
}

call "office alerts, first page" "/api/v1/alerts"
call "one owner's alerts" "/api/v1/alerts?ownerId=$owner"
call "one owner's coverage" "/api/v1/team-members/$owner/coverage"
call "office coverage, first page" "/api/v1/coverage"
call "office coverage, not briefed on housing for 180 days" "/api/v1/coverage?policyArea=housing&notBriefedForDays=180"
call "engagement by organisation, one quarter" "/api/v1/reports/engagement?from=2026-07-01&to=2026-09-30&groupBy=organisation"
call "engagement by month, one year" "/api/v1/reports/engagement?from=2025-10-01&to=2026-09-30&groupBy=month"
call "engagement by policy area, one owner's stakeholders" "/api/v1/reports/engagement?from=2026-01-01&to=2026-09-30&groupBy=policyArea&ownerId=$owner"
call "appointee tracking, one quarter" "/api/v1/reports/appointees?from=2026-07-01&to=2026-09-30"
call "stakeholder map" "/api/v1/reports/stakeholder-map"
echo "Plans written to $out"
