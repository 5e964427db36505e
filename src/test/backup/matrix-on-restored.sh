#!/bin/bash
# The authorization matrix on a restored database (docs/reliability.md, part 8): loads the Kestrel demo organisation
# into a PostgreSQL database through the application's own migrations and demo script, backs it up with pg_dump
# (custom format), restores it with pg_restore into a fresh database, compares every table (row count and checksum)
# and sequence, then starts the application on the restored database (a Spring Boot test context: migrations
# checked, every bean up) and runs the whole authorization matrix there (AuthorizationMatrixRun: every endpoint,
# every persona, every scope of security/authorization-matrix.csv).
# Needs a local PostgreSQL 15 server with its client tools (Debian: postgresql-15; `pg_ctlcluster 15 main start`) and
# runs as root (it uses the postgres account to create the role and databases). 127.0.0.1 only. About 10 minutes.
# usage, from the project's root: src/test/backup/matrix-on-restored.sh   (MAVEN_OFFLINE=1 builds without a network)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
as_postgres() { env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE su postgres -c "$*"; }
export PGHOST=127.0.0.1 PGUSER=backup PGPASSWORD=backup
as_postgres "psql -qc \"drop database if exists gateway_matrix_source\"" >/dev/null
as_postgres "psql -qc \"drop database if exists gateway_matrix_restored\"" >/dev/null
as_postgres "psql -qc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'backup') then create role backup login password 'backup'; end if; end \\\$\\\$\""
as_postgres "createdb -O backup gateway_matrix_source"

mvn=(./mvnw -B -q ${MAVEN_OFFLINE:+-o})
run_on() { # database, test class: one test class of the test sources, its Spring context on that database
  "${mvn[@]}" surefire:test@default-test -Dtest="$2" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$1" -Dspring.datasource.username=backup \
    -Dspring.datasource.password=backup
}

echo "== compiling the tests"
"${mvn[@]}" test-compile > "$work/compile.log" 2>&1 || { tail -40 "$work/compile.log"; exit 1; }

echo "== migrations and the demo organisation into gateway_matrix_source"
run_on gateway_matrix_source DemoOrganisationIntoPostgresRun > "$work/seed.log" 2>&1 || { tail -60 "$work/seed.log"; exit 1; }

. "$here/restore-check.sh"
backup_restore_compare gateway_matrix_source gateway_matrix_restored "$work"

echo "== the authorization matrix on gateway_matrix_restored"
rm -f target/authorization-matrix-figures.txt
if run_on gateway_matrix_restored AuthorizationMatrixRun > "$work/matrix.log" 2>&1; then
  head -8 target/authorization-matrix-figures.txt
  echo "matrix on the restored database passed"
else
  if [ -f target/authorization-matrix-figures.txt ]; then head -60 target/authorization-matrix-figures.txt; else tail -60 "$work/matrix.log"; fi
  exit 1
fi
