import { afterEach, describe, expect, it } from 'vitest';
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type ErrorBody = { error: { code: string; message: string; innerError: { 'request-id': string } } };

let client: TestClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('mailbox throttling', () => {
  it('answers 429 with Retry-After and Graph’s error body past the requests-per-10-minutes limit', async () => {
    client = await startTestEmulator({ seed: 20, throttle: { requestsPer10Min: 5 } });
    for (let i = 0; i < 5; i += 1) expect((await client.graph('/me/contacts?$top=1')).status).toBe(200);
    const refused = await client.graph('/me/contacts?$top=1');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(500);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const body = await json<ErrorBody>(refused);
    expect(body.error.code).toBe('TooManyRequests');
    expect(body.error.innerError['request-id']).toBeTruthy();
    const { requests } = await json<{ requests: { status: number; throttled: boolean }[] }>(await client.control('/requests'));
    expect(requests.at(-1)).toMatchObject({ status: 429, throttled: true });
  });

  it('refuses a fifth concurrent request to one mailbox', async () => {
    client = await startTestEmulator({ seed: 20, latencyMs: 300 });
    const c = client;
    const responses = await Promise.all(Array.from({ length: 6 }, () => c.graph('/me/contacts?$top=1')));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = responses.find((r) => r.status === 429);
    expect((await json<ErrorBody>(refused as Response)).error.message).toContain('MailboxConcurrency');
    expect(refused?.headers.get('retry-after')).toBe('1');
  });

  it('counts mailboxes separately', async () => {
    client = await startTestEmulator({ seed: 20, throttle: { requestsPer10Min: 1 } });
    const other = client.emulator.users[1]?.userPrincipalName ?? '';
    expect((await client.graph('/me/contactFolders')).status).toBe(200);
    expect((await client.graph(`/users/${other}/contactFolders`)).status).toBe(200);
    expect((await client.graph('/me/contactFolders')).status).toBe(429);
  });
});
