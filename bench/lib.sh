#!/usr/bin/env bash
# Helpers the bench scripts share (source it): the bench database's connection, an API token for the load, and the
# packaged service started against the bench database in the prod profile.

bench_db=${LIAISON_BENCH_DB:-liaison_bench}
bench_port=${LIAISON_BENCH_HTTP_PORT:-8080}

# Starts (or finds) Debian's PostgreSQL and exports PG* for psql and the JDBC settings for the service.
bench_pg_env() {
  eval "$(scripts/debian-postgres.sh --env)"
  pg_port=$(echo "$QUARKUS_DATASOURCE_JDBC_URL" | sed -E 's#.*://[^:]+:([0-9]+)/.*#\1#')
  export PGHOST=localhost PGPORT=$pg_port PGUSER=$QUARKUS_DATASOURCE_USERNAME PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$bench_db"
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

# Starts target/quarkus-app (built if missing) against the bench database and waits until it is ready.
bench_start_app() {
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
  # The bench database was migrated by psql from the same files: Flyway takes it from there.
  local latest
  latest=$(ls src/main/resources/db/migration/V*.sql | sed -E 's#.*/V([0-9]+)__.*#\1#' | sort -n | tail -1)
  QUARKUS_FLYWAY_BASELINE_ON_MIGRATE=true QUARKUS_FLYWAY_BASELINE_VERSION="$latest" \
    QUARKUS_HTTP_PORT=$bench_port \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$(pwd)/src/main/resources/dev/jwt-public.pem" \
    MP_JWT_VERIFY_ISSUER=https://liaison.invalid/bench \
    java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "${BENCH_APP_LOG:-/tmp/liaison-bench-app.log}" 2>&1 &
  bench_app_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "localhost:$bench_port/q/health/ready" > /dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "the service did not become ready; see ${BENCH_APP_LOG:-/tmp/liaison-bench-app.log}" >&2
  return 1
}

bench_stop_app() { [ -n "${bench_app_pid:-}" ] && kill "$bench_app_pid" && wait "$bench_app_pid" 2>/dev/null || true; }
