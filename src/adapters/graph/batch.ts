// Sends up to 20 requests as one JSON batch (learn.microsoft.com/graph/json-batching), chained with dependsOn
// so Graph runs one at a time, and re-sends only the inner requests that failed retryably (429/503/504, and
// 424 for those that never ran because an earlier one failed), after Retry-After or a jittered backoff.
import type { Clock } from '../../ports/clock.js';
import { RemoteError } from '../../core/errors.js';
import { chainDependsOn, MAX_BATCH_REQUESTS } from '../../core/sync/plan-batches.js';
import type { GraphClient } from './graph-client.js';
import { backoffDelayMs, parseRetryAfterMs, RETRY_AFTER_MAX_MS, RETRY_MAX_ATTEMPTS, RETRYABLE_STATUSES } from './middleware/retry-handler.js';

export interface BatchRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/me/contacts`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** One inner answer; `error` is set when the batch itself failed (no inner answer exists). */
export interface BatchOutcome {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly error?: RemoteError;
}

interface InnerResponse {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly headers?: unknown;
  readonly body?: unknown;
}

/** 424 Failed Dependency: the request did not run because the one it depends on failed. */
const FAILED_DEPENDENCY = 424;

export interface BatchRunner {
  readonly client: GraphClient;
  readonly clock: Clock;
  readonly random: () => number;
}

export async function runBatch(runner: BatchRunner, mailboxKey: string, requests: readonly BatchRequest[]): Promise<readonly BatchOutcome[]> {
  if (requests.length > MAX_BATCH_REQUESTS) throw new RangeError(`A batch holds at most ${MAX_BATCH_REQUESTS} requests.`);
  const outcomes: (BatchOutcome | undefined)[] = requests.map(() => undefined);
  let pending = requests.map((_, index) => index);
  // Only throttled rounds count against the limit: a round that ends in 424s always completed the request
  // before them, so re-sending the rest makes progress.
  for (let throttledRounds = 0; pending.length > 0; ) {
    const answers = await sendOnce(runner, mailboxKey, pending.map((index) => requests[index] as BatchRequest));
    const retry: number[] = [];
    let waitMs = 0;
    let throttled = false;
    pending.forEach((index, position) => {
      const answer = answers[position] as BatchOutcome;
      outcomes[index] = answer;
      if (answer.error !== undefined) return;
      if (answer.status === FAILED_DEPENDENCY) retry.push(index);
      if (!RETRYABLE_STATUSES.has(answer.status)) return;
      retry.push(index);
      throttled = true;
      const after = parseRetryAfterMs(answer.headers['retry-after'], runner.clock.now());
      waitMs = Math.max(waitMs, after ?? backoffDelayMs(throttledRounds, runner.random));
    });
    if (throttled) throttledRounds += 1;
    const stalled = !throttled && retry.length === pending.length;
    if (retry.length === 0 || stalled || throttledRounds >= RETRY_MAX_ATTEMPTS || waitMs > RETRY_AFTER_MAX_MS) {
      if (throttled) markBlocked(outcomes, retry, waitMs);
      break;
    }
    if (waitMs > 0) await runner.clock.sleep(waitMs);
    pending = retry.sort((a, b) => a - b);
  }
  return outcomes as BatchOutcome[];
}

/** Requests left unrun behind a throttled one answer a retryable error, not a bare 424. */
function markBlocked(outcomes: (BatchOutcome | undefined)[], indexes: readonly number[], retryAfterMs: number): void {
  for (const index of indexes) {
    if (outcomes[index]?.status !== FAILED_DEPENDENCY) continue;
    const error = new RemoteError('Microsoft Graph did not run this request: an earlier request in its batch stayed throttled.', { status: 429, retryAfterMs });
    outcomes[index] = { status: 429, headers: {}, body: undefined, error };
  }
}

async function sendOnce(runner: BatchRunner, mailboxKey: string, requests: readonly BatchRequest[]): Promise<readonly BatchOutcome[]> {
  const links = chainDependsOn(requests.length);
  const body = {
    requests: requests.map((request, i) => {
      const link = links[i] as (typeof links)[number];
      const headers = { ...request.headers, ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) };
      return {
        ...link,
        method: request.method,
        url: request.url,
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        ...(request.body === undefined ? {} : { body: request.body }),
      };
    }),
  };
  const action = `sending a batch of ${requests.length} requests`;
  let answer: unknown;
  try {
    answer = await runner.client.json(
      { method: 'POST', url: '/$batch', body, mailboxKey, concurrencyWeight: 1, idempotent: requests.every((r) => r.method !== 'POST'), readOnly: requests.every((r) => r.method === 'GET') },
      { action },
    );
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    return requests.map(() => ({ status: error.status, headers: {}, body: undefined, error }));
  }
  const responses = readResponses(answer);
  return links.map((link) => {
    const inner = responses.get(link.id);
    if (inner !== undefined) return inner;
    const error = new RemoteError(`Microsoft Graph sent no answer for request ${link.id} of a batch.`, { status: 502 });
    return { status: 502, headers: {}, body: undefined, error };
  });
}

/** The batch answer's responses by id (they may come in any order); header names lower-cased. */
function readResponses(answer: unknown): Map<string, BatchOutcome> {
  const byId = new Map<string, BatchOutcome>();
  const list = (answer as { responses?: unknown } | undefined)?.responses;
  if (!Array.isArray(list)) return byId;
  for (const inner of list as InnerResponse[]) {
    if (typeof inner?.id !== 'string' || typeof inner.status !== 'number') continue;
    const headers: Record<string, string> = {};
    if (typeof inner.headers === 'object' && inner.headers !== null) {
      for (const [name, value] of Object.entries(inner.headers)) if (typeof value === 'string') headers[name.toLowerCase()] = value;
    }
    byId.set(inner.id, { status: inner.status, headers, body: inner.body });
  }
  return byId;
}
