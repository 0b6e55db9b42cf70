#!/usr/bin/env bash
# CPU time a request costs, on each side of the wire: the service's JVM and PostgreSQL (every postgres process, the
# background writers included), from /proc, over one measured wrk run. On a shared two-core machine req/s moves by a
# third between rounds with whatever else runs; CPU per request moves far less, so it shows what a change saves
# before an A/B of throughput (bench/ab.sh) confirms it.
#
#   sudo bench/cpu.sh [scenario ...]      # default: post-interaction
#   BENCH_SECONDS=30 WARMUP_SECONDS=90 CONNECTIONS=8 LIAISON_BENCH_DB=liaison_bench   # the JIT compiles for ~90 s
#
# Prints one line per scenario: requests, req/s, JVM and PostgreSQL CPU ms per request.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
scenarios=("${@:-post-interaction}")
seconds=${BENCH_SECONDS:-30}
warmup=${WARMUP_SECONDS:-90}
connections=${CONNECTIONS:-8}
threads=$((connections < 2 ? connections : 2))

bench_require_wrk
bench_pg_env
bench_forget_posts > /dev/null
bench_start_app
trap 'bench_stop_app' EXIT
export BENCH_TOKEN=$(bench_token)
bench_write_ids

# Clock ticks (utime + stime) of a process, and of every postgres process together.
ticks_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
postgres_ticks() {
  local total=0 pid
  for pid in $(pgrep -x postgres); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
hz=$(getconf CLK_TCK)

for scenario in "${scenarios[@]}"; do
  SCENARIO=$scenario wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s -s bench/lua/scenario.lua \
    "http://localhost:$bench_port" > /dev/null
  jvm_before=$(ticks_of "$bench_app_pid")
  pg_before=$(postgres_ticks)
  out=$(SCENARIO=$scenario wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s bench/lua/scenario.lua \
    --latency "http://localhost:$bench_port")
  jvm_after=$(ticks_of "$bench_app_pid")
  pg_after=$(postgres_ticks)
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  rate=$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')
  awk -v s="$scenario" -v n="$requests" -v r="$rate" -v j=$((jvm_after - jvm_before)) -v p=$((pg_after - pg_before)) \
    -v hz="$hz" 'BEGIN { printf "CPU %s requests=%d req/s=%s jvm_ms_per_request=%.3f postgres_ms_per_request=%.3f\n",
      s, n, r, j * 1000 / hz / n, p * 1000 / hz / n }'
done
