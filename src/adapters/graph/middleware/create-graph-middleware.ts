// Builds our middleware chain: auth → retry → per-mailbox limiter → fetch. Retry sits inside auth so a
// refreshed token is used by every retry; the limiter sits inside retry so a waiting retry holds no slot.
import type { Clock } from '../../../ports/clock.js';
import type { TokenProvider } from '../../../ports/token-provider.js';
import { AuthHandler } from './auth-handler.js';
import type { ScopesFor } from './auth-handler.js';
import { ConcurrencyLimiter, MAX_CONCURRENT_REQUESTS_PER_MAILBOX } from './concurrency-limiter.js';
import { FetchHandler } from './fetch-handler.js';
import type { FetchFn } from './fetch-handler.js';
import { chainMiddleware } from './graph-context.js';
import type { Middleware } from './graph-context.js';
import { RetryHandler } from './retry-handler.js';
import type { RetryOptions } from './retry-handler.js';

export interface GraphMiddlewareOptions {
  readonly tokens: TokenProvider;
  readonly scopes: ScopesFor;
  /** Hosts (`URL.host`) that receive the bearer token: the Graph base URL's host. */
  readonly graphHosts: Iterable<string>;
  readonly clock: Clock;
  readonly random: () => number;
  readonly fetch: FetchFn;
  readonly retry?: RetryOptions;
  readonly maxConcurrentPerMailbox?: number;
  readonly requestTimeoutMs?: number;
}

export interface GraphMiddleware {
  /** The first handler; the same object can be handed to the SDK's `Client.initWithMiddleware`. */
  readonly first: Middleware;
  readonly limiter: ConcurrencyLimiter;
}

export function createGraphMiddleware(options: GraphMiddlewareOptions): GraphMiddleware {
  const limiter = new ConcurrencyLimiter(options.maxConcurrentPerMailbox ?? MAX_CONCURRENT_REQUESTS_PER_MAILBOX);
  const first = chainMiddleware([
    new AuthHandler(options.tokens, options.scopes, options.graphHosts),
    new RetryHandler(options.clock, options.random, options.retry),
    limiter,
    new FetchHandler(options.fetch, options.requestTimeoutMs),
  ]);
  return { first, limiter };
}
