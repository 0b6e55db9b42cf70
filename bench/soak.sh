#!/usr/bin/env bash
# Sustained load (issue 9): ten minutes of an office's mixed reads and writes (bench/lua/mixed.lua: stakeholder by
# id, search, timelines, an owner's alerts and coverage, one write in seven) with wrk, 2 threads and 32
# connections, against the packaged service on the full-size bench database, after a warm-up. Reports each
# minute's throughput, latency and RSS, samples RSS every 5 s for the memory curve, and fails on any non-2xx.
#
#   sudo bench/soak.sh              # after bench/generate.sh; SOAK_MINUTES=10, WARMUP_SECONDS=30 by default
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
minutes=${SOAK_MINUTES:-10}
warmup=${WARMUP_SECONDS:-30}
bench_require_wrk

bench_pg_env
bench_forget_posts
bench_pg_settings
bench_start_app
trap bench_stop_app EXIT
export BENCH_TOKEN=$(bench_token)
bench_write_ids

stamp=$(date -u +%Y-%m-%dT%H%M)
mkdir -p bench/results
out=bench/results/soak-$stamp.md
curve=bench/results/soak-$stamp-rss.csv
echo "seconds,rss_mb" > "$curve"
( start=$(date +%s); while kill -0 "$bench_app_pid" 2>/dev/null; do
    echo "$(( $(date +%s) - start )),$(bench_rss_mb)" >> "$curve"; sleep 5; done ) &
sampler=$!

echo "Warming up for ${warmup} s..."
wrk -t2 -c32 -d"${warmup}s" -s bench/lua/mixed.lua "http://localhost:$bench_port" > /dev/null
# With -XX:NativeMemoryTracking=summary in BENCH_JAVA_OPTS, the JVM's own account of where memory goes, at the
# start and at the end, says which area any RSS growth comes from.
nmt() { jcmd "$bench_app_pid" VM.native_memory summary 2>/dev/null \
  | awk '/^-/ { sub(/^- */, ""); name = $0; sub(/ *\(.*/, "", name) } /committed=/ && name != "" {
      match($0, /committed=[0-9]+KB/); printf "%s %d\n", name, substr($0, RSTART + 10, RLENGTH - 12) / 1024; name = "" }'; }
nmt_start=$(nmt || true)

{
  echo "# Soak: $minutes minutes of mixed load ($stamp UTC)"
  echo
  bench_machine
  echo "- load: wrk -t2 -c32, bench/lua/mixed.lua (35% stakeholder by id, 15% search, 15% timeline, 10% owner's"
  echo "  alerts, 11% owner's coverage, 14% POST interaction), after a ${warmup} s warm-up"
  echo "- RSS every 5 s: $(basename "$curve"); JVM options: ${BENCH_JAVA_OPTS:-$bench_default_java_opts}"
  echo
  echo "| minute | requests/s | p50 ms | p99 ms | max ms | non-2xx | socket errors | RSS MB at end |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$out"
failures=0
for minute in $(seq 1 "$minutes"); do
  line=$(wrk -t2 -c32 -d60s -s bench/lua/mixed.lua "http://localhost:$bench_port" | grep '^RESULT')
  value() { echo "$line" | sed -E "s/.* $1=([^ ]+).*/\1/"; }
  rss=$(bench_rss_mb)
  echo "| $minute | $(value rps) | $(value p50_ms) | $(value p99_ms) | $(value max_ms) | $(value non2xx) | $(value errors) | $rss |" >> "$out"
  failures=$((failures + $(value non2xx) + $(value errors)))
  echo "minute $minute: $line rss=${rss}MB"
done
kill "$sampler" 2>/dev/null || true
nmt_end=$(nmt || true)
if [ -n "$nmt_start" ] && [ -n "$nmt_end" ]; then
  {
    echo
    echo "Native memory tracking (committed MB), after the warm-up and at the end:"
    echo
    echo "| area | start | end | change |"
    echo "|---|---|---|---|"
    join <(echo "$nmt_start" | sed 's/ \([0-9]*\)$/|\1/' | sort -t'|' -k1,1) \
         <(echo "$nmt_end" | sed 's/ \([0-9]*\)$/|\1/' | sort -t'|' -k1,1) -t'|' \
      | awk -F'|' '{ printf "| %s | %d | %d | %+d |\n", $1, $2, $3, $3 - $2 }'
  } >> "$out"
fi
echo >> "$out"
echo "Peak RSS of the service over the run: $(bench_peak_rss_mb) MB. Non-2xx and socket errors in all: $failures." >> "$out"
echo "Written $out"
[ "$failures" -eq 0 ]
