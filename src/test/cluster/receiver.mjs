// A webhook receiver for webhook-outage.sh: verifies every delivery with the independent standardwebhooks library
// and acknowledges it with 200 (401 when the signature does not verify).
// Usage: node receiver.mjs <port> <secret> <out file>
// Output: one line per answered delivery, appended once the answer is written (so a line = an acknowledged delivery
// when status is 200): receivedAtMillis,webhookId,position,type,status
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const [port, secret, out] = process.argv.slice(2);
const webhook = new Webhook(secret);

createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    let status = 200, position = "", type = "";
    try {
      const payload = webhook.verify(body, {
        "webhook-id": request.headers["webhook-id"],
        "webhook-timestamp": request.headers["webhook-timestamp"],
        "webhook-signature": request.headers["webhook-signature"],
      });
      position = payload.data.position;
      type = payload.type;
    } catch {
      status = 401;
    }
    response.on("finish", () =>
      appendFileSync(out, `${Date.now()},${request.headers["webhook-id"]},${position},${type},${status}\n`));
    response.writeHead(status, { "Content-Type": "text/plain" }).end(status === 200 ? "ok" : "bad signature");
  });
}).listen(Number(port), "127.0.0.1");
