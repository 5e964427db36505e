#!/bin/bash
# Shared by the cluster scripts (sourced, not run): a fresh PostgreSQL database on the local PostgreSQL 15 cluster,
# a small generated organisation in it, two nodes of the application jar and nginx in front of them, configured by
# deploy/nginx/integration-gateway.conf verbatim. Everything listens on 127.0.0.1 only: nginx 18080, nodes 18081 and
# 18082. Runs as root (apt-get for nginx when missing, the postgres account for the database); nginx runs as a
# foreground process of this script with its prefix, pid and logs under the work directory, not as a service.
# Every process started here is stopped by cluster_cleanup (the scripts' EXIT trap), the PostgreSQL cluster too
# when this script started it.
set -euo pipefail
cluster_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$cluster_dir/../../.." && pwd)
base=http://127.0.0.1:18080
declare -A node_pid=() node_port=([a]=18081 [b]=18082)
nginx_pid= load_pid= pg_started=

as_postgres() { env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE su postgres -c "$*"; }
log() { echo "[$(date +%H:%M:%S)] $*"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc | awk '{printf "%.1f", $1}'; }

# cluster_setup <jar> <name>: work directory, node modules, PostgreSQL, fresh database gateway_<name> with the
# generated organisation (scale 0.01; pm@dataset.example manages project 1), nginx; the nodes are started by the caller.
cluster_setup() {
  jar=$(realpath "$1"); db=gateway_$2
  work=${CLUSTER_WORK:-/tmp/gateway-cluster/$2-$(date +%Y%m%d-%H%M%S)}; mkdir -p "$work"
  trap cluster_cleanup EXIT
  log "work directory $work"
  [ -d "$cluster_dir/node_modules" ] || (cd "$cluster_dir" && npm ci --no-audit --no-fund --loglevel=error)
  command -v nginx >/dev/null || { log "installing nginx"; apt-get install -y nginx >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y nginx >/dev/null; }; }
  if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
    pg_ctlcluster 15 main start; pg_started=1
  fi
  export PGHOST=127.0.0.1 PGUSER=cluster PGPASSWORD=cluster PGDATABASE=$db
  as_postgres "psql -qc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'cluster') then create role cluster login password 'cluster'; end if; end \\\$\\\$\""
  as_postgres "psql -qc \"drop database if exists $db\"" >/dev/null
  as_postgres "createdb -O cluster $db"
  log "generating a small organisation into $db"
  (run_node generate --gateway.dataset.generate=true --gateway.dataset.scale=0.01 --gateway.dataset.seed=42 \
    --server.port=0) > "$work/generate.log" 2>&1 || { tail -30 "$work/generate.log"; exit 1; }
  start_nginx
}

# cluster_attach <work directory> <name>: the database and records of an earlier run (PostgreSQL started if needed),
# to verify them again.
cluster_attach() {
  work=$1; db=gateway_$2
  trap cluster_cleanup EXIT
  if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
    pg_ctlcluster 15 main start; pg_started=1
  fi
  export PGHOST=127.0.0.1 PGUSER=cluster PGPASSWORD=cluster PGDATABASE=$db
}

# run_node <name> [arguments]: replaces the (sub)shell it runs in, so `run_node … &` gives java's pid.
run_node() {
  local name=$1; shift
  GATEWAY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" GATEWAY_DB_USER=cluster GATEWAY_DB_PASSWORD=cluster \
    GATEWAY_SECURE_COOKIE=false exec java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" --spring.profiles.active=postgres \
    --gateway.stream.node-id="node-$name" --server.forward-headers-strategy=native "$@" ${NODE_ARGS:-}
}

# start_node <a|b>…: starts the nodes in the background (logs appended to node-<name>.log) and waits until each is
# ready (readiness UP on its own port).
start_node() {
  local name started
  started=$(now)
  for name in "$@"; do
    (run_node "$name" --server.port="${node_port[$name]}") >> "$work/node-$name.log" 2>&1 &
    node_pid[$name]=$!
  done
  for name in "$@"; do
    for _ in $(seq 1 1200); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${node_port[$name]}/actuator/health/readiness")" = 200 ] && {
        log "node $name ready on ${node_port[$name]} (pid ${node_pid[$name]}, $(since "$started") s after its start)"; break; }
      kill -0 "${node_pid[$name]}" 2>/dev/null || { tail -40 "$work/node-$name.log"; exit 1; }
      sleep 0.5
    done
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${node_port[$name]}/actuator/health/readiness")" = 200 ] \
      || { echo "node $name did not become ready"; exit 1; }
  done
}

# kill_node <a|b> [signal]: kill -9 by default, and waits for the process to be gone.
kill_node() {
  local name=$1 signal=${2:-KILL}
  kill "-$signal" "${node_pid[$name]}" 2>/dev/null || true
  wait "${node_pid[$name]}" 2>/dev/null || true
  node_pid[$name]=
}

start_nginx() {
  mkdir -p "$work/nginx/logs" "$work/nginx/conf"
  cp "$repo_dir/deploy/nginx/integration-gateway.conf" "$work/nginx/conf/"
  cat > "$work/nginx/conf/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time \$upstream_addr';
    access_log $work/nginx/logs/access.log upstream;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/conf/integration-gateway.conf;
}
CONF
  nginx -t -p "$work/nginx" -c "$work/nginx/conf/nginx.conf" 2> "$work/nginx/logs/test.log" \
    || { cat "$work/nginx/logs/test.log"; exit 1; }
  nginx -p "$work/nginx" -c "$work/nginx/conf/nginx.conf" > "$work/nginx/logs/stdout.log" 2>&1 &
  nginx_pid=$!
  log "nginx $(nginx -v 2>&1 | cut -d/ -f2) on 18080 (pid $nginx_pid) with deploy/nginx/integration-gateway.conf"
}

# api_token [e-mail] [password]: a personal API token, signed in through the balancer.
api_token() {
  "$cluster_dir/../perf/api-token.sh" "$base" "${1:-pm@dataset.example}" "${2:-dataset-demo}" \
    | grep -o '"token":"[^"]*"' | cut -d'"' -f4
}

# start_load <writers> <subscribers> [pause ms]: load.mjs in the background, records under $work/load.
start_load() {
  mkdir -p "$work/load"; : > "$work/load/acks.csv"; : > "$work/load/responses.csv"
  node "$cluster_dir/load.mjs" "$base" "$work/load" "$token" 1 "$1" "$2" "${3:-100}" > "$work/load/stdout.log" 2>&1 &
  load_pid=$!
}

acks() { wc -l < "$work/load/acks.csv"; }

# wait_for_acks <count> [timeout s]: until at least <count> writes were acknowledged in all.
wait_for_acks() {
  local deadline=$(( $(date +%s) + ${2:-120} ))
  until [ "$(acks)" -ge "$1" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "the load did not reach $1 acknowledged writes"; exit 1; }
    sleep 0.2
  done
}

# stop_load: writers stop, then every subscriber must have received the last event of the project's topic before
# the subscribers close (at most 60 s).
stop_load() {
  touch "$work/load/stop"
  local deadline=$(( $(date +%s) + 60 )) last n
  # the writers finish their last request (at most 30 s), then everything they wrote gets a position
  for _ in $(seq 1 175); do [ -e "$work/load/stopped" ] && break; sleep 0.2; done
  for _ in $(seq 1 300); do
    last=$(psql -Atc "select coalesce(max(position), 0) from stream_event where topics like '% project:1 %'")
    local unpositioned
    unpositioned=$(psql -Atc "select count(*) from stream_event where position is null")
    local behind=0
    for f in "$work"/load/sub-*.csv; do
      [ -e "$f" ] || continue
      n=$(grep -E '^(message|connected|resync),' "$f" | tail -1 | cut -d, -f2)
      [ "${n:-0}" -ge "$last" ] || behind=1
    done
    [ "$behind" = 0 ] && [ "$unpositioned" = 0 ] && break
    [ "$(date +%s)" -lt "$deadline" ] || { log "subscribers still behind position $last after 60 s"; break; }
    sleep 0.2
  done
  touch "$work/load/quit"
  wait "$load_pid" 2>/dev/null || true
  load_pid=
}

# stop_pid <pid>: SIGTERM, up to 30 s for a graceful stop, then SIGKILL.
stop_pid() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || { wait "$1" 2>/dev/null || true; return 0; }; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

cluster_cleanup() {
  local code=$?
  trap - EXIT
  [ -n "${work:-}" ] && [ -d "$work/load" ] && touch "$work/load/stop" "$work/load/quit" || true
  [ -n "${load_pid:-}" ] && stop_pid "$load_pid"
  for name in "${!node_pid[@]}"; do
    [ -n "${node_pid[$name]}" ] && stop_pid "${node_pid[$name]}"
  done
  [ -n "${nginx_pid:-}" ] && stop_pid "$nginx_pid"
  [ -n "${receiver_pid:-}" ] && stop_pid "$receiver_pid"
  if [ -n "${pg_started:-}" ] || [ -n "${CLUSTER_STOP_POSTGRES:-}" ]; then
    pg_ctlcluster 15 main stop -m fast 2>/dev/null || true
  fi
  exit $code
}

# verify_load <first change request id>: loads what the clients recorded into the database and compares it with
# what is there. Prints "name value" lines (also to $work/figures.txt) and fails when a goal is missed.
verify_load() {
  local first_cr=$1
  for f in "$work"/load/sub-*.csv; do
    n=$(basename "$f" .csv | cut -d- -f2); sed "s/^/$n,/" "$f"
  done > "$work/load/subscribers.csv"
  psql -v ON_ERROR_STOP=1 -Atq -F " " > "$work/figures.txt" <<SQL
create temp table ack (writer int, cr_id bigint, title text);
create temp table answer (writer int, status int, retry_after text, leak int);
create temp table seen (subscriber int, line int generated always as identity, kind text, position bigint, type text,
                        cr_id bigint);
\copy ack from '$work/load/acks.csv' with (format csv)
\copy answer from '$work/load/responses.csv' with (format csv)
\copy seen (subscriber, kind, position, type, cr_id) from '$work/load/subscribers.csv' with (format csv)
-- the events a subscriber of topic project:1 must get: every positioned event of the topic it may see
create temp table expected as
  select position from stream_event where topics like '% project:1 %' and audience in ('INTERNAL', 'CUSTOMER')
    and position is not null;
create temp table window_ as
  select subscriber, min(position) filter (where kind = 'connected') as start_position,
         max(position) filter (where kind = 'message') as last_position from seen group by subscriber;
create temp table raised_events as
  select (payload::json -> 'changeRequest' ->> 'id')::bigint as cr_id, count(*) as n from stream_event
  where type = 'change-request.raised' group by 1;
create temp table raised_audits as
  select entity_id::bigint as cr_id, count(*) as n from audit_entry
  where entity_type = 'change-request' and action = 'raised' group by 1;
create temp table raised as
  select cr.id, coalesce(e.n, 0) as events, coalesce(a.n, 0) as audits from change_request cr
  left join raised_events e on e.cr_id = cr.id left join raised_audits a on a.cr_id = cr.id where cr.id >= $first_cr;
analyze seen; analyze ack; analyze expected;
select 'writes_attempted', count(*) from answer;
select 'writes_acknowledged', count(*) from ack;
select 'writes_acknowledged_lost', count(*) from ack where not exists
  (select from change_request cr where cr.id = ack.cr_id and cr.title = ack.title and cr.project = 1);
select 'writes_acknowledged_twice', count(*) - count(distinct cr_id) from ack;
select 'change_requests_in_database', count(*) from raised;
select 'change_requests_not_acknowledged', count(*) from raised where id not in (select cr_id from ack);
select 'duplicate_titles', count(*) - count(distinct title) from change_request where id >= $first_cr;
select 'raised_events_not_exactly_one', count(*) from raised where events <> 1;
select 'raised_audit_entries_not_exactly_one', count(*) from raised where audits <> 1;
select 'unpositioned_stream_events', count(*) from stream_event where position is null;
select 'incomplete_event_publications', count(*) from event_publication where completion_date is null;
select 'answers_' || status, count(*) from answer group by status order by status;
select 'answers_503_without_retry_after', count(*) from answer where status = 503 and retry_after = '';
select 'answers_with_internal_details', count(*) from answer where leak = 1;
select 'subscribers', count(*) from window_;
select 'subscriber_reconnects', count(*) from seen where kind = 'connected' and
  line > (select min(s.line) from seen s where s.subscriber = seen.subscriber);
select 'subscriber_resyncs', count(*) from seen where kind = 'resync';
select 'subscriber_events_received', count(*) from seen where kind = 'message';
select 'subscriber_events_missing', count(*) from window_ w join expected e
  on e.position > w.start_position and e.position <= (select max(position) from expected)
  where not exists (select from seen s where s.subscriber = w.subscriber and s.kind = 'message' and s.position = e.position);
select 'subscriber_events_duplicate', coalesce(sum(c - 1), 0) from
  (select count(*) c from seen where kind = 'message' group by subscriber, position) d;
select 'subscriber_events_out_of_order', count(*) from
  (select position, lag(position) over (partition by subscriber order by line) prev from seen where kind = 'message') o
  where position <= prev;
select 'subscriber_events_unknown', count(*) from seen s where kind = 'message'
  and not exists (select from expected e where e.position = s.position);
SQL
  cat "$work/figures.txt"
  local failed=0
  for name in writes_acknowledged_lost writes_acknowledged_twice duplicate_titles raised_events_not_exactly_one \
      raised_audit_entries_not_exactly_one unpositioned_stream_events subscriber_events_missing \
      subscriber_events_duplicate subscriber_events_out_of_order subscriber_events_unknown answers_500 \
      answers_503_without_retry_after answers_with_internal_details; do
    local value; value=$(awk -v n="$name" '$1 == n {print $2}' "$work/figures.txt")
    [ "${value:-0}" = 0 ] || { echo "FAILED: $name = $value"; failed=1; }
  done
  [ "$(figure writes_acknowledged)" -gt 0 ] || { echo "FAILED: no write was acknowledged"; failed=1; }
  return $failed
}

figure() { awk -v n="$1" '$1 == n {print $2}' "$work/figures.txt"; }
