#!/bin/bash
# Database restart under load (docs/reliability.md, part 5; issue 11.5). Two nodes behind nginx
# (deploy/nginx/integration-gateway.conf) on one PostgreSQL 15 database, the same load as crash-under-load.sh (4
# clients raising change requests through nginx, 3 live-stream subscribers) plus a signed-in browser session reading
# a page and a client reading the API every half second. PostgreSQL is stopped with `pg_ctlcluster 15 main stop -m
# fast`, left down for <outage> seconds, started; then the same with `-m immediate`. Checks: every acknowledged write
# is in the database, one stream event and one audit entry per change request; during the outage the API and the page
# answer 503 with Retry-After (never 500, never internal details); the nodes recover without a restart (same
# processes) and the writes go on; every subscriber gets every event once, in order (no gap after the restart); a new
# event reaches a subscriber within 3 s after the restart (the NOTIFY listener reconnected, not just the poll).
# Figures in <work>/figures.txt and <work>/summary.txt. 127.0.0.1 only; needs root (nginx from apt, PostgreSQL).
# usage: src/test/cluster/db-restart-under-load.sh <application jar> [outage seconds=45]
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
outage=${2:-45}
cluster_setup "$1" cluster_dbrestart
start_node a b
pids="${node_pid[a]} ${node_pid[b]}"
token=$(api_token); [ -n "$token" ] || { echo "no API token"; exit 1; }
first_cr=$(( $(psql -Atc "select coalesce(max(id), 0) from change_request") + 1 ))

# a signed-in browser session (form sign-in through nginx) and an API reader, each every half second
cookies=$work/cookies.txt
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
c=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | csrf)
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=pm@dataset.example" \
  --data-urlencode "password=dataset-demo" --data-urlencode "_csrf=$c" "$base/login"
leak='(	at |Exception|org\.springframework|org\.postgresql|java\.|SQLState|Whitelabel)'
reader() { # kind, url, curl options...: one line per answer: kind,status,retryAfter,leak
  local kind=$1 url=$2; shift 2
  while [ ! -e "$work/load/stop" ]; do
    local status
    status=$(curl -s -m 65 -o "$work/reader-$kind.body" -D "$work/reader-$kind.headers" -w '%{http_code}' "$@" "$url" || true)
    local retry; retry=$(grep -i '^retry-after:' "$work/reader-$kind.headers" | tr -d '\r' | awk '{print $2}' || true)
    local leaked=0; grep -Eq "$leak" "$work/reader-$kind.body" && leaked=1
    [ "$status" -ge 500 ] && [ ! -e "$work/reader-$kind-$status.body" ] && cp "$work/reader-$kind.body" "$work/reader-$kind-$status.body"
    echo "$kind,$status,$retry,$leaked,$(date +%s)" >> "$work/readers.csv"
    sleep 0.5
  done
}
started=$(now)
start_load 4 3 100
: > "$work/readers.csv"
reader page "$base/projects/1" -b "$cookies" &
readers_pids=$!
reader api "$base/api/projects/1/change-requests?size=5" -H "Authorization: Bearer $token" &
readers_pids="$readers_pids $!"
wait_for_acks 20

recovery=()
for mode in fast immediate; do
  sleep 5
  log "pg_ctlcluster 15 main stop -m $mode ($(acks) writes acknowledged so far)"
  pg_ctlcluster 15 main stop -m "$mode" || log "pg_ctlcluster stop -m $mode answered $?"
  down=$(now)
  sleep "$outage"
  before=$(acks)
  log "pg_ctlcluster 15 main start after $(since "$down") s down"
  pg_ctlcluster 15 main start
  up=$(now)
  wait_for_acks $(( before + 1 )) 180
  recovery+=("$(since "$up")")
  log "first write acknowledged $(since "$up") s after PostgreSQL started"
  wait_for_acks $(( $(acks) + 20 )) 120
done

# the NOTIFY listener is back: a new event reaches a subscriber promptly, whichever node wrote it
sub=$work/load/sub-1.csv
latencies=()
for i in $(seq 1 6); do
  sent=$(now)
  id=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"title\":\"After the restarts $i\",\"description\":\"x\",\"origin\":\"INTERNAL\",\"priority\":\"LOW\",\"changeClass\":\"NORMAL\",\"affectedItems\":[],\"submit\":true}" \
    "$base/api/projects/1/change-requests" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
  latency=99
  for _ in $(seq 1 100); do
    grep -q "^message,[0-9]*,change-request.raised,$id\$" "$sub" && { latency=$(since "$sent"); break; }
    sleep 0.05
  done
  latencies+=("$latency")
done
stop_load
wait $readers_pids
duration=$(since "$started")
log "load stopped after $duration s; verifying against the database"
verify_load "$first_cr" && result=passed || result=FAILED
alive=0; for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive=$((alive + 1)); done
[ "$alive" = 2 ] || { echo "FAILED: a node process died ($alive of 2 alive)"; result=FAILED; }
readers() { awk -F, -v k="$1" -v s="$2" '$1 == k && $2 == s' "$work/readers.csv" | wc -l; }
page_500=$(awk -F, '$1 == "page" && $2 >= 500 && $2 != 503' "$work/readers.csv" | wc -l)
api_500=$(awk -F, '$1 == "api" && $2 >= 500 && $2 != 503' "$work/readers.csv" | wc -l)
reader_503_no_retry=$(awk -F, '$2 == 503 && $3 == ""' "$work/readers.csv" | wc -l)
reader_leaks=$(awk -F, '$4 == 1' "$work/readers.csv" | wc -l)
for name in page_500 api_500 reader_503_no_retry reader_leaks; do
  [ "${!name}" = 0 ] || { echo "FAILED: $name = ${!name}"; result=FAILED; }
done
[ "$(readers page 503)" -gt 0 ] && [ "$(readers api 503)" -gt 0 ] || { echo "FAILED: no 503 seen by the readers"; result=FAILED; }
max=$(printf '%s\n' "${latencies[@]}" | sort -n | tail -1)
awk -v m="$max" 'BEGIN {exit !(m < 3)}' || { echo "FAILED: an event took $max s to reach the subscriber after the restarts"; result=FAILED; }
{
  echo "db-restart-under-load: $result"
  echo "PostgreSQL stopped twice (-m fast, -m immediate), $outage s down each time; run $duration s"
  echo "writes acknowledged $(figure writes_acknowledged) of $(figure writes_attempted) attempted, lost $(figure writes_acknowledged_lost), acknowledged twice $(figure writes_acknowledged_twice)"
  echo "change requests in the database $(figure change_requests_in_database) (not acknowledged to the client: $(figure change_requests_not_acknowledged))"
  echo "side effects not exactly once: stream events $(figure raised_events_not_exactly_one), audit entries $(figure raised_audit_entries_not_exactly_one)"
  echo "writers' answers by status (0 = no answer): $(awk '/^answers_[0-9]+ / {sub("answers_", ""); printf "%s: %s  ", $1, $2}' "$work/figures.txt")"
  echo "page reads: $(awk -F, '$1 == "page" {c[$2]++} END {for (s in c) printf "%s: %s  ", s, c[s]}' "$work/readers.csv")"
  echo "API reads: $(awk -F, '$1 == "api" {c[$2]++} END {for (s in c) printf "%s: %s  ", s, c[s]}' "$work/readers.csv")"
  echo "503 without Retry-After: $(( reader_503_no_retry + $(figure answers_503_without_retry_after) )), bodies with internal details: $(( reader_leaks + $(figure answers_with_internal_details) ))"
  echo "recovery (PostgreSQL started -> first write acknowledged): fast ${recovery[0]} s, immediate ${recovery[1]} s; nodes restarted: $((2 - alive))"
  echo "subscribers $(figure subscribers): events received $(figure subscriber_events_received), missing $(figure subscriber_events_missing), duplicate $(figure subscriber_events_duplicate), out of order $(figure subscriber_events_out_of_order), reconnects $(figure subscriber_reconnects), resyncs $(figure subscriber_resyncs)"
  echo "event delivery after the restarts (s): ${latencies[*]}"
} | tee "$work/summary.txt"
[ "$result" = passed ]
