import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type LogEntry = { method: string; path: string; status: number; bytes: number; throttled: boolean; batch: boolean };
type DeltaPage = { value: { id: string; '@removed'?: unknown; givenName?: string }[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

let client: TestClient;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 25 });
});
afterAll(() => client.close());

const fault = (body: Record<string, unknown>) => client.control('/faults', { method: 'POST', body });
const log = async (): Promise<LogEntry[]> => (await json<{ requests: LogEntry[] }>(await client.control('/requests'))).requests;

async function deltaLink(start: string): Promise<{ link: string; entries: DeltaPage['value'] }> {
  let url: string | undefined = start;
  const entries: DeltaPage['value'] = [];
  let link = '';
  while (url) {
    const page: DeltaPage = await json<DeltaPage>(await client.graph(url));
    entries.push(...page.value);
    link = page['@odata.deltaLink'] ?? link;
    url = page['@odata.nextLink'];
  }
  return { link, entries };
}

describe('fault injection', () => {
  it('fails the next N matching requests with the status, code and Retry-After asked for', async () => {
    await fault({ type: 'status', status: 503, count: 2, pathPrefix: '/v1.0/me/contacts', retryAfterSeconds: 3 });
    expect((await client.graph('/me/contactFolders')).status).toBe(200);
    const first = await client.graph('/me/contacts?$top=1');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('3');
    expect((await json<{ error: { code: string } }>(first)).error.code).toBe('ServiceUnavailable');
    expect((await client.graph('/me/contacts?$top=1')).status).toBe(503);
    expect((await client.graph('/me/contacts?$top=1')).status).toBe(200);
  });

  it('applies a path-limited fault to the matching request inside a batch', async () => {
    await fault({ type: 'status', status: 500, pathPrefix: '/v1.0/me/contactFolders' });
    const response = await client.graph('/$batch', { method: 'POST', body: { requests: [{ id: '1', method: 'GET', url: '/me/contacts?$top=1' }, { id: '2', method: 'GET', url: '/me/contactFolders' }] } });
    const { responses } = await json<{ responses: { id: string; status: number }[] }>(response);
    expect(responses.find((r) => r.id === '1')?.status).toBe(200);
    expect(responses.find((r) => r.id === '2')?.status).toBe(500);
  });

  it('fails a whole $batch when the fault names the batch path', async () => {
    await fault({ type: 'status', status: 503, pathPrefix: '/v1.0/$batch' });
    const response = await client.graph('/$batch', { method: 'POST', body: { requests: [{ id: '1', method: 'GET', url: '/me/contacts?$top=1' }] } });
    expect(response.status).toBe(503);
  });

  it('answers CORS preflights of the control API', async () => {
    const response = await fetch(`${client.emulator.url}/_emulator/faults`, { method: 'OPTIONS', headers: { origin: 'https://localhost:3000', 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
  });

  it('fails a seeded share of requests with transient statuses, replayably', async () => {
    const run = async (): Promise<number[]> => {
      await client.control('/faults', { method: 'DELETE' });
      await fault({ type: 'random', rate: 0.5, seed: 7, pathPrefix: '/v1.0/me/contactFolders' });
      const statuses: number[] = [];
      for (let i = 0; i < 24; i += 1) statuses.push((await client.graph('/me/contactFolders')).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(4);
    expect(first.filter((s) => s !== 200).every((s) => [429, 500, 502, 503, 504].includes(s))).toBe(true);
    expect(first.some((s) => s !== 200)).toBe(true);
    expect(await run()).toEqual(first);
    await client.control('/faults', { method: 'DELETE' });
  });

  it('adds latency to the next responses', async () => {
    await fault({ type: 'latency', ms: 250, count: 1 });
    const started = performance.now();
    await client.graph('/me/contacts?$top=1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('drops the connection mid-response', async () => {
    await fault({ type: 'drop', count: 1 });
    await expect(client.graph('/me/contacts').then((r) => r.text())).rejects.toThrow();
    expect((await client.graph('/me/contacts?$top=1')).status).toBe(200);
  });

  it('lists and clears armed faults, and refuses a malformed one', async () => {
    await fault({ type: 'status', status: 502, count: 5, pathPrefix: '/v1.0/nowhere' });
    expect((await json<{ faults: unknown[] }>(await client.control('/faults'))).faults).toHaveLength(1);
    expect((await client.control('/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await json<{ faults: unknown[] }>(await client.control('/faults'))).faults).toHaveLength(0);
    expect((await fault({ type: 'explode' })).status).toBe(400);
  });
});

describe('remote mutations', () => {
  it('creates, updates and deletes like another Outlook client, visible to delta and not logged', async () => {
    const folder = (await json<{ id: string }>(await client.graph('/me/contactFolders/contacts'))).id;
    const { link } = await deltaLink(`/me/contactFolders/${encodeURIComponent(folder)}/contacts/delta`);
    await client.control('/requests', { method: 'DELETE' });
    const created = await json<{ id: string; changeKey: string }>(await client.control('/remote/me/contacts', { method: 'POST', body: { givenName: 'Remote' } }));
    const updated = await json<{ changeKey: string }>(await client.control(`/remote/me/contacts/${encodeURIComponent(created.id)}`, { method: 'PATCH', body: { givenName: 'Remote 2' } }));
    expect(updated.changeKey).not.toBe(created.changeKey);
    expect(await log()).toEqual([]);
    const round = await deltaLink(link);
    expect(round.entries).toEqual([expect.objectContaining({ id: created.id, givenName: 'Remote 2' })]);
    expect((await client.control(`/remote/me/contacts/${encodeURIComponent(created.id)}`, { method: 'DELETE' })).status).toBe(204);
    const after = await deltaLink(round.link);
    expect(after.entries).toEqual([expect.objectContaining({ id: created.id, '@removed': { reason: 'deleted' } })]);
  });

  it('creates and deletes folders', async () => {
    const folder = await json<{ id: string; displayName: string }>(await client.control('/remote/me/contactFolders', { method: 'POST', body: { displayName: 'From phone' } }));
    expect(folder.displayName).toBe('From phone');
    expect((await client.graph(`/me/contactFolders/${encodeURIComponent(folder.id)}`)).status).toBe(200);
    expect((await client.control(`/remote/me/contactFolders/${encodeURIComponent(folder.id)}`, { method: 'DELETE' })).status).toBe(204);
    expect((await client.graph(`/me/contactFolders/${encodeURIComponent(folder.id)}`)).status).toBe(404);
  });

  it('answers Graph errors for bad remote requests', async () => {
    const response = await client.control('/remote/me/contacts', { method: 'POST', body: { nonsense: true } });
    expect(response.status).toBe(400);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe('RequestBodyRead');
  });
});

describe('request log and reset', () => {
  it('records method, path, status and bytes of each Graph request', async () => {
    await client.control('/requests', { method: 'DELETE' });
    await client.graph('/me/contacts?$top=2');
    await client.graph('/me/contacts/AAMkAnothere=');
    const entries = await log();
    expect(entries.map((e) => [e.method, e.path, e.status])).toEqual([
      ['GET', '/v1.0/me/contacts', 200],
      ['GET', '/v1.0/me/contacts/AAMkAnothere=', 404],
    ]);
    expect(entries[0]?.bytes).toBeGreaterThan(100);
    expect(entries[0]).toMatchObject({ throttled: false, batch: false });
  });

  it('resets the mailbox, the log and every delta token', async () => {
    const folder = (await json<{ id: string }>(await client.graph('/me/contactFolders/contacts'))).id;
    const { link } = await deltaLink(`/me/contactFolders/${encodeURIComponent(folder)}/contacts/delta`);
    const created = await json<{ id: string }>(await client.graph('/me/contacts', { method: 'POST', body: { givenName: 'Ephemeral' } }));
    expect((await client.control('/reset', { method: 'POST' })).status).toBe(204);
    expect(await log()).toEqual([]);
    expect((await client.graph(`/me/contacts/${encodeURIComponent(created.id)}`)).status).toBe(404);
    expect((await client.graph(link)).status).toBe(410);
  });
});
