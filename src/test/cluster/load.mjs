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
        signal: AbortSignal.timeout(30000),
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

function subscriber(n) {
  const file = `${out}/sub-${n}.csv`;
  const source = new EventSource(`${base}/api/stream?topics=project:${project}`, {
    fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers ?? {}), ...auth } }),
  });
  for (const kind of ["connected", "resync"]) {
    source.addEventListener(kind, (event) => appendFileSync(file, `${kind},${event.lastEventId},,\n`));
  }
  source.addEventListener("message", (event) => {
    const message = JSON.parse(event.data);
    appendFileSync(file, `message,${event.lastEventId},${message.type},${message.data?.changeRequest?.id ?? ""}\n`);
  });
  source.addEventListener("error", () => appendFileSync(file, "error,,,\n"));
  return source;
}

const sources = [];
for (let n = 1; n <= Number(subscriberCount); n++) {
  sources.push(subscriber(n));
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
sources.forEach((source) => source.close());
process.exit(0);
