// Live-update benchmark (docs/performance.md): how long after a write is acknowledged do its events reach every
// subscriber of the stream? Uses the same independent eventsource library as the resume test.
//
// Usage: node latency.mjs --token=<API token> [--write=http://localhost:8090] [--subscribe=http://localhost:8090,...]
//          [--subscribers=1000] [--ramp=200] [--events=40] [--interval=500] [--project=1]
// It opens --subscribers EventSources on /api/stream?topics=project:<project>, spread round-robin over the
// --subscribe base URLs (two nodes: name both), opened --ramp per second (people do not all arrive in the same
// instant; a storm of thousands at once queues on the connection pool), waits until every one is connected, then raises --events change
// requests one after the other through --write, --interval ms apart. Per subscriber it records when the
// change-request.raised event naming each new request arrived, and measures the delay from the event's occurredAt
// (stamped by the server inside the raising transaction, so the delay includes the rest of that transaction, its
// commit, sequencing and fan-out; client and nodes must share a clock, i.e. run on one machine) and from the moment
// the client sent the request. Prints one JSON object: connections, events, deliveries expected and received,
// missing, duplicates, and both delays in ms (min, p50, p90, p99, max) over all deliveries; the same as a JSON
// report under target/sse-latency/ (or --reportDir).
import { mkdirSync, writeFileSync } from "node:fs";
import { EventSource } from "eventsource";

const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const [k, ...v] = a.replace(/^--/, "").split("=");
  return [k, v.join("=")];
}));
const token = args.token;
if (!token) {
  console.error("--token=<personal API token> is required");
  process.exit(2);
}
const write = args.write ?? "http://localhost:8090";
const nodes = (args.subscribe ?? write).split(",");
const subscribers = Number(args.subscribers ?? 1000);
const events = Number(args.events ?? 40);
const interval = Number(args.interval ?? 500);
const project = Number(args.project ?? 1);
const ramp = Number(args.ramp ?? 200);

// Node's fetch opens one connection per stream (its default agent sets no limit per origin).
const withToken = (input, init) => fetch(input, {
  ...init, headers: { ...(init?.headers ?? {}), Authorization: `Bearer ${token}` },
});

const sent = new Map(); // change request id -> Date.now() when its request was sent
const received = new Map(); // change request id -> Map(subscriber -> {at, occurredAt})
let connected = 0;
let errors = 0;
const sources = [];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = performance.now();
for (let s = 0; s < subscribers; s++) {
  if (s > 0 && s % Math.max(1, Math.round(ramp / 10)) === 0) {
    await sleep(100);
  }
  const base = nodes[s % nodes.length];
  const source = new EventSource(`${base}/api/stream?topics=project:${project}`, { fetch: withToken });
  source.addEventListener("connected", () => { connected++; });
  source.addEventListener("error", () => { errors++; });
  source.addEventListener("message", (event) => {
    const now = Date.now();
    const message = JSON.parse(event.data);
    if (message.type !== "change-request.raised") {
      return;
    }
    const topic = message.topics.find((t) => t.startsWith("change-request:"));
    const id = Number(topic?.split(":")[1]);
    if (!received.has(id)) {
      received.set(id, new Map());
    }
    const bySubscriber = received.get(id);
    bySubscriber.set(s, bySubscriber.has(s) ? null : { at: now, occurredAt: Date.parse(message.occurredAt) }); // null: a duplicate
  });
  sources.push(source);
}

while (connected < subscribers) {
  if (performance.now() - started > 120_000) {
    console.error(`only ${connected} of ${subscribers} subscribers connected after 120 s (${errors} errors)`);
    process.exit(1);
  }
  await sleep(100);
}
const connectSeconds = (performance.now() - started) / 1000;

for (let i = 0; i < events; i++) {
  const sentAt = Date.now();
  const response = await withToken(`${write}/api/projects/${project}/change-requests`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      title: `Latency probe ${i}`, description: "Raised by the live-update benchmark.", origin: "INTERNAL",
      priority: "LOW", changeClass: "NORMAL", affectedItems: [], submit: false,
    }),
  });
  if (response.status !== 201) {
    console.error(`raise answered ${response.status}: ${await response.text()}`);
    process.exit(1);
  }
  const { id } = await response.json();
  sent.set(id, sentAt);
  await sleep(interval);
}
// Give the last events time to arrive (a generous bound, not a measurement).
const deadline = performance.now() + 30_000;
const complete = () => [...sent.keys()].every((id) => (received.get(id)?.size ?? 0) === subscribers);
while (!complete() && performance.now() < deadline) {
  await sleep(200);
}

const fromEvent = [];
const fromRequest = [];
let missing = 0;
let duplicates = 0;
for (const [id, sentAt] of sent) {
  const bySubscriber = received.get(id) ?? new Map();
  missing += subscribers - bySubscriber.size;
  for (const delivery of bySubscriber.values()) {
    if (delivery === null) {
      duplicates++;
    } else {
      fromEvent.push(delivery.at - delivery.occurredAt);
      fromRequest.push(delivery.at - sentAt);
    }
  }
}
const summary = (delays) => {
  delays.sort((a, b) => a - b);
  const pct = (p) => (delays.length ? delays[Math.min(delays.length - 1, Math.floor(p * delays.length))] : null);
  return { min: pct(0), p50: pct(0.5), p90: pct(0.9), p99: pct(0.99), max: delays.length ? delays.at(-1) : null };
};
const report = {
  nodes, subscribers, connectSeconds: Math.round(connectSeconds * 10) / 10, events,
  deliveriesExpected: events * subscribers, deliveriesReceived: fromEvent.length, missing, duplicates, errors,
  delayFromEventMs: summary(fromEvent), delayFromRequestMs: summary(fromRequest),
};
console.log(JSON.stringify(report));
// The report also goes under target/ (the repository's, by default), like Gatling's.
const reportDir = args.reportDir ?? new URL("../../../target/sse-latency/", import.meta.url).pathname;
mkdirSync(reportDir, { recursive: true });
writeFileSync(`${reportDir}/sse-latency-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
  JSON.stringify({ ...report, at: new Date().toISOString() }, null, 2));
sources.forEach((s) => s.close());
process.exit(0);
