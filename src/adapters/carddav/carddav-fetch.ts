// The CardDAV request layer: the one place that adds the credentials and retries. 429, 503 and 504 wait for
// Retry-After (or back off exponentially with jitter, capped) and dropped connections are tried again; every
// request we send is a read or a conditional write (If-Match / If-None-Match), so a retry can never apply a
// change twice. The password goes into the Authorization header only: never into errors or logs.
import { RemoteError } from '../../core/errors.js';
import type { Clock } from '../../ports/clock.js';
import { RETRYABLE_STATUSES, backoffDelayMs, parseRetryAfterMs } from '../graph/middleware/retry-handler.js';

export const CARDDAV_MAX_ATTEMPTS = 5;
export const CARDDAV_BASE_DELAY_MS = 250;
export const CARDDAV_MAX_DELAY_MS = 20_000;
/** A Retry-After longer than this is not waited out: the error reaches the caller with its retryAfterMs. */
export const CARDDAV_RETRY_AFTER_MAX_MS = 60_000;

export interface CardDavCredentials {
  readonly user: string;
  readonly password?: string;
}

export interface CardDavFetchOptions {
  readonly fetch: typeof fetch;
  readonly credentials: CardDavCredentials;
  readonly clock: Clock;
  readonly random: () => number;
  readonly maxAttempts?: number;
}

function basicAuth({ user, password }: CardDavCredentials): string {
  const bytes = new TextEncoder().encode(`${user}:${password ?? ''}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function withAuth(init: RequestInit | undefined, authorization: string): RequestInit {
  const headers = new Headers(init?.headers);
  headers.set('Authorization', authorization);
  return { ...init, headers };
}

/** A fetch for tsdav and our own requests: authenticated, retrying, rejecting only with RemoteError. */
export function carddavFetch(options: CardDavFetchOptions): typeof fetch {
  const authorization = basicAuth(options.credentials);
  const maxAttempts = options.maxAttempts ?? CARDDAV_MAX_ATTEMPTS;
  const wait = (attempt: number, retryAfterMs: number | undefined): Promise<void> =>
    options.clock.sleep(retryAfterMs ?? backoffDelayMs(attempt, options.random, CARDDAV_BASE_DELAY_MS, CARDDAV_MAX_DELAY_MS));
  return async (input, init) => {
    const request = withAuth(init, authorization);
    for (let attempt = 0; ; attempt += 1) {
      const last = attempt + 1 >= maxAttempts;
      let response: Response;
      try {
        response = await options.fetch(input, request);
      } catch (error) {
        if (last) throw new RemoteError(`The CardDAV server could not be reached (${String(input).slice(0, 200)}).`, { status: 0, cause: error });
        await wait(attempt, undefined);
        continue;
      }
      if (!RETRYABLE_STATUSES.has(response.status) || last) return response;
      const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), options.clock.now());
      if (retryAfterMs !== undefined && retryAfterMs > CARDDAV_RETRY_AFTER_MAX_MS) return response;
      await response.body?.cancel();
      await wait(attempt, retryAfterMs);
    }
  };
}
