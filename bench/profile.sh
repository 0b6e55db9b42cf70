#!/usr/bin/env bash
# Profiles the packaged service under one benchmark scenario with async-profiler (from Maven Central; no install):
# starts the service, warms the scenario up, attaches the profiler for the measured run, and writes a flame graph
# (bench/tmp/profile-<scenario>.html) and collapsed stacks (bench/tmp/profile-<scenario>.collapsed), then prints
# the hottest frames.
#
#   sudo bench/profile.sh get-by-id                  # any scenario of bench/lua/scenario.lua
#   PROFILE_EVENT=alloc bench/profile.sh post-interaction
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
scenario=${1:?which scenario? (see bench/lua/scenario.lua)}
seconds=${BENCH_SECONDS:-30}
warmup=${WARMUP_SECONDS:-20}
event=${PROFILE_EVENT:-itimer} # perf events are not available in every VM; itimer always is
profiler_version=4.2

bench_require_wrk
lib=bench/tmp/async-profiler-$profiler_version/libasyncProfiler.so
if [ ! -f "$lib" ]; then
  ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$profiler_version
  mkdir -p "$(dirname "$lib")"
  unzip -o -q -j ~/.m2/repository/tools/profiler/async-profiler/$profiler_version/async-profiler-$profiler_version.jar \
    linux-x64/libasyncProfiler.so -d "$(dirname "$lib")"
fi
lib=$(realpath "$lib")

bench_pg_env
bench_pg_settings
bench_start_app
trap bench_stop_app EXIT
export BENCH_TOKEN=$(bench_token)
bench_write_ids

SCENARIO=$scenario wrk -t2 -c32 -d"${warmup}s" -s bench/lua/scenario.lua "http://localhost:$bench_port" > /dev/null
out=$(realpath bench/tmp)/profile-$scenario
# jcmd reads name=value pairs itself: the whole option string goes quoted.
jcmd "$bench_app_pid" JVMTI.agent_load "$lib" "\"start,event=$event,interval=1ms\"" > /dev/null
SCENARIO=$scenario wrk -t2 -c32 -d"${seconds}s" --timeout 10s -s bench/lua/scenario.lua \
  "http://localhost:$bench_port" | grep '^RESULT'
jcmd "$bench_app_pid" JVMTI.agent_load "$lib" "\"stop,file=$out.collapsed,collapsed\"" > /dev/null
jcmd "$bench_app_pid" JVMTI.agent_load "$lib" "\"stop,file=$out.html\"" > /dev/null 2>&1 || true
echo "flame graph data: $out.collapsed"

# Self time per frame, and the share of samples under a few frames worth knowing.
python3 - "$out.collapsed" <<'PY'
import sys, collections
self_time, total = collections.Counter(), 0
under = collections.Counter()
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n); total += n
    frames = stack.split(";")
    self_time[frames[-1]] += n
    for f in set(frames):
        under[f] += n
print(f"{total} samples\n-- self --")
for f, n in self_time.most_common(25):
    print(f"{100*n/total:5.1f}%  {f}")
print("-- total (inclusive), top 60 --")
for f, n in under.most_common(60):
    print(f"{100*n/total:5.1f}%  {f}")
PY
