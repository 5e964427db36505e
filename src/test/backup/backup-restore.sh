#!/bin/bash
# Backup and restore check (docs/reliability.md, part 8): fills a PostgreSQL database with a generated organisation,
# backs it up with pg_dump (custom format), restores it with pg_restore into a fresh database, compares every table
# (row count and a checksum of its rows) and every sequence, then starts the application on the restored database
# and checks that it reads and writes there.
# Needs a local PostgreSQL 15 server with its client tools (Debian: postgresql-15; `pg_ctlcluster 15 main start`) and
# runs as root (it uses the postgres account to create the role and databases). 127.0.0.1 only.
# usage: src/test/backup/backup-restore.sh <application jar> [scale=0.05]
set -euo pipefail
jar=$(realpath "$1"); scale=${2:-0.05}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
app=
as_postgres() { env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE su postgres -c "$*"; }
export PGHOST=127.0.0.1 PGUSER=backup PGPASSWORD=backup
as_postgres "psql -qc \"drop database if exists gateway_backup_source\"" >/dev/null
as_postgres "psql -qc \"drop database if exists gateway_backup_restored\"" >/dev/null
as_postgres "psql -qc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'backup') then create role backup login password 'backup'; end if; end \\\$\\\$\""
as_postgres "createdb -O backup gateway_backup_source"

run_app() { # database, then extra arguments; replaces the (sub)shell it runs in, so `run_app … &` gives java's pid
  local db=$1; shift
  GATEWAY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" GATEWAY_DB_USER=backup GATEWAY_DB_PASSWORD=backup \
    GATEWAY_SECURE_COOKIE=false exec java -Xmx256m -jar "$jar" --spring.profiles.active=postgres "$@"
}

echo "== generating scale $scale into gateway_backup_source"
(run_app gateway_backup_source --gateway.dataset.generate=true --gateway.dataset.scale="$scale" --gateway.dataset.seed=42 \
  --server.port=0) > "$work/generate.log" 2>&1 || { tail -30 "$work/generate.log"; exit 1; }

. "$here/restore-check.sh"
backup_restore_compare gateway_backup_source gateway_backup_restored "$work"

echo "== the application on the restored database"
run_app gateway_backup_restored --server.port=18099 > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:18099/actuator/health >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { tail -30 "$work/app.log"; exit 1; }
  sleep 1
done
token=$("$here/../perf/api-token.sh" http://127.0.0.1:18099 admin@dataset.example dataset-demo | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
[ -n "$token" ] || { echo "could not sign in on the restored database"; exit 1; }
check() { # expected status, method, path, [body]
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X "$2" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    ${4:+-d "$4"} "http://127.0.0.1:18099$3")
  [ "$status" = "$1" ] || { echo "$2 $3 answered $status, expected $1"; exit 1; }
  echo "$2 $3 -> $status"
}
check 200 GET /api/portfolio/board
check 200 GET "/api/projects/1/change-requests?size=25&state=APPROVED&sort=priority,desc"
check 200 GET /projects/1
# a write by the manager of P0001: its id comes after the restored ones, so the sequences came back too
token=$("$here/../perf/api-token.sh" http://127.0.0.1:18099 pm@dataset.example dataset-demo | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
raised=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"title":"Raised after the restore","description":"Backup check.","origin":"INTERNAL","priority":"LOW","changeClass":"NORMAL","affectedItems":[],"submit":true}' \
  http://127.0.0.1:18099/api/projects/1/change-requests | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
before=$(psql -d gateway_backup_source -Atc "select max(id) from change_request")
[ -n "$raised" ] && [ "$raised" -gt "$before" ] || { echo "raising after the restore failed (id '$raised', last restored $before)"; exit 1; }
echo "POST /api/projects/1/change-requests -> CR-$raised (last restored CR-$before)"
echo "restore check passed"
