// The Graph request pipeline: faults, bearer check, mailbox throttling, latency, routing, errors in Graph's
// shape, logging. HTTP requests and the inner requests of a $batch both run through `runCall`.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLog, RequestLogEntry } from '../control/request-log.js';
import type { FaultPlan } from '../faults/fault-plan.js';
import { codeForStatus } from '../faults/fault-plan.js';
import type { MailboxThrottle } from '../faults/mailbox-throttle.js';
import { answerPreflight, corsHeaders, readBody, sleep } from '../http/http-io.js';
import { jsonBytes } from '../http/json-body.js';
import type { TokenSigner } from '../oidc/token-signer.js';
import { authenticate } from './auth.js';
import { GraphError, badRequest, graphErrorBody } from './errors.js';
import type { GraphCall, GraphContext, GraphResult } from './graph-call.js';
import { resolveTarget, routeGraphCall } from './router.js';

export interface GraphServiceOptions {
  readonly ctx: GraphContext;
  readonly signer: TokenSigner;
  readonly throttle: MailboxThrottle;
  readonly faults: FaultPlan;
  readonly log: RequestLog;
  readonly latencyMs: () => number;
  readonly now: () => number;
  readonly onRequest: (entry: RequestLogEntry) => void;
  /** Runs a `$batch` body (graph/batch.ts); injected to keep the modules apart. */
  readonly runBatch: (call: GraphCall, service: GraphService) => Promise<GraphResult>;
}

/** Path segments after `/v1.0`, percent-decoded; 400 for a malformed escape. */
function decodeSegments(pathname: string): string[] {
  try {
    return pathname.split('/').slice(2).filter(Boolean).map(decodeURIComponent);
  } catch {
    throw badRequest('The request URL is malformed.');
  }
}

export interface CallOutcome {
  readonly result: GraphResult;
  readonly throttled: boolean;
}

export class GraphService {
  constructor(readonly options: GraphServiceOptions) {}

  errorResult(error: unknown, call: Pick<GraphCall, 'requestId' | 'headers'>): GraphResult {
    const graphError = error instanceof GraphError ? error : new GraphError(500, 'generalException', 'An internal server error occurred.');
    if (!(error instanceof GraphError)) console.error('emulator: unexpected error', error);
    return { status: graphError.status, headers: graphError.headers, json: graphErrorBody(graphError.code, graphError.message, call.requestId, call.headers['client-request-id'], this.options.now()) };
  }

  /** One Graph call past authentication: injected status faults, throttling, then the route. */
  /** The answer of an armed status fault matching the call, if any (it consumes one hit). */
  injectedFault(call: GraphCall): CallOutcome | undefined {
    const fault = this.options.faults.take('status', call.method, `/v1.0/${call.segments.join('/')}`);
    if (!fault) return undefined;
    const headers = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : undefined;
    const error = new GraphError(fault.status, fault.code ?? codeForStatus(fault.status), fault.message ?? 'Injected fault.', headers);
    return { result: this.errorResult(error, call), throttled: fault.status === 429 };
  }

  async runCall(call: GraphCall, hold?: (release: () => void) => void): Promise<CallOutcome> {
    const faulted = this.injectedFault(call);
    if (faulted) return faulted;
    try {
      const target = resolveTarget(this.options.ctx.state, call.segments, call.principal.userId);
      const slot = this.options.throttle.acquire(target.user.id);
      if (!slot.ok) {
        const error = new GraphError(429, 'TooManyRequests', slot.message, { 'Retry-After': String(slot.retryAfterSeconds) });
        return { result: this.errorResult(error, call), throttled: true };
      }
      try {
        const result = await routeGraphCall(call, this.options.ctx, target);
        return { result, throttled: false };
      } finally {
        if (hold) hold(slot.release);
        else slot.release();
      }
    } catch (error) {
      return { result: this.errorResult(error, call), throttled: false };
    }
  }

  /** Serves `/v1.0/**` over HTTP. */
  async handleHttp(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'OPTIONS') return answerPreflight(req, res);
    const started = this.options.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const requestId = randomUUID();
    const body = await readBody(req);
    const releases: (() => void)[] = [];
    let outcome: CallOutcome;
    try {
      const segments = decodeSegments(url.pathname);
      const principal = authenticate(this.options.signer, headers);
      const call: GraphCall = { method, segments, query: url.searchParams, headers, body, principal, requestId };
      if (segments[0] === '$batch' && segments.length === 1) {
        outcome = this.injectedFault(call) ?? { result: await this.options.runBatch(call, this), throttled: false };
      } else {
        outcome = await this.runCall(call, (release) => releases.push(release));
      }
    } catch (error) {
      outcome = { result: this.errorResult(error, { requestId, headers }), throttled: false };
    }
    const extraLatency = this.options.faults.take('latency', method, url.pathname)?.ms ?? 0;
    const latency = this.options.latencyMs() + extraLatency;
    if (latency > 0) await sleep(latency);
    const drop = this.options.faults.take('drop', method, url.pathname) !== undefined;
    const bytes = this.#send(req, res, outcome.result, requestId, headers['client-request-id'], drop);
    for (const release of releases) release();
    this.#log({ method, path: url.pathname, status: outcome.result.status, bytes, throttled: outcome.throttled, batch: false, started });
  }

  logInner(method: string, path: string, outcome: CallOutcome, bytes: number, started: number): void {
    this.#log({ method, path, status: outcome.result.status, bytes, throttled: outcome.throttled, batch: true, started });
  }

  #send(req: IncomingMessage, res: ServerResponse, result: GraphResult, requestId: string, clientRequestId: string | undefined, drop: boolean): number {
    const payload = result.bytes ?? (result.json === undefined ? Buffer.alloc(0) : jsonBytes(result.json));
    const contentType = result.bytes ? (result.contentType ?? 'application/octet-stream') : 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
    const headers: Record<string, string> = { ...corsHeaders(req), 'request-id': requestId, 'client-request-id': clientRequestId ?? requestId, ...result.headers };
    if (payload.length > 0) headers['Content-Type'] = contentType;
    headers['Content-Length'] = String(payload.length);
    res.writeHead(result.status, headers);
    if (drop) {
      res.write(payload.subarray(0, Math.floor(payload.length / 2)));
      res.destroy();
      return Math.floor(payload.length / 2);
    }
    res.end(payload);
    return payload.length;
  }

  #log(entry: { method: string; path: string; status: number; bytes: number; throttled: boolean; batch: boolean; started: number }): void {
    const now = this.options.now();
    const record = { at: new Date(now).toISOString(), method: entry.method, path: entry.path, status: entry.status, bytes: entry.bytes, throttled: entry.throttled, batch: entry.batch, durationMs: now - entry.started };
    this.options.log.add(record);
    this.options.onRequest(record);
  }
}
