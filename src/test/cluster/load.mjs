// Steady write load and SSE subscribers through the balancer, for the cluster scripts (crash-under-load.sh,
// db-restart-under-load.sh, nginx-check.sh). Every record goes to a file in <out> as it happens, so nothing is lost
// when the script reads them while this runs.
// Usage: node load.mjs <base URL> <out dir> <token> <project id> <writers> <subscribers> [pause ms]
//   writers raise change requests on the project, one request at a time each, <pause ms> apart (default 100):
//     <out>/acks.csv       writer,changeRequestId,title    every acknowledged write (201 with the id it returned)
//     <out>/responses.csv  writer,status,retryAfter,leak     every answer (status 0 = no answer: connection failed)
//   subscribers follow topic project:<id> with the eventsource library (it reconnects on its own, with
//   Last-Event-ID, through the balancer to whichever node answers):
//     <out>/sub-<n>.csv     kind,position,type,changeRequestId   kind = connected | resync | message | error
// Writers stop when <out>/stop exists (then <out>/stopped is written); subscribers close when <out>/quit exists, then the process exits.
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { EventSource } from "eventsource";

const [base, out, token, project, writerCount, subscriberCount, pauseArg] = process.argv.slice(2);
const pause = Number(pauseArg ?? 100);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const auth = { Authorization: `Bearer ${token}` };
// What an answer must never carry: a Java stack trace or exception class, SQL, or the server's internals.
const LEAK = /(\tat |Exception|org\.springframework|org\.postgresql|java\.|SQLState|\bselect\b.*\bfrom\b|Whitelabel)/i;

async function writer(n) {
  for (let i = 1; !existsSync(`${out}/stop`); i++) {
    const title = `load w${n} #${i} ${Date.now()}`;
    let status = 0, retryAfter = "", leak = 0, id = null;
    try {
      const response = await fetch(`${base}/api/projects/${project}/change-requests`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ title, description: "Cluster load.", origin: "INTERNAL", priority: "LOW",
          changeClass: "NORMAL", affectedItems: [], submit: true }),
        signal: AbortSignal.timeout(65000),
      });
      status = response.status;
      retryAfter = response.headers.get("retry-after") ?? "";
      const body = await response.text();
      leak = LEAK.test(body) ? 1 : 0;
      if (status === 201) {
        id = JSON.parse(body).id;
      }
    } catch {
      status = 0;
    }
    appendFileSync(`${out}/responses.csv`, `${n},${status},${retryAfter},${leak}\n`);
    if (id !== null) {
      appendFileSync(`${out}/acks.csv`, `${n},${id},${title}\n`);
    }
    await sleep(status === 201 ? pause : Math.max(pause, 250));
  }
}

// The library reconnects by itself after a network error, with Last-Event-ID. An answer other than 200 (a 503 while
// the database is away, a 502 from the balancer) closes an EventSource for good, as in browsers; like the live pages,
// the subscriber then opens a new one after the retry delay, resuming from its last event id (query parameter).
function subscriber(n, sources) {
  const file = `${out}/sub-${n}.csv`;
  let last = null;
  const open = () => {
    const resume = last === null ? "" : `&lastEventId=${last}`;
    const source = new EventSource(`${base}/api/stream?topics=project:${project}${resume}`, {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers ?? {}), ...auth } }),
    });
    sources[n] = source;
    for (const kind of ["connected", "resync"]) {
      source.addEventListener(kind, (event) => {
        last = event.lastEventId;
        appendFileSync(file, `${kind},${event.lastEventId},,\n`);
      });
    }
    source.addEventListener("message", (event) => {
      last = event.lastEventId;
      const message = JSON.parse(event.data);
      appendFileSync(file, `message,${event.lastEventId},${message.type},${message.data?.changeRequest?.id ?? ""}\n`);
    });
    source.addEventListener("error", (event) => {
      appendFileSync(file, `error,,${event.code ?? ""},\n`);
      if (source.readyState === EventSource.CLOSED && !existsSync(`${out}/quit`)) {
        setTimeout(open, 3000);
      }
    });
  };
  open();
}

const sources = {};
for (let n = 1; n <= Number(subscriberCount); n++) {
  subscriber(n, sources);
}
const writers = [];
for (let n = 1; n <= Number(writerCount); n++) {
  writers.push(writer(n));
}
await Promise.all(writers);
writeFileSync(`${out}/stopped`, "");
while (!existsSync(`${out}/quit`)) {
  await sleep(200);
}
Object.values(sources).forEach((source) => source.close());
process.exit(0);
