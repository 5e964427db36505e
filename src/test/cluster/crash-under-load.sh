#!/bin/bash
# Crash of a node under load (docs/reliability.md, part 4; issue 11.4). Two nodes behind nginx
# (deploy/nginx/integration-gateway.conf) on one PostgreSQL 15 database; 4 clients raise change requests through
# nginx with a personal API token and record every acknowledged write (id and title); 3 subscribers follow the
# project's live stream through nginx with the eventsource library and record every event id. Each round lets the
# load run for a random 3-10 s, then `kill -9` a node chosen at random, waits for the load to go on through the other
# node, restarts the killed node and waits for it to be ready. Then, from PostgreSQL: every acknowledged write is
# there (id and title), exactly one `change-request.raised` stream event and one audit entry per change request,
# every subscriber received every event of its topic exactly once and in order after it resumed on the other node.
# Figures in <work>/figures.txt and <work>/summary.txt. 127.0.0.1 only; needs root (nginx from apt, PostgreSQL).
# usage: src/test/cluster/crash-under-load.sh <application jar> [rounds=5]
#        CLUSTER_VERIFY_ONLY=<work directory of a run> src/test/cluster/crash-under-load.sh   (verify its records again)
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
if [ -n "${CLUSTER_VERIFY_ONLY:-}" ]; then
  cluster_attach "$CLUSTER_VERIFY_ONLY" cluster_crash
  source "$work/run.env"
else
rounds=${2:-5}
cluster_setup "$1" cluster_crash
start_node a b
token=$(api_token); [ -n "$token" ] || { echo "no API token"; exit 1; }
first_cr=$(( $(psql -Atc "select coalesce(max(id), 0) from change_request") + 1 ))
echo "first_cr=$first_cr rounds=$rounds" > "$work/run.env"
started=$(now)
start_load 4 3 100
wait_for_acks 20
recovery_total=0
for round in $(seq 1 "$rounds"); do
  sleep "$(( RANDOM % 8 + 3 )).$(( RANDOM % 10 ))"
  victim=$([ $((RANDOM % 2)) = 0 ] && echo a || echo b)
  before=$(acks)
  log "round $round: kill -9 node $victim ($before writes acknowledged so far)"
  killed=$(now)
  kill_node "$victim" KILL
  wait_for_acks $(( $(acks) + 10 )) 60
  log "round $round: the load goes on through the other node ($(acks) acknowledged, $(since "$killed") s after the kill)"
  start_node "$victim"
done
sleep 3
stop_load
duration=$(since "$started")
echo "duration=$duration" >> "$work/run.env"
fi
log "verifying against the database"
verify_load "$first_cr" && result=passed || result=FAILED
{
  echo "crash-under-load: $result"
  echo "rounds $rounds (kill -9 of a random node, restart), duration $duration s"
  echo "writes acknowledged $(figure writes_acknowledged) of $(figure writes_attempted) attempted, lost $(figure writes_acknowledged_lost), acknowledged twice $(figure writes_acknowledged_twice)"
  echo "change requests in the database $(figure change_requests_in_database) (not acknowledged to the client: $(figure change_requests_not_acknowledged))"
  echo "side effects not exactly once: stream events $(figure raised_events_not_exactly_one), audit entries $(figure raised_audit_entries_not_exactly_one)"
  echo "subscribers $(figure subscribers): events received $(figure subscriber_events_received), missing $(figure subscriber_events_missing), duplicate $(figure subscriber_events_duplicate), out of order $(figure subscriber_events_out_of_order), reconnects $(figure subscriber_reconnects), resyncs $(figure subscriber_resyncs)"
  echo "answers by status (0 = no answer): $(awk '/^answers_[0-9]+ / {sub("answers_", ""); printf "%s: %s  ", $1, $2}' "$work/figures.txt")"
} | tee "$work/summary.txt"
[ "$result" = passed ]
