// Verifies webhook deliveries with the independent standardwebhooks library (not the gateway's own code).
// Input: one JSON object per line on stdin: {"secret": "whsec_…", "headers": {"webhook-id": …}, "body": "…"}.
// Output: one JSON object per input line, in order: {"ok": true, "type": <payload type>} or {"ok": false, "error": "…"}.
import { createInterface } from "node:readline";
import { Webhook } from "standardwebhooks";

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === "") {
    continue;
  }
  let result;
  try {
    const { secret, headers, body } = JSON.parse(line);
    const payload = new Webhook(secret).verify(body, headers);
    result = { ok: true, type: payload?.type ?? null };
  } catch (error) {
    result = { ok: false, error: String(error?.message ?? error) };
  }
  process.stdout.write(JSON.stringify(result) + "\n");
}
