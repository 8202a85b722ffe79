import { describe, expect, it } from 'vitest';
import { GraphClient } from '../../../../src/adapters/graph/graph-client.js';
import { createGraphMiddleware } from '../../../../src/adapters/graph/middleware/create-graph-middleware.js';
import { backoffDelayMs } from '../../../../src/adapters/graph/middleware/retry-handler.js';
import { ConflictError, DeltaExpiredError, NotFoundError, RemoteError } from '../../../../src/core/errors.js';
import type { TokenRequest } from '../../../../src/ports/token-provider.js';
import { InstantClock } from './instant-clock.js';
import { graphError, json, scriptedFetch } from './scripted-fetch.js';
import type { Answer } from './scripted-fetch.js';

const BASE = 'https://graph.example.test/v1.0';

function setup(answers: readonly Answer[], options: { maxAttempts?: number; requestTimeoutMs?: number } = {}) {
  const clock = new InstantClock();
  const tokenRequests: TokenRequest[] = [];
  let minted = 0;
  const tokens = {
    getAccessToken: async (request: TokenRequest) => {
      tokenRequests.push(request);
      minted += 1;
      return `token-${minted}`;
    },
  };
  const { fetch, requests } = scriptedFetch(answers);
  const middleware = createGraphMiddleware({
    tokens,
    scopes: ['Contacts.ReadWrite'],
    graphHosts: [new URL(BASE).host],
    clock,
    random: () => 0.5,
    fetch,
    ...(options.maxAttempts === undefined ? {} : { retry: { maxAttempts: options.maxAttempts } }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
  });
  const client = new GraphClient(BASE, middleware.first, clock);
  return { client, clock, requests, tokenRequests, limiter: middleware.limiter };
}

const get = (url = '/me/contacts') => ({ method: 'GET' as const, url });

describe('Graph middleware chain', () => {
  it('sends the bearer token to the Graph host only', async () => {
    const { client, requests } = setup([json(200, {})]);
    await client.json(get(), { action: 'test' });
    await client.json(get('https://elsewhere.example.test/v1.0/me'), { action: 'test' });
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(requests[1]?.headers.get('Authorization')).toBeNull();
  });

  it('refreshes the token once after a 401 and retries once', async () => {
    const { client, requests, tokenRequests } = setup([graphError(401, 'InvalidAuthenticationToken'), json(200, { ok: 1 })]);
    await expect(client.json(get(), { action: 'test' })).resolves.toEqual({ ok: 1 });
    expect(tokenRequests.map((r) => r.forceRefresh)).toEqual([false, true]);
    expect(requests[1]?.headers.get('Authorization')).toBe('Bearer token-2');
  });

  it('gives up after a second 401 instead of looping', async () => {
    const { client, requests } = setup([graphError(401, 'InvalidAuthenticationToken')]);
    const error = await client.json(get(), { action: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).status).toBe(401);
    expect(requests).toHaveLength(2);
  });

  it('waits the Retry-After seconds of a 429 before retrying', async () => {
    const { client, clock, requests } = setup([graphError(429, 'TooManyRequests', { 'Retry-After': '7' }), json(200, {})]);
    await client.json(get(), { action: 'test' });
    expect(clock.sleeps).toEqual([7000]);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers.get('Retry-Attempt')).toBe('1');
  });

  it('backs off exponentially with jitter on 503 and 504 without Retry-After', async () => {
    const { client, clock } = setup([graphError(503, 'ServiceUnavailable'), graphError(504, 'GatewayTimeout'), json(200, {})]);
    await client.json(get(), { action: 'test' });
    expect(clock.sleeps).toEqual([backoffDelayMs(0, () => 0.5), backoffDelayMs(1, () => 0.5)]);
    expect(clock.sleeps[1]).toBeGreaterThan(clock.sleeps[0] ?? 0);
  });

  it('caps the backoff and the number of attempts, then reports the last answer with its Retry-After', async () => {
    const { client, clock, requests } = setup([graphError(429, 'TooManyRequests', { 'Retry-After': '2' })], { maxAttempts: 3 });
    const error = (await client.json(get(), { action: 'test' }).catch((e: unknown) => e)) as RemoteError;
    expect(requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([2000, 2000]);
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(2000);
    expect(backoffDelayMs(30, () => 1)).toBe(30_000);
  });

  it('hands a Retry-After too long to wait out to the caller at once', async () => {
    const { client, clock, requests } = setup([graphError(429, 'TooManyRequests', { 'Retry-After': '600' })]);
    await expect(client.json(get(), { action: 'test' })).rejects.toMatchObject({ status: 429, retryAfterMs: 600_000 });
    expect(requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('never retries other client errors', async () => {
    const { client, requests } = setup([graphError(400, 'ErrorInvalidProperty')]);
    await expect(client.json(get(), { action: 'test' })).rejects.toMatchObject({ status: 400, code: 'ErrorInvalidProperty', requestId: 'req-400' });
    expect(requests).toHaveLength(1);
  });

  it('retries a dropped connection of a GET but not of a POST', async () => {
    const dropped = new TypeError('fetch failed');
    const first = setup([dropped, json(200, { ok: true })]);
    await expect(first.client.json(get(), { action: 'test' })).resolves.toEqual({ ok: true });
    const second = setup([dropped, json(201, {})]);
    await expect(second.client.json({ method: 'POST', url: '/me/contacts', body: {} }, { action: 'test' })).rejects.toMatchObject({ status: 0 });
    expect(second.requests).toHaveLength(1);
  });

  it('aborts a request that hangs past the timeout and retries it like a dropped connection', async () => {
    const hang: Answer = (request) =>
      new Promise<Response>((_, reject) => request.signal?.addEventListener('abort', () => reject(request.signal?.reason)));
    const { client, requests } = setup([hang, json(200, { late: false })], { requestTimeoutMs: 5 });
    await expect(client.json(get(), { action: 'test' })).resolves.toEqual({ late: false });
    expect(requests).toHaveLength(2);
  });

  it('translates 404, 412, 410 on delta and syncStateNotFound into our errors', async () => {
    const cases: [Response, boolean, unknown][] = [
      [graphError(404, 'ErrorItemNotFound'), false, NotFoundError],
      [graphError(412, 'ErrorIrresolvableConflict'), false, ConflictError],
      [graphError(410, 'Gone'), true, DeltaExpiredError],
      [graphError(400, 'syncStateNotFound'), true, DeltaExpiredError],
    ];
    for (const [answer, delta, type] of cases) {
      const { client } = setup([answer]);
      await expect(client.json(get(), { action: 'test', delta })).rejects.toBeInstanceOf(type);
    }
  });

  it('keeps at most four requests in flight per mailbox and lets other mailboxes through', async () => {
    let inFlight = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const slow: Answer = () =>
      new Promise<Response>((resolve) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        release.push(() => {
          inFlight -= 1;
          resolve(json(200, {}));
        });
      });
    const { client, limiter } = setup([slow]);
    const calls = Array.from({ length: 10 }, () => client.json(get(), { action: 'test' }));
    const other = client.json(get('/users/bob/contacts'), { action: 'test' });
    while (release.length < 5) await new Promise((r) => setImmediate(r));
    expect(inFlight).toBe(5);
    while (release.length > 0 || inFlight > 0) {
      release.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all([...calls, other]);
    expect(peak).toBe(5);
    expect(limiter.peakInFlight).toBe(4);
  });
});
