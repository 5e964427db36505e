#!/bin/bash
# The nginx example configuration, tested (docs/deployment.md; issue 12.2): two nodes behind nginx configured by
# deploy/nginx/integration-gateway.conf verbatim, on one PostgreSQL 15 database. Checks, all through nginx:
#  1. the readiness check answers UP (through nginx and on each node);
#  2. sign-in with the form, then pages on both nodes with the same session (sessions are in the database), and a
#     write with the session and its CSRF token; a write with an API token, read back;
#  3. a live-stream subscriber (the eventsource library) gets each new event promptly (nginx does not buffer the
#     stream): 10 writes, each event must arrive within 3 s (a buffered stream holds it back until its buffer fills);
#  4. the balancer keeps serving when one node is stopped (graceful stop of node a, then kill -9 of node b after a
#     restarted): 20 reads and 5 writes each time, all answered 2xx, and the subscriber resumes with no gap.
# 127.0.0.1 only; needs root (nginx from apt, PostgreSQL). usage: src/test/cluster/nginx-check.sh <application jar>
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
cluster_setup "$1" cluster_nginx
start_node a b
failures=0
check() { # description, condition (evaluated)
  if eval "$2"; then log "ok: $1"; else log "FAILED: $1"; failures=$((failures + 1)); fi
}

# 1. readiness
r=$(curl -s "$base/actuator/health/readiness")
check "readiness through nginx: $r" '[ "$r" = "{\"status\":\"UP\"}" ]'
for name in a b; do
  s=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${node_port[$name]}/actuator/health/readiness")
  check "readiness of node $name: $s" '[ "$s" = 200 ]'
done

# 2. sign-in and writes through nginx
jar_file=$work/cookies.txt
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
c=$(curl -s -c "$jar_file" -b "$jar_file" "$base/login" | csrf)
location=$(curl -s -c "$jar_file" -b "$jar_file" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=pm@dataset.example" \
  --data-urlencode "password=dataset-demo" --data-urlencode "_csrf=$c" "$base/login")
check "form sign-in through nginx redirects to the application ($location)" '[[ "$location" == http://127.0.0.1:18080/* ]] && [[ "$location" != *error* ]]'
pages_ok=0
for _ in $(seq 1 10); do
  s=$(curl -s -b "$jar_file" -o "$work/page.html" -w '%{http_code}' "$base/projects/1")
  [ "$s" = 200 ] && grep -q 'P0001' "$work/page.html" && pages_ok=$((pages_ok + 1))
done
upstreams=$(grep 'GET /projects/1 ' "$work/nginx/logs/access.log" | awk '{print $NF}' | sort -u | tr '\n' ' ')
check "10 signed-in page views through nginx with one session: $pages_ok answered 200, served by $upstreams" \
  '[ "$pages_ok" = 10 ] && [ "$(echo $upstreams | wc -w)" = 2 ]'
c=$(curl -s -b "$jar_file" "$base/account/tokens" | csrf)
token=$(curl -s -b "$jar_file" -H "X-CSRF-TOKEN: $c" -H 'Content-Type: application/json' \
  -d '{"name":"nginx check","expiresInDays":1}' "$base/api/account/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
check "a write with the session and its CSRF token (a personal API token created)" '[ -n "$token" ]'
s=$(curl -s -b "$jar_file" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"name":"no csrf","expiresInDays":1}' "$base/api/account/tokens")
check "the same write without the CSRF token is refused: $s" '[ "$s" = 403 ]'
api() { curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
raise() { api -d "{\"title\":\"$1\",\"description\":\"nginx check\",\"origin\":\"INTERNAL\",\"priority\":\"LOW\",\"changeClass\":\"NORMAL\",\"affectedItems\":[],\"submit\":true}" \
  "$base/api/projects/1/change-requests" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true; }
id=$(raise "Raised through nginx")
back=$(api "$base/api/change-requests/$id" | grep -o '"title":"[^"]*"' | head -1)
check "a write with an API token through nginx, read back: CR $id $back" '[ "$back" = "\"title\":\"Raised through nginx\"" ]'
forwarded=$(api -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' "$base/api/change-requests/$id")
check "X-Forwarded-* set by nginx are accepted by the nodes: $forwarded" '[ "$forwarded" = 200 ]'

# 3. a subscriber through nginx gets each event promptly
start_load 0 1
sub=$work/load/sub-1.csv
for _ in $(seq 1 100); do grep -q '^connected' "$sub" 2>/dev/null && break; sleep 0.1; done
check "a live-stream subscriber connected through nginx" 'grep -q "^connected" "$sub"'
arrival() { # change request id -> seconds until its raised event is in the subscriber's file, or 99
  local from=$2
  for _ in $(seq 1 60); do
    grep -q "^message,[0-9]*,change-request.raised,$1\$" "$sub" && { since "$from"; return; }
    sleep 0.05
  done
  echo 99
}
latencies=()
for i in $(seq 1 10); do
  sent=$(now); id=$(raise "Live through nginx $i"); latencies+=("$(arrival "$id" "$sent")")
done
max=$(printf '%s\n' "${latencies[@]}" | sort -n | tail -1)
check "10 events reached the subscriber through nginx, each within 3 s of the write (seconds: ${latencies[*]})" \
  'awk -v m="$max" "BEGIN {exit !(m < 3)}"'

# 4. one node stopped: the balancer keeps serving
serve() { # label: 20 reads and 5 writes through nginx, all must answer 2xx
  local ok=0 s
  for _ in $(seq 1 20); do
    s=$(api -o /dev/null -w '%{http_code}' "$base/api/projects/1/change-requests?size=5"); [ "$s" = 200 ] && ok=$((ok + 1))
  done
  for i in $(seq 1 5); do [ -n "$(raise "$1 $i")" ] && ok=$((ok + 1)); done
  check "$1: $ok of 25 requests through nginx answered 2xx" '[ "$ok" = 25 ]'
}
kill_node a TERM
serve "node a stopped (graceful)"
start_node a
kill_node b KILL
serve "node b killed (kill -9)"
id=$(raise "After the stops")
a=$(arrival "$id" "$(now)")
check "the subscriber resumed on the remaining node and got the event written after the stops" '[ "$a" != 99 ]'
start_node b
stop_load
verify_load "$(psql -Atc "select min(id) from change_request where title = 'Raised through nginx'")" >/dev/null || true
check "no event missing or duplicate for the subscriber across the stops (missing $(figure subscriber_events_missing), duplicate $(figure subscriber_events_duplicate), reconnects $(figure subscriber_reconnects))" \
  '[ "$(figure subscriber_events_missing)" = 0 ] && [ "$(figure subscriber_events_duplicate)" = 0 ]'
echo "nginx-check: $([ $failures = 0 ] && echo passed || echo "FAILED ($failures)")" | tee "$work/summary.txt"
[ $failures = 0 ]
