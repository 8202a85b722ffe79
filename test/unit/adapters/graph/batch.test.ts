import { describe, expect, it } from 'vitest';
import { runBatch } from '../../../../src/adapters/graph/batch.js';
import type { BatchRequest } from '../../../../src/adapters/graph/batch.js';
import { GraphClient } from '../../../../src/adapters/graph/graph-client.js';
import { createGraphMiddleware } from '../../../../src/adapters/graph/middleware/create-graph-middleware.js';
import { RemoteError } from '../../../../src/core/errors.js';
import { InstantClock } from './instant-clock.js';
import { json, scriptedFetch } from './scripted-fetch.js';
import type { Answer, RecordedRequest } from './scripted-fetch.js';

const BASE = 'https://graph.example.test/v1.0';

interface InnerRequest {
  readonly id: string;
  readonly url: string;
  readonly method: string;
  readonly dependsOn?: string[];
  readonly headers?: Record<string, string>;
}

const innerOf = (request: RecordedRequest | undefined): InnerRequest[] => (request?.body as { requests: InnerRequest[] }).requests;

/** Answers a batch by mapping each inner request (in the order sent) to a status; answers come back reversed. */
function batchAnswer(statusFor: (inner: InnerRequest, position: number) => [number, Record<string, string>?]): Answer {
  return (request) =>
    json(200, {
      responses: innerOf(request)
        .map((inner, position) => {
          const [status, headers] = statusFor(inner, position);
          return { id: inner.id, status, headers: headers ?? {}, body: status < 300 ? { id: `${inner.url}-done` } : { error: { code: `E${status}` } } };
        })
        .reverse(),
    });
}

function setup(answers: readonly Answer[]) {
  const clock = new InstantClock();
  const { fetch, requests } = scriptedFetch(answers);
  const middleware = createGraphMiddleware({
    tokens: { getAccessToken: async () => 'token' },
    scopes: [],
    graphHosts: [new URL(BASE).host],
    clock,
    random: () => 0.5,
    fetch,
  });
  return { runner: { client: new GraphClient(BASE, middleware.first, clock), clock, random: () => 0.5 }, clock, requests };
}

const deletes = (count: number): BatchRequest[] => Array.from({ length: count }, (_, i) => ({ method: 'DELETE', url: `/me/contacts/c${i}` }));

describe('runBatch', () => {
  it('chains the inner requests with dependsOn and answers in request order', async () => {
    const { runner, requests } = setup([batchAnswer(() => [204])]);
    const outcomes = await runBatch(runner, 'me', deletes(3));
    expect(innerOf(requests[0]).map((r) => [r.id, r.dependsOn])).toEqual([['1', undefined], ['2', ['1']], ['3', ['2']]]);
    expect(requests[0]?.url).toBe(`${BASE}/$batch`);
    expect(outcomes.map((o) => o.status)).toEqual([204, 204, 204]);
  });

  it('re-sends only the throttled request and those that never ran, after Retry-After', async () => {
    const { runner, requests, clock } = setup([
      batchAnswer((_, position) => (position === 0 ? [204] : position === 1 ? [429, { 'Retry-After': '3' }] : [424])),
      batchAnswer(() => [204]),
    ]);
    const outcomes = await runBatch(runner, 'me', deletes(4));
    expect(innerOf(requests[1]).map((r) => r.url)).toEqual(['/me/contacts/c1', '/me/contacts/c2', '/me/contacts/c3']);
    expect(clock.sleeps).toEqual([3000]);
    expect(outcomes.map((o) => o.status)).toEqual([204, 204, 204, 204]);
  });

  it('keeps a permanent inner failure as its answer and retries the requests after it', async () => {
    const { runner, requests } = setup([batchAnswer((_, position) => (position === 1 ? [404] : position > 1 ? [424] : [204])), batchAnswer(() => [204])]);
    const outcomes = await runBatch(runner, 'me', deletes(3));
    expect(outcomes.map((o) => o.status)).toEqual([204, 404, 204]);
    expect(requests).toHaveLength(2);
  });

  it('keeps going past many permanent failures in one chain without giving up on the rest', async () => {
    const { runner, requests } = setup([batchAnswer((_, position) => (position === 0 ? [404] : [424]))]);
    const outcomes = await runBatch(runner, 'me', deletes(8));
    expect(outcomes.map((o) => o.status)).toEqual(Array.from({ length: 8 }, () => 404));
    expect(requests).toHaveLength(8);
  });

  it('answers a retryable error for requests still blocked behind a throttled one when retries run out', async () => {
    const { runner } = setup([batchAnswer((_, position) => (position === 0 ? [429, { 'Retry-After': '1' }] : [424]))]);
    const outcomes = await runBatch(runner, 'me', deletes(3));
    expect(outcomes[0]?.status).toBe(429);
    expect(outcomes.slice(1).map((o) => [o.status, o.error?.retryable])).toEqual([
      [429, true],
      [429, true],
    ]);
  });

  it('gives every request the error when the batch itself fails', async () => {
    const { runner } = setup([json(400, { error: { code: 'BadRequest', message: 'bad' } })]);
    const outcomes = await runBatch(runner, 'me', deletes(2));
    expect(outcomes.every((o) => o.error instanceof RemoteError && o.error.status === 400)).toBe(true);
  });

  it('refuses more than 20 requests', async () => {
    const { runner } = setup([json(200, {})]);
    await expect(runBatch(runner, 'me', deletes(21))).rejects.toBeInstanceOf(RangeError);
  });
});
