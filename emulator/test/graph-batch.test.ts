import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type BatchResponse = { id: string; status: number; headers?: Record<string, string>; body?: Record<string, unknown> & { error?: { code: string } } };
type LogEntry = { method: string; path: string; status: number; throttled: boolean; batch: boolean; bytes: number };

let client: TestClient;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 30 });
});
afterAll(() => client.close());

const batch = async (requests: unknown[]): Promise<{ status: number; responses: BatchResponse[] }> => {
  const response = await client.graph('/$batch', { method: 'POST', body: { requests } });
  if (response.status !== 200) return { status: response.status, responses: [] };
  return { status: 200, responses: (await json<{ responses: BatchResponse[] }>(response)).responses };
};
const byId = (responses: BatchResponse[], id: string): BatchResponse | undefined => responses.find((r) => r.id === id);
const get = (id: string, url = '/me/contacts?$top=1', dependsOn?: string[]) => ({ id, method: 'GET', url, ...(dependsOn ? { dependsOn } : {}) });

describe('$batch', () => {
  it('answers each request with its id, status, headers and body', async () => {
    const { responses } = await batch([
      { id: '1', method: 'POST', url: '/me/contacts', headers: { 'Content-Type': 'application/json' }, body: { givenName: 'Batched' } },
      get('2', "/me/contacts?$filter=givenName eq 'Batched'", ['1']),
    ]);
    expect(byId(responses, '1')?.status).toBe(201);
    expect(byId(responses, '1')?.headers?.['Content-Type']).toMatch(/application\/json/);
    expect((byId(responses, '2')?.body?.value as unknown[]).length).toBe(1);
  });

  it('fails the dependants of a failed request with 424', async () => {
    const { responses } = await batch([get('a', '/me/contacts/AAMkAmissing='), get('b', '/me/contacts?$top=1', ['a']), get('c', '/me/contacts?$top=1', ['b'])]);
    expect(byId(responses, 'a')?.status).toBe(404);
    expect(byId(responses, 'b')?.status).toBe(424);
    expect(byId(responses, 'c')?.status).toBe(424);
  });

  it('refuses more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => get(String(i)));
    expect((await batch(requests)).status).toBe(400);
  });

  it('refuses a body without a Content-Type, and an unknown dependency', async () => {
    const { responses } = await batch([{ id: '1', method: 'POST', url: '/me/contacts', body: { givenName: 'X' } }]);
    expect(byId(responses, '1')?.status).toBe(400);
    expect((await batch([get('1', '/me', ['9'])])).status).toBe(400);
  });

  it('throttles independent requests beyond 4 per mailbox, each with Retry-After and the Graph error body', async () => {
    const { responses } = await batch(Array.from({ length: 20 }, (_, i) => get(String(i))));
    const throttled = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(4);
    expect(throttled).toHaveLength(16);
    expect(Number(throttled[0]?.headers?.['Retry-After'])).toBeGreaterThan(0);
    expect(throttled[0]?.body?.error?.code).toBe('TooManyRequests');
  });

  it('runs a dependsOn chain of 20 without throttling', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => get(String(i), '/me/contacts?$top=1', i === 0 ? undefined : [String(i - 1)]));
    const { responses } = await batch(requests);
    expect(responses.every((r) => r.status === 200)).toBe(true);
  });

  it('returns photo bytes in base64 inside a batch', async () => {
    const contact = (await json<{ value: { id: string }[] }>(await client.graph('/me/contacts?$top=1'))).value[0];
    const { responses } = await batch([get('p', `/me/contacts/${encodeURIComponent(contact?.id ?? '')}/photo/$value`)]);
    expect(byId(responses, 'p')?.headers?.['Content-Type']).toBe('image/png');
    expect(Buffer.from(String(byId(responses, 'p')?.body), 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('returns a delta page inside a batch as the same JSON as a direct request', async () => {
    const folder = await json<{ id: string }>(await client.graph('/me/contactFolders/contacts'));
    const url = `/me/contactFolders/${encodeURIComponent(folder.id)}/contacts/delta`;
    const direct = await json<{ value: { id: string }[] }>(await client.graph(url, { headers: { Prefer: 'odata.maxpagesize=5' } }));
    const { responses } = await batch([{ ...get('d', url), headers: { Prefer: 'odata.maxpagesize=5' } }]);
    const inner = byId(responses, 'd')?.body as { value: { id: string }[]; '@odata.nextLink'?: string } | undefined;
    expect(inner?.value).toHaveLength(5);
    expect(inner?.value).toEqual(direct.value);
    expect(inner?.['@odata.nextLink']).toMatch(/\$skiptoken=/);
  });

  it('logs inner requests, marked as batch, and which were throttled', async () => {
    await client.control('/requests', { method: 'DELETE' });
    await batch(Array.from({ length: 6 }, (_, i) => get(String(i))));
    const { requests } = await json<{ requests: LogEntry[] }>(await client.control('/requests'));
    expect(requests.filter((r) => r.batch)).toHaveLength(6);
    expect(requests.filter((r) => r.batch && r.throttled)).toHaveLength(2);
    expect(requests.filter((r) => !r.batch).map((r) => r.path)).toEqual(['/v1.0/$batch']);
  });
});
