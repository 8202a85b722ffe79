// A thin Graph client that runs our middleware chain. The SDK's request builder (GraphRequest) is not used:
// it recognises only https:// absolute URLs and re-parses query strings, which breaks calling a delta
// nextLink/deltaLink exactly as returned and an http:// base URL (the emulator); the chain itself is the
// SDK's Middleware contract, so `Client.initWithMiddleware({ middleware })` can share it.
import type { Clock } from '../../ports/clock.js';
import type { RemoteError } from '../../core/errors.js';
import { networkErrorFrom, remoteErrorFrom } from './graph-error.js';
import type { GraphContext, Middleware } from './middleware/graph-context.js';

export interface GraphRequestInit {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** A path relative to the base URL (`/me/contacts`) or an absolute link Graph returned (used verbatim). */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON, or bytes sent as they are (a photo) with the Content-Type the headers give. */
  readonly body?: unknown;
  readonly mailboxKey?: string;
  readonly concurrencyWeight?: number;
  readonly idempotent?: boolean;
  /** The scopes this request needs, when they are not the connection's for its mailbox (People.Read, User.Read). */
  readonly scopes?: readonly string[];
  /** The request only reads (a JSON batch of GETs is a POST): it needs the mailbox's read scopes only. */
  readonly readOnly?: boolean;
  /** `blob` for binary content (a photo); JSON (or text) otherwise. */
  readonly responseType?: 'json' | 'blob';
}

export interface GraphResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export interface GraphFailureContext {
  readonly action: string;
  readonly delta?: boolean;
}

export class GraphClient {
  readonly #baseUrl: string;
  readonly #chain: Middleware;
  readonly #clock: Clock;

  constructor(baseUrl: string, chain: Middleware, clock: Clock) {
    this.#baseUrl = baseUrl.replace(/\/+$/, '');
    this.#chain = chain;
    this.#clock = clock;
  }

  get baseUrl(): string {
    return this.#baseUrl;
  }

  /** The absolute URL for a path, or the link itself when it is already absolute. */
  urlFor(url: string): string {
    return /^https?:\/\//i.test(url) ? url : `${this.#baseUrl}${url.startsWith('/') ? '' : '/'}${url}`;
  }

  /** Sends the request through the chain and answers the final response with its parsed body. */
  async send(init: GraphRequestInit, failure: GraphFailureContext): Promise<GraphResponse> {
    const headers = new Headers(init.headers);
    let body: string | Blob | undefined;
    if (init.body instanceof Uint8Array) {
      body = new Blob([init.body.slice()], { type: headers.get('Content-Type') ?? 'application/octet-stream' });
    } else if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers.set('Content-Type', 'application/json');
    }
    const context: GraphContext = {
      request: this.urlFor(init.url),
      options: { method: init.method, headers, body },
      ...(init.mailboxKey === undefined ? {} : { mailboxKey: init.mailboxKey }),
      ...(init.concurrencyWeight === undefined ? {} : { concurrencyWeight: init.concurrencyWeight }),
      ...(init.idempotent === undefined ? {} : { idempotent: init.idempotent }),
      ...(init.scopes === undefined ? {} : { scopes: init.scopes }),
      ...(init.readOnly === true ? { readOnly: true } : {}),
    };
    try {
      await this.#chain.execute(context);
      const response = context.response;
      if (response === undefined) throw new TypeError('No response from the middleware chain.');
      const ok = response.status >= 200 && response.status < 300;
      const body = init.responseType === 'blob' && ok ? await response.blob() : await readBody(response);
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (error instanceof TypeError) throw networkErrorFrom(failure.action, error);
      throw error;
    }
  }

  /** Sends the request and answers the body of a 2xx response; any other status throws our error. */
  async json(init: GraphRequestInit, failure: GraphFailureContext): Promise<unknown> {
    const response = await this.send(init, failure);
    if (response.status >= 200 && response.status < 300) return response.body;
    throw this.errorFrom(response, failure);
  }

  errorFrom(response: Pick<GraphResponse, 'status' | 'body'> & { headers?: Headers | Record<string, string> }, failure: GraphFailureContext): RemoteError {
    return remoteErrorFrom({ ...response, ...failure }, this.#clock.now());
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
