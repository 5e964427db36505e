// Reads the gateway's Prometheus scrape with an independent parser of the Prometheus text format
// (parse-prometheus-text-format) and prints the metric families it found as one JSON line:
// [{name, type, help, samples}], so the caller can check names, types and values.
// Usage: node metrics.mjs <baseUrl> <adminApiToken>
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

const [baseUrl, token] = process.argv.slice(2);
const response = await fetch(`${baseUrl}/actuator/prometheus`, {
  headers: { Authorization: `Bearer ${token}`, Accept: 'text/plain;version=0.0.4' },
});
if (!response.ok) {
  throw new Error(`scrape answered ${response.status}`);
}
const contentType = response.headers.get('content-type');
const families = parsePrometheusTextFormat(await response.text());
console.log(JSON.stringify({
  contentType,
  families: families.map((family) => ({
    name: family.name, type: family.type, help: family.help, samples: family.metrics.length,
    values: family.metrics.slice(0, 50),
  })),
}));
