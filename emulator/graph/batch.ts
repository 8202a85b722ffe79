// JSON batching (learn.microsoft.com/graph/json-batching): up to 20 requests, `dependsOn` sequencing, one
// response per request. Independent requests are dispatched together, so each takes a mailbox concurrency
// slot: a batch of more than 4 independent requests to one mailbox sees inner 429s, as in Outlook.
import type { GraphCall, GraphResult } from './graph-call.js';
import { jsonResult } from './graph-call.js';
import { badRequest, graphErrorBody } from './errors.js';
import type { CallOutcome, GraphService } from './graph-service.js';

export const MAX_BATCH_REQUESTS = 20;

interface BatchRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
  readonly dependsOn: readonly string[];
}

interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

function parseBatch(call: GraphCall): BatchRequest[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(call.body.toString('utf8'));
  } catch {
    throw badRequest('Invalid batch payload format.');
  }
  const requests = (parsed as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badRequest('Invalid batch payload format.');
  if (requests.length > MAX_BATCH_REQUESTS) throw badRequest(`The number of batch requests exceeds the limit of ${MAX_BATCH_REQUESTS}.`);
  const ids = new Set<string>();
  const list = requests.map((raw: unknown): BatchRequest => {
    const r = (raw ?? {}) as Record<string, unknown>;
    if (typeof r.id !== 'string' || typeof r.method !== 'string' || typeof r.url !== 'string') throw badRequest('Each batch request needs a string id, method and url.');
    if (ids.has(r.id)) throw badRequest(`Batch request ids must be unique: '${r.id.slice(0, 40)}' repeats.`);
    ids.add(r.id);
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) throw badRequest('dependsOn must be an array of request ids.');
    const headers = Object.fromEntries(Object.entries((r.headers ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), String(v)]));
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, ...(r.body !== undefined ? { body: r.body } : {}), dependsOn };
  });
  for (const r of list) for (const d of r.dependsOn) if (!ids.has(d)) throw badRequest(`Request '${r.id.slice(0, 40)}' depends on unknown request '${d.slice(0, 40)}'.`);
  return list;
}

function innerCall(outer: GraphCall, request: BatchRequest, index: number): GraphCall {
  if (/^[a-z]+:/i.test(request.url)) throw badRequest('Batch request urls must be relative.');
  const url = new URL(request.url.replace(/^\/?(v1\.0\/)?/, '/'), 'http://batch.invalid');
  const body = request.body === undefined ? Buffer.alloc(0) : typeof request.body === 'string' ? Buffer.from(request.body) : Buffer.from(JSON.stringify(request.body));
  if (request.body !== undefined && !request.headers['content-type']) throw badRequest('A Content-Type header is required for a batch request with a body.');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  return { method: request.method, segments, query: url.searchParams, headers: { ...request.headers, authorization: outer.headers.authorization ?? '' }, body, principal: outer.principal, requestId: `${outer.requestId}-${index}` };
}

function toResponse(id: string, result: GraphResult): BatchResponse {
  const headers: Record<string, string> = { ...result.headers };
  if (result.bytes) return { id, status: result.status, headers: { ...headers, 'Content-Type': result.contentType ?? 'application/octet-stream' }, body: result.bytes.toString('base64') };
  if (result.json === undefined) return { id, status: result.status, headers };
  return { id, status: result.status, headers: { ...headers, 'Content-Type': 'application/json' }, body: result.json };
}

export async function runBatch(call: GraphCall, service: GraphService): Promise<GraphResult> {
  if (call.method !== 'POST') throw badRequest('$batch accepts POST only.');
  const requests = parseBatch(call);
  const done = new Map<string, BatchResponse>();
  const responses: BatchResponse[] = [];
  while (done.size < requests.length) {
    const ready = requests.filter((r) => !done.has(r.id) && r.dependsOn.every((d) => done.has(d)));
    if (ready.length === 0) throw badRequest('dependsOn forms a cycle.');
    const releases: (() => void)[] = [];
    const wave = await Promise.all(
      ready.map(async (request): Promise<BatchResponse> => {
        const started = service.options.now();
        if (request.dependsOn.some((d) => (done.get(d)?.status ?? 500) >= 400)) {
          const body = graphErrorBody('FailedDependency', 'The request depends on a request that failed.', `${call.requestId}-${request.id}`, undefined, started);
          return { id: request.id, status: 424, headers: { 'Content-Type': 'application/json' }, body };
        }
        let outcome: CallOutcome;
        try {
          outcome = await service.runCall(innerCall(call, request, requests.indexOf(request)), (release) => releases.push(release));
        } catch (error) {
          outcome = { result: service.errorResult(error, call), throttled: false };
        }
        const response = toResponse(request.id, outcome.result);
        service.logInner(request.method, request.url.split('?')[0] ?? request.url, outcome, JSON.stringify(response.body ?? '').length, started);
        return response;
      }),
    );
    for (const release of releases) release();
    // Graph answers in completion order: requests refused at once (throttled, failed dependency) come first.
    wave.sort((a, b) => Number(b.status === 429 || b.status === 424) - Number(a.status === 429 || a.status === 424));
    for (const response of wave) {
      done.set(response.id, response);
      responses.push(response);
    }
  }
  return jsonResult({ responses });
}
