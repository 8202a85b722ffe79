// The last link of the chain: sends the request with the given fetch (the platform's, or a fake in tests)
// and reads the whole body here, so a connection dropped mid-response fails inside the chain where retry sees it.
// A request that hangs past the timeout is aborted and reported like a dropped connection.
import type { GraphContext, Middleware } from './graph-context.js';

export type FetchFn = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Graph answers within seconds; a request still open after this is treated as lost. */
export const GRAPH_REQUEST_TIMEOUT_MS = 60_000;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export class FetchHandler implements Middleware {
  readonly #fetch: FetchFn;
  readonly #timeoutMs: number;

  constructor(fetchFn: FetchFn, timeoutMs = GRAPH_REQUEST_TIMEOUT_MS) {
    this.#fetch = fetchFn;
    this.#timeoutMs = timeoutMs;
  }

  async execute(context: GraphContext): Promise<void> {
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const callerSignal = context.options?.signal ?? undefined;
    const signal = callerSignal === undefined ? timeout : AbortSignal.any([callerSignal, timeout]);
    try {
      const response = await this.#fetch(context.request, { ...context.options, signal });
      const bytes = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      context.response = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      if (timeout.aborted && !(callerSignal?.aborted ?? false)) {
        throw new TypeError(`Microsoft Graph did not answer within ${this.#timeoutMs} ms.`, { cause: error });
      }
      throw error;
    }
  }
}
