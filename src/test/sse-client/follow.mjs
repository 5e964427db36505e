// Follows the gateway's live stream with the independent eventsource library (not the gateway's own code), which
// reconnects on its own and resumes with the Last-Event-ID header like a browser's EventSource.
// Usage: node follow.mjs <stream URL> <personal API token>. Ends when standard input closes.
// Output: one JSON object per line, as things happen:
//   {"kind": "open"}                                  a connection was (re)opened
//   {"kind": "connected"|"resync", "lastEventId", "data"}  the stream's named opening events
//   {"kind": "message", "lastEventId", "data"}        a data event (data parsed from JSON)
//   {"kind": "error", "message", "code"}              the connection failed or ended; the library reconnects
import { EventSource } from "eventsource";

const [url, token] = process.argv.slice(2);
const print = (line) => process.stdout.write(JSON.stringify(line) + "\n");

const source = new EventSource(url, {
  fetch: (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...(init?.headers ?? {}), Authorization: `Bearer ${token}` },
    }),
});

source.addEventListener("open", () => print({ kind: "open" }));
for (const name of ["connected", "resync", "message"]) {
  source.addEventListener(name, (event) =>
    print({ kind: name, lastEventId: event.lastEventId, data: JSON.parse(event.data) }));
}
source.addEventListener("error", (event) =>
  print({ kind: "error", message: event.message ?? null, code: event.code ?? null }));

process.stdin.resume();
process.stdin.on("end", () => {
  source.close();
  process.exit(0);
});
