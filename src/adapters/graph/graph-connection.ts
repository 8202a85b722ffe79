// One connection to Graph for everything the pane reads and writes there: a single middleware chain, so the
// contacts sync, people lookups, photos and the profile share the token refresh, the retry and throttling rules
// and the per-mailbox limit of four concurrent requests.
import type { Clock } from '../../ports/clock.js';
import type { TokenProvider } from '../../ports/token-provider.js';
import { GraphClient } from './graph-client.js';
import type { ScopesFor } from './middleware/auth-handler.js';
import type { ConcurrencyLimiter } from './middleware/concurrency-limiter.js';
import { createGraphMiddleware } from './middleware/create-graph-middleware.js';
import type { FetchFn } from './middleware/fetch-handler.js';
import type { RetryOptions } from './middleware/retry-handler.js';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

/** Least privilege per mailbox (learn.microsoft.com/graph/permissions-reference): own contacts read-write, a
 * shared mailbox read-only unless we write to it. A request may name its own scopes instead. */
export function defaultGraphScopes(request: { readonly mailboxKey: string; readonly method: string }): readonly string[] {
  if (!request.mailboxKey.startsWith('users/')) return ['Contacts.ReadWrite'];
  return request.method === 'GET' ? ['Contacts.Read.Shared'] : ['Contacts.ReadWrite.Shared'];
}

export interface GraphConnectionOptions {
  /** `https://graph.microsoft.com/v1.0` in production; the emulator's `graphUrl` in tests and the demo. */
  readonly baseUrl?: string;
  readonly tokens: TokenProvider;
  readonly clock: Clock;
  /** Fixed scopes, or chosen per request; `defaultGraphScopes` when absent. */
  readonly scopes?: ScopesFor;
  readonly random?: () => number;
  readonly fetch?: FetchFn;
  readonly retry?: RetryOptions;
  readonly maxConcurrentPerMailbox?: number;
  /** A request still unanswered after this is aborted and treated as a dropped connection. */
  readonly requestTimeoutMs?: number;
}

export interface GraphConnection {
  readonly client: GraphClient;
  readonly limiter: ConcurrencyLimiter;
  readonly clock: Clock;
  readonly random: () => number;
}

export function connectToGraph(options: GraphConnectionOptions): GraphConnection {
  const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;
  const random = options.random ?? Math.random;
  const middleware = createGraphMiddleware({
    tokens: options.tokens,
    scopes: options.scopes ?? defaultGraphScopes,
    graphHosts: [new URL(baseUrl).host],
    clock: options.clock,
    random,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.maxConcurrentPerMailbox === undefined ? {} : { maxConcurrentPerMailbox: options.maxConcurrentPerMailbox }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
  });
  return { client: new GraphClient(baseUrl, middleware.first, options.clock), limiter: middleware.limiter, clock: options.clock, random };
}
