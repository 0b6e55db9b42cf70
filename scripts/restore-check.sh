#!/usr/bin/env bash
# Backup and restore drill (README, "Backup and restore"): dumps a database with pg_dump, restores the dump into a
# fresh database with pg_restore, then runs the packaged service against the original and against the copy and
# checks that both serve exactly the same data, list by list. Leaves the copy and the dump for inspection.
#
#   sudo scripts/restore-check.sh [database]        # default: liaison, on Debian's PostgreSQL (scripts/debian-postgres.sh)
#
# The two service instances listen on 127.0.0.1 only (ports 18181 and 18182, their management interfaces 19181 and
# 19182), for the length of the check, and are read from with a short-lived token signed by a key made for this run.
set -euo pipefail
cd "$(dirname "$0")/.."

source_db=${1:-liaison}
copy_db="${source_db}_restored"
dump="${TMPDIR:-/tmp}/${source_db}-$(date +%Y%m%d-%H%M%S).dump"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

eval "$(scripts/debian-postgres.sh --env)"
pg_port=$(echo "$QUARKUS_DATASOURCE_JDBC_URL" | sed -E 's#.*://[^:]+:([0-9]+)/.*#\1#')
as_superuser() { env -u PGHOST -u PGUSER -u PGPASSWORD runuser -u postgres -- "$@"; }

echo "1. Backing up $source_db to $dump (pg_dump, custom format)"
as_superuser pg_dump -p "$pg_port" -Fc -d "$source_db" -f "$dump.tmp" && mv "$dump.tmp" "$dump"

echo "2. Restoring it into $copy_db (pg_restore, owners kept)"
as_superuser dropdb -p "$pg_port" --if-exists "$copy_db"
as_superuser createdb -p "$pg_port" -O "$QUARKUS_DATASOURCE_USERNAME" "$copy_db"
as_superuser pg_restore -p "$pg_port" --exit-on-error -d "$copy_db" "$dump"

echo "3. Serving both and comparing what they serve"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"https://liaison.invalid/restore-check","aud":"liaison","sub":"restore-check","upn":"restore-check@example.org","groups":["ADMIN"],"iat":%s,"exp":%s}' \
  "$now" "$((now + 900))" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$work/key.pem" -binary | b64url)
token="$header.$claims.$signature"

serve() { # database port (its management interface, for readiness, on the port + 1000)
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$1" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$2 \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$(($2 + 1000)) \
    QUARKUS_FLYWAY_MIGRATE_AT_START=false MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" \
    MP_JWT_VERIFY_ISSUER=https://liaison.invalid/restore-check \
    java -jar target/quarkus-app/quarkus-run.jar > "$work/service-$2.log" 2>&1 &
  for _ in $(seq 1 120); do
    curl -fs "127.0.0.1:$(($2 + 1000))/q/health/ready" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the service on $1 did not become ready:" >&2; tail -20 "$work/service-$2.log" >&2; return 1
}
serve "$source_db" 18181
serve "$copy_db" 18182

lists=(
  "stakeholders?includeArchived=true" "posts?includeArchived=true" "team-members?includeArchived=true"
  "plans" "interactions" "alerts?includeAcknowledged=true" "coverage?includeArchived=true" "organisations?includeArchived=true"
)
differences=0
for list in "${lists[@]}"; do
  for port in 18181 18182; do
    curl -fs -H "Authorization: Bearer $token" -H 'Accept: text/csv' "127.0.0.1:$port/api/v1/$list" > "$work/$port.csv" \
      || curl -fs -H "Authorization: Bearer $token" "127.0.0.1:$port/api/v1/$list&size=500" > "$work/$port.csv"
  done
  if head -c1 "$work/18181.csv" | grep -q '{'; then rows="first 500, JSON"; else rows="$(($(wc -l < "$work/18181.csv") - 1)) rows"; fi
  if cmp -s "$work/18181.csv" "$work/18182.csv"; then
    echo "   same   $list ($rows)"
  else
    echo "   DIFFER $list"; differences=$((differences + 1))
    diff "$work/18181.csv" "$work/18182.csv" | head -6 | cut -c1-200 | sed 's/^/      /'
  fi
done
audit_source=$(curl -fs -H "Authorization: Bearer $token" "127.0.0.1:18181/api/v1/audit?size=1" | sed -E 's/.*"totalItems":([0-9]+).*/\1/')
audit_copy=$(curl -fs -H "Authorization: Bearer $token" "127.0.0.1:18182/api/v1/audit?size=1" | sed -E 's/.*"totalItems":([0-9]+).*/\1/')
if [ "$audit_source" = "$audit_copy" ]; then echo "   same   audit ($audit_source entries)"; else echo "   DIFFER audit"; differences=$((differences + 1)); fi

if [ "$differences" -eq 0 ]; then
  echo "Restore check passed: $copy_db serves the same data as $source_db. Dump kept at $dump."
else
  echo "Restore check FAILED: $differences lists differ." >&2
  exit 1
fi
