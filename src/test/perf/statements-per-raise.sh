#!/bin/bash
# How many SQL statements PostgreSQL runs for one change request raised and submitted through the API (docs/performance.md).
# Needs pg_stat_statements (shared_preload_libraries = 'pg_stat_statements', then CREATE EXTENSION in the database)
# and a running instance on that database. Counts the statements of <n> raises one after the other, minus those of
# the idle background work (measured for 10 s first, scaled to the raises' duration).
# usage: statements-per-raise.sh <base URL> <API token> <project id> [n=20]   (psql as the postgres user, database $PGDATABASE)
set -euo pipefail
base=$1; token=$2; project=$3; n=${4:-20}; db=${PGDATABASE:-gateway_perf}
q() { su postgres -c "psql -d $db -Atc \"$1\""; }
total() { q "select coalesce(sum(calls),0) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$db'"; }
q "select pg_stat_statements_reset()" >/dev/null
s=$(date +%s.%N); sleep 10; idle=$(total); idle_s=$(echo "$(date +%s.%N) - $s" | bc)
q "select pg_stat_statements_reset()" >/dev/null
s=$(date +%s.%N)
for i in $(seq 1 "$n"); do
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Counted change $i\",\"description\":\"Raised to count statements.\",\"origin\":\"INTERNAL\",\"priority\":\"MEDIUM\",\"changeClass\":\"NORMAL\",\"affectedItems\":[{\"itemKey\":\"SPEC-3\",\"category\":\"mechanical\"}],\"submit\":true}" \
    "$base/api/projects/$project/change-requests"
done | sort | uniq -c
busy=$(total); busy_s=$(echo "$(date +%s.%N) - $s" | bc)
echo "statements per raise: $(echo "($busy - $idle * $busy_s / $idle_s) / $n" | bc -l | cut -c1-5)"
q "select calls, left(regexp_replace(query, '\s+', ' ', 'g'), 100) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$db' and calls >= $n order by calls desc"
