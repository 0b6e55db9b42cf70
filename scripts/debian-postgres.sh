#!/usr/bin/env bash
# Installs Debian's PostgreSQL (15 on Debian 12) if missing, starts a cluster, and creates the role and the two
# databases Liaison uses (liaison for running, liaison_test for the test suite). Run as root. Idempotent.
#
#   sudo scripts/debian-postgres.sh              # set up, then print the variables to export
#   eval "$(sudo scripts/debian-postgres.sh --env)"   # set up and export them for the tests
#
# Settings: LIAISON_PG_PORT (5432), LIAISON_PG_USER (liaison), LIAISON_PG_PASSWORD (liaison).
set -euo pipefail

port=${LIAISON_PG_PORT:-5432}
role=${LIAISON_PG_USER:-liaison}
password=${LIAISON_PG_PASSWORD:-liaison}
print_env_only=false
[ "${1:-}" = "--env" ] && print_env_only=true

log() { echo "$@" >&2; }

if ! command -v pg_createcluster >/dev/null 2>&1; then
  log "Installing Debian's postgresql package..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if [ "$version" -lt 15 ]; then
  log "PostgreSQL $version is too old: Liaison needs 15 or newer"
  exit 1
fi

if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$version/main"; then
  pg_createcluster "$version" main --port "$port" >&2
fi
cluster_port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start >&2
fi

# As the postgres superuser over the socket, whatever PG* variables the caller has exported (the bench exports its own).
as_postgres() { env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -p "$cluster_port" "$@"; }

as_postgres -d postgres >&2 <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$role') then
    create role "$role" login password '$password';
  else
    alter role "$role" login password '$password';
  end if;
end \$\$;
SQL
for db in liaison liaison_test; do
  if ! as_postgres -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    as_postgres -d postgres -c "create database $db owner \"$role\"" >&2
  fi
  # The schema's tenure constraint uses btree_gist, which only a superuser may install.
  as_postgres -d "$db" -c "create extension if not exists btree_gist" >&2
done

cat <<ENV
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$cluster_port/liaison_test
export QUARKUS_DATASOURCE_USERNAME=$role
export QUARKUS_DATASOURCE_PASSWORD=$password
ENV
if ! $print_env_only; then
  log ""
  log "PostgreSQL $version is running on port $cluster_port. The lines above point the tests at liaison_test;"
  log "for the service use jdbc:postgresql://localhost:$cluster_port/liaison with the same user and password."
fi
