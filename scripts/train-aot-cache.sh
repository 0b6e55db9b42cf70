#!/usr/bin/env bash
# Writes a JDK 25 AOT cache (JEP 483/514) for the packaged service: starts it once with -XX:AOTCacheOutput against
# the database in QUARKUS_DATASOURCE_*, waits until it is ready, sends a few requests, and stops it; the JVM writes
# the cache as it exits. Then start with -XX:AOTCache=<cache> (same JDK, same JVM options): ready in about 3 s
# instead of 5 (bench/README.md). Used by the Dockerfile; runs anywhere with a JDK 25 and curl.
#
#   QUARKUS_DATASOURCE_JDBC_URL=... scripts/train-aot-cache.sh <java> <quarkus-app dir> <cache file> [JVM options...]
set -euo pipefail
java=${1:?java binary}
app=${2:?quarkus-app directory}
cache=${3:?cache file to write}
shift 3
port=${TRAINING_HTTP_PORT:-8089}
management_port=${TRAINING_MANAGEMENT_PORT:-9089}

rm -f "$cache"
# A training run needs a bearer-token configuration only to start; the key is a throwaway made here.
key_dir=$(mktemp -d)
openssl genrsa -out "$key_dir/private.pem" 2048 2> /dev/null
openssl rsa -in "$key_dir/private.pem" -pubout -out "$key_dir/public.pem" 2> /dev/null
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$key_dir/public.pem" MP_JWT_VERIFY_ISSUER=https://liaison.invalid/training \
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management_port \
  "$java" "$@" -XX:AOTCacheOutput="$cache" -jar "$app/quarkus-run.jar" &
pid=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://localhost:$management_port/q/health/ready" && break
  sleep 0.1
done
# What every start and first requests load: health and metrics (management interface), the OpenAPI document, an
# unauthenticated API call (401).
curl -fs -o /dev/null "http://localhost:$management_port/q/health" || true
curl -fs -o /dev/null "http://localhost:$management_port/q/metrics" || true
curl -fs -o /dev/null "http://localhost:$port/q/openapi" || true
curl -s -o /dev/null "http://localhost:$port/api/v1/stakeholders" || true
kill -TERM "$pid"
wait "$pid" || true
rm -rf "$key_dir"
test -s "$cache" || { echo "no AOT cache was written" >&2; exit 1; }
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1))"
