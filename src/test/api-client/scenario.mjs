// A generic client driven by the gateway's OpenAPI document (openapi-client-axios): it knows nothing of the API but
// what the document says. Every operation is called through the document's paths, so a path, parameter or method
// missing from the document fails the scenario.
// Usage: node scenario.mjs <baseUrl> <apiToken> <projectId>; prints one JSON line with what it did.
import { OpenAPIClientAxios } from 'openapi-client-axios';

const [baseUrl, token, projectId] = process.argv.slice(2);
const api = new OpenAPIClientAxios({
  definition: `${baseUrl}/v3/api-docs`,
  axiosConfigDefaults: { baseURL: baseUrl, headers: { Authorization: `Bearer ${token}` } },
});
const client = await api.init();

function operation(path, method) {
  const item = client.paths[path];
  if (!item || typeof item[method] !== 'function') {
    throw new Error(`The document has no ${method.toUpperCase()} ${path}`);
  }
  return item[method];
}

const steps = [];
async function step(name, path, method, parameters, body) {
  const response = await operation(path, method)(parameters, body);
  steps.push({ name, status: response.status });
  return response.data;
}

const raised = await step('raise', '/api/projects/{projectId}/change-requests', 'post', { projectId }, {
  title: 'Add a second mounting bracket',
  description: 'Raised by the OpenAPI-driven client',
  origin: 'CUSTOMER',
  changeClass: 'STANDARD',
  priority: 'MEDIUM',
  affectedItems: [{ itemKey: 'SPEC-22', category: 'mechanical' }],
  submit: true,
});
const id = raised.id;
const started = await step('start-assessment', '/api/change-requests/{id}/start-assessment', 'post', { id },
  { version: raised.version });
await step('assess', '/api/change-requests/{id}/assessment', 'put', { id }, {
  costDelta: 1200, currency: 'EUR', scheduleDeltaDays: 2, risk: 'LOW',
  affectedItems: [{ itemKey: 'SPEC-22', category: 'mechanical' }], version: started.version,
});
const decided = await step('complete-assessment', '/api/change-requests/{id}/complete-assessment', 'post', { id }, {});
const read = await step('read', '/api/change-requests/{id}', 'get', { id });
const list = await step('list', '/api/projects/{projectId}/change-requests', 'get', { projectId, size: 100 });

console.log(JSON.stringify({
  steps,
  id,
  raisedState: raised.state,
  decidedState: decided.state,
  readState: read.state,
  readTitle: read.title,
  listed: list.content.some((item) => item.id === id),
  operations: api.getOperations().length,
}));
