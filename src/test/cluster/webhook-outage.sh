#!/bin/bash
# Webhook receiver outage (docs/reliability.md, part 6; issue 11.6), in real time: two nodes behind nginx
# (deploy/nginx/integration-gateway.conf) on one PostgreSQL 15 database, a webhook endpoint for `change-request.*`
# pointing at a local receiver (receiver.mjs, verifying every delivery with the independent standardwebhooks
# library), one client raising a change request through nginx every second. The receiver runs for a while, is
# stopped for <minutes> (connections refused), then started again; the writes stop when it is back. Checks: every
# event id of the endpoint's types delivered and verified, exactly one acknowledged delivery per id (receiver's record
# and the delivery log webhook_attempt), in position order, and how long the backlog took to drain.
# Settings for the run (NODE_ARGS): receivers on 127.0.0.1 allowed, back-off capped at RETRY_CAP (default 30s),
# disabled after DISABLE_AFTER consecutive failures (default 100; the product's default of 10 with a 10 min cap
# disables the endpoint after about 8.5 min of failures, see docs/webhooks.md).
# Figures in <work>/summary.txt. 127.0.0.1 only; needs root (nginx from apt, PostgreSQL).
# usage: src/test/cluster/webhook-outage.sh <application jar> [minutes=10]
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
minutes=${2:-10}
NODE_ARGS="--gateway.webhooks.allow-private-targets=true --gateway.webhooks.retry-cap=${RETRY_CAP:-30s} --gateway.webhooks.disable-after=${DISABLE_AFTER:-100} ${NODE_ARGS:-}"
cluster_setup "$1" cluster_webhooks
start_node a b
admin=$(api_token admin@dataset.example); token=$(api_token); [ -n "$admin" ] && [ -n "$token" ] || { echo "no API token"; exit 1; }
created=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"url":"http://127.0.0.1:18090/hook","description":"outage check","eventTypes":["change-request.*"]}' "$base/api/admin/webhooks")
endpoint=$(echo "$created" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
secret=$(echo "$created" | grep -o '"secret":"[^"]*"' | cut -d'"' -f4)
[ -n "$endpoint" ] && [ -n "$secret" ] || { echo "could not register the endpoint: $created"; exit 1; }
first_position=$(psql -Atc "select position from webhook_cursor where endpoint_id = $endpoint")
log "endpoint $endpoint registered (cursor at position ${first_position:-?})"
deliveries=$work/deliveries.csv; : > "$deliveries"
receiver_pid=
start_receiver() { node "$here/receiver.mjs" 18090 "$secret" "$deliveries" >> "$work/receiver.log" 2>&1 & receiver_pid=$!; }
start_receiver
start_load 1 0 1000
for _ in $(seq 1 300); do [ "$(wc -l < "$deliveries")" -ge 5 ] && break; sleep 0.2; done
kill "$receiver_pid"; wait "$receiver_pid" 2>/dev/null || true; receiver_pid=
down=$(now)
log "receiver stopped for $minutes min ($(wc -l < "$deliveries") deliveries so far)"
sleep "$(( minutes * 60 ))"
start_receiver
back=$(now)
stop_load
last=$(psql -Atc "select max(position) from stream_event where type like 'change-request.%'")
log "receiver back after $(since "$down") s; writes stopped; waiting for the backlog up to position $last"
drained=
for _ in $(seq 1 3000); do
  if awk -F, -v p="$last" '$5 == 200 && $3 == p {found = 1} END {exit !found}' "$deliveries"; then drained=$(since "$back"); break; fi
  sleep 0.2
done
[ -n "$drained" ] || { echo "FAILED: the backlog did not drain within 10 min"; }
psql -v ON_ERROR_STOP=1 -Atq -F ' ' > "$work/figures.txt" <<SQL
create temp table delivery (at_ms bigint, line int generated always as identity, event_id uuid, position bigint, type text, status int);
\copy delivery (at_ms, event_id, position, type, status) from '$deliveries' with (format csv)
create temp table expected as select id, position from stream_event
  where type like 'change-request.%' and audience <> 'PERSON' and position > ${first_position:-0} and position <= $last;
select 'events_expected', count(*) from expected;
select 'events_written_during_outage', count(*) from stream_event e join expected x on x.id = e.id
  where e.occurred_at > to_timestamp(${down%.*}) and e.occurred_at < to_timestamp(${back%.*});
select 'events_not_delivered', count(*) from expected x where not exists
  (select from delivery d where d.event_id = x.id and d.status = 200);
select 'events_acknowledged_more_than_once', count(*) from
  (select event_id from delivery where status = 200 group by event_id having count(*) > 1) d;
select 'deliveries_not_verified', count(*) from delivery where status <> 200;
select 'deliveries_out_of_order', count(*) from
  (select position, lag(position) over (order by line) prev from delivery where status = 200) o where position <= prev;
select 'deliveries_unexpected', count(*) from delivery d where not exists (select from expected x where x.id = d.event_id);
select 'log_events_acknowledged_not_once', count(*) from expected x where
  (select count(*) from webhook_attempt a where a.endpoint_id = $endpoint and a.event_id = x.id
     and a.status_code between 200 and 299) <> 1;
select 'log_failed_attempts', count(*) from webhook_attempt where endpoint_id = $endpoint and
  (status_code is null or status_code not between 200 and 299);
select 'endpoint_enabled', enabled from webhook_endpoint where id = $endpoint;
SQL
cat "$work/figures.txt"
result=passed
for name in events_not_delivered events_acknowledged_more_than_once deliveries_not_verified deliveries_out_of_order \
    deliveries_unexpected log_events_acknowledged_not_once; do
  [ "$(figure "$name")" = 0 ] || { echo "FAILED: $name = $(figure "$name")"; result=FAILED; }
done
[ "$(figure events_written_during_outage)" -gt 0 ] && [ -n "$drained" ] || result=FAILED
{
  echo "webhook-outage: $result"
  echo "receiver down $minutes min; events of the endpoint's types: $(figure events_expected) ($(figure events_written_during_outage) written during the outage)"
  echo "not delivered $(figure events_not_delivered), acknowledged more than once $(figure events_acknowledged_more_than_once) (delivery log: $(figure log_events_acknowledged_not_once) not exactly once), out of order $(figure deliveries_out_of_order), not verified $(figure deliveries_not_verified)"
  echo "failed attempts during the outage $(figure log_failed_attempts) (back-off cap ${RETRY_CAP:-30s}); endpoint still enabled: $(figure endpoint_enabled)"
  echo "backlog drained ${drained:-never} s after the receiver came back"
} | tee "$work/summary.txt"
[ "$result" = passed ]
