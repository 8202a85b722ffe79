// The last link of the chain: sends the request with the given fetch (the platform's, or a fake in tests)
// and reads the whole body here, so a connection dropped mid-response fails inside the chain where retry sees it.
import type { GraphContext, Middleware } from './graph-context.js';

export type FetchFn = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export class FetchHandler implements Middleware {
  readonly #fetch: FetchFn;

  constructor(fetchFn: FetchFn) {
    this.#fetch = fetchFn;
  }

  async execute(context: GraphContext): Promise<void> {
    const response = await this.#fetch(context.request, context.options);
    const bytes = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
    context.response = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
}
