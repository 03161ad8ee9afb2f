#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the team-database tests (connectors/postgres) and prints the
# environment the tests read. Usage:  eval "$(bash .ci/postgres.sh)"
# The server runs as the unprivileged "postgres" service user, listens on 127.0.0.1 only, keeps its files under
# ${PROFILELENS_PG_DIR:-/tmp/profilelens-pg} and is reused when already running.
set -euo pipefail

port="${PROFILELENS_PG_PORT:-54329}"
dir="${PROFILELENS_PG_DIR:-/tmp/profilelens-pg}"
password="${PROFILELENS_TEST_PG_PASSWORD:-profilelens-test}"
db=profilelens_test

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed and this is not root: install the postgresql package" >&2
    exit 1
  fi
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; } >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

run_as_service() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  pwfile="$(mktemp)"
  printf '%s\n' "$password" >"$pwfile"
  chmod 644 "$pwfile"
  run_as_service "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" \
    -E UTF8 --locale=C.UTF-8 >&2
  rm -f "$pwfile"
fi
if ! run_as_service "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  run_as_service "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200" \
    start >&2
fi

export PGPASSWORD="$password"
psql_admin() {
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q "$@"
}
if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  # The same roles a team creates with docs/team/setup.sql, plus one login per role for the tests.
  psql_admin -d postgres -v db="$db" -v password="$password" -f connectors/postgres/src/main/resources/team/setup.sql >&2
  psql_admin -d postgres -v password="$password" >&2 <<'SQL'
CREATE ROLE pl_admin LOGIN PASSWORD :'password' IN ROLE profilelens_admin;
CREATE ROLE pl_editor LOGIN PASSWORD :'password' IN ROLE profilelens_editor;
CREATE ROLE pl_editor2 LOGIN PASSWORD :'password' IN ROLE profilelens_editor;
CREATE ROLE pl_viewer LOGIN PASSWORD :'password' IN ROLE profilelens_viewer;
CREATE ROLE pl_nobody LOGIN PASSWORD :'password';
SQL
fi

# Schemas left by earlier test runs on a reused server (each test class migrates one of its own).
psql_admin -d "$db" -tAc "SELECT nspname FROM pg_namespace WHERE nspname ~ '^(t|cli|app|bench)_[0-9a-f]+$'" \
  | while read -r schema; do psql_admin -d "$db" -c "DROP SCHEMA \"$schema\" CASCADE" >/dev/null 2>&1 || true; done

echo "export PROFILELENS_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/$db"
echo "export PROFILELENS_TEST_PG_PASSWORD=$password"
echo "export PROFILELENS_TEST_PG_PORT=$port"
