// Retries what Graph asks us to retry (learn.microsoft.com/graph/throttling): 429, 503 and 504 wait for
// Retry-After, or back off exponentially with jitter, capped; dropped connections of idempotent requests too.
// Every other status, 4xx included, passes straight through. Time and randomness are injected.
import type { Clock } from '../../../ports/clock.js';
import { discardBody, headerValue, requestMethod, setRequestHeader } from './graph-context.js';
import type { GraphContext, Middleware } from './graph-context.js';

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);
export const RETRY_MAX_ATTEMPTS = 6;
export const RETRY_BASE_DELAY_MS = 500;
export const RETRY_MAX_DELAY_MS = 30_000;
/** A Retry-After longer than this is not waited out here: the error reaches the caller, which reschedules. */
export const RETRY_AFTER_MAX_MS = 120_000;

export interface RetryOptions {
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly retryAfterMaxMs?: number;
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, never above the cap. */
export function backoffDelayMs(attempt: number, random: () => number, baseMs = RETRY_BASE_DELAY_MS, capMs = RETRY_MAX_DELAY_MS): number {
  const step = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Retry-After (RFC 9110 §10.2.3: seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  if (!/^[A-Za-z]{3},/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export class RetryHandler implements Middleware {
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #options: Required<RetryOptions>;
  #next: Middleware | undefined;

  constructor(clock: Clock, random: () => number, options: RetryOptions = {}) {
    this.#clock = clock;
    this.#random = random;
    this.#options = {
      maxAttempts: options.maxAttempts ?? RETRY_MAX_ATTEMPTS,
      baseDelayMs: options.baseDelayMs ?? RETRY_BASE_DELAY_MS,
      maxDelayMs: options.maxDelayMs ?? RETRY_MAX_DELAY_MS,
      retryAfterMaxMs: options.retryAfterMaxMs ?? RETRY_AFTER_MAX_MS,
    };
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }

  async execute(context: GraphContext): Promise<void> {
    const next = this.#next;
    if (next === undefined) throw new Error('RetryHandler needs a next middleware.');
    const idempotent = context.idempotent ?? IDEMPOTENT_METHODS.has(requestMethod(context));
    for (let attempt = 0; ; attempt += 1) {
      const last = attempt + 1 >= this.#options.maxAttempts;
      let delayMs: number | undefined;
      try {
        context.response = undefined;
        await next.execute(context);
        delayMs = this.#delayFor(context.response, attempt);
      } catch (error) {
        if (last || !idempotent || !isNetworkFailure(error)) throw error;
        delayMs = backoffDelayMs(attempt, this.#random, this.#options.baseDelayMs, this.#options.maxDelayMs);
      }
      if (delayMs === undefined || last) return;
      await discardBody(context.response);
      setRequestHeader(context, 'Retry-Attempt', String(attempt + 1));
      await this.#clock.sleep(delayMs, context.options?.signal ?? undefined);
    }
  }

  /** How long to wait before retrying this response, or undefined when it must not be retried. */
  #delayFor(response: Response | undefined, attempt: number): number | undefined {
    if (response === undefined || !RETRYABLE_STATUSES.has(response.status)) return undefined;
    const retryAfterMs = parseRetryAfterMs(headerValue(response.headers, 'Retry-After'), this.#clock.now());
    if (retryAfterMs === undefined) return backoffDelayMs(attempt, this.#random, this.#options.baseDelayMs, this.#options.maxDelayMs);
    return retryAfterMs > this.#options.retryAfterMaxMs ? undefined : retryAfterMs;
  }
}

/** fetch rejects with a TypeError when the connection fails or drops; aborts are not network failures. */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}
