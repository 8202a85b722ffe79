import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import removedFixture from './fixtures/delta-removed.json' with { type: 'json' };
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type Entry = Record<string, unknown> & { id: string; '@removed'?: { reason: string } };
type DeltaPage = { value: Entry[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

let client: TestClient;
let folderId: string;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 450, maxDeltaPageSize: 200 });
  folderId = (await json<{ id: string }>(await client.graph('/me/contactFolders/contacts'))).id;
});
afterAll(() => client.close());

const deltaPath = (select = ''): string => `/me/contactFolders/${encodeURIComponent(folderId)}/contacts/delta${select}`;

/** Runs a whole round from `start`; returns every page. */
async function round(start: string, pageSize?: number): Promise<DeltaPage[]> {
  const pages: DeltaPage[] = [];
  let url: string | undefined = start;
  while (url) {
    const response = await client.graph(url, pageSize ? { headers: { Prefer: `odata.maxpagesize=${pageSize}` } } : {});
    expect(response.status).toBe(200);
    const page = await json<DeltaPage>(response);
    expect(Boolean(page['@odata.nextLink']) !== Boolean(page['@odata.deltaLink'])).toBe(true);
    pages.push(page);
    url = page['@odata.nextLink'];
  }
  return pages;
}

const deltaLinkOf = (pages: DeltaPage[]): string => pages.at(-1)?.['@odata.deltaLink'] ?? '';

describe('contacts delta per folder', () => {
  it('returns the current state in pages of at most 200, then a deltaLink', async () => {
    const pages = await round(deltaPath());
    const listed = await json<{ '@odata.count': number }>(await client.graph('/me/contacts?$count=true&$top=1'));
    const ids = pages.flatMap((p) => p.value.map((e) => e.id));
    expect(new Set(ids).size).toBe(listed['@odata.count']);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.value.length <= 200)).toBe(true);
    expect(pages.flatMap((p) => p.value).some((e) => e['@removed'])).toBe(false);
  });

  it('caps Prefer: odata.maxpagesize at 200 and honours smaller sizes', async () => {
    const big = await client.graph(deltaPath(), { headers: { Prefer: 'odata.maxpagesize=1000' } });
    expect((await json<DeltaPage>(big)).value).toHaveLength(200);
    expect(big.headers.get('preference-applied')).toBe('odata.maxpagesize=200');
    const small = await json<DeltaPage>(await client.graph(deltaPath(), { headers: { Prefer: 'odata.maxpagesize=7' } }));
    expect(small.value).toHaveLength(7);
  });

  it('keeps $select from the first request in the links, and always returns id', async () => {
    const pages = await round(deltaPath('?$select=displayName'), 150);
    const entry = pages[1]?.value[0] ?? {};
    expect(Object.keys(entry).sort()).toEqual(['@odata.etag', '@odata.type', 'displayName', 'id']);
  });

  it('reports later changes: updates as entries, deletions as @removed entries', async () => {
    const baseline = deltaLinkOf(await round(deltaPath()));
    const created = await json<Entry>(await client.graph('/me/contacts', { method: 'POST', body: { givenName: 'New' } }));
    const page = await json<{ value: Entry[] }>(await client.graph('/me/contacts?$top=2'));
    const [first, second] = page.value;
    await client.graph(`/me/contacts/${encodeURIComponent(first?.id ?? '')}`, { method: 'PATCH', body: { jobTitle: 'Changed' } });
    await client.graph(`/me/contacts/${encodeURIComponent(second?.id ?? '')}`, { method: 'DELETE' });
    const changes = (await round(baseline)).flatMap((p) => p.value);
    expect(changes.map((e) => e.id).sort()).toEqual([created.id, first?.id, second?.id].sort());
    const removed = changes.find((e) => e.id === second?.id);
    expect(Object.keys(removed ?? {}).sort()).toEqual(Object.keys(removedFixture.value[0] ?? {}).sort());
    expect(removed?.['@removed']).toEqual({ reason: 'deleted' });
    expect(changes.find((e) => e.id === first?.id)?.jobTitle).toBe('Changed');
  });

  it('answers an empty page with a deltaLink when nothing changed', async () => {
    const baseline = deltaLinkOf(await round(deltaPath()));
    const again = await round(baseline);
    expect(again).toHaveLength(1);
    expect(again[0]?.value).toEqual([]);
  });

  it('reports a deletion that happens in the middle of the first round', async () => {
    const first = await json<DeltaPage>(await client.graph(deltaPath(), { headers: { Prefer: 'odata.maxpagesize=10' } }));
    const victim = first.value[0]?.id ?? '';
    await client.graph(`/me/contacts/${encodeURIComponent(victim)}`, { method: 'DELETE' });
    const rest = await round(first['@odata.nextLink'] ?? '', 200);
    const later = (await round(deltaLinkOf(rest))).flatMap((p) => p.value);
    const all = [...rest.flatMap((p) => p.value), ...later];
    expect(all.some((e) => e.id === victim && e['@removed'])).toBe(true);
  });

  it('answers an empty page with a nextLink when asked to, and the round still completes', async () => {
    await client.control('/faults', { method: 'POST', body: { type: 'emptyDeltaPage', count: 2 } });
    const pages = await round(deltaPath());
    expect(pages[0]?.value).toEqual([]);
    expect(pages[0]?.['@odata.nextLink']).toBeTruthy();
    expect(pages[1]?.value).toEqual([]);
    const ids = new Set(pages.flatMap((p) => p.value.map((e) => e.id)));
    const listed = await json<{ '@odata.count': number }>(await client.graph('/me/contacts?$count=true&$top=1'));
    expect(ids.size).toBe(listed['@odata.count']);
  });

  it('answers 410 SyncStateNotFound once the control API expires delta tokens', async () => {
    const baseline = deltaLinkOf(await round(deltaPath()));
    expect((await client.control('/delta-tokens/expire', { method: 'POST' })).status).toBe(204);
    const gone = await client.graph(baseline);
    expect(gone.status).toBe(410);
    expect((await json<{ error: { code: string } }>(gone)).error.code).toBe('SyncStateNotFound');
    expect((await client.graph(deltaPath())).status).toBe(200);
  });

  it('refuses a delta token of another folder and a malformed token', async () => {
    const other = (await json<{ value: { id: string }[] }>(await client.graph('/me/contactFolders'))).value[0]?.id ?? '';
    const link = deltaLinkOf(await round(deltaPath()));
    const token = new URL(link).searchParams.get('$deltatoken') ?? '';
    expect((await client.graph(`/me/contactFolders/${encodeURIComponent(other)}/contacts/delta?$deltatoken=${token}`)).status).toBe(400);
    expect((await client.graph(`${deltaPath()}?$deltatoken=garbage`)).status).toBe(400);
  });

  it('does not serve delta over the whole mailbox (/me/contacts/delta is undocumented)', async () => {
    expect((await client.graph('/me/contacts/delta')).status).toBe(400);
  });
});

describe('contact folders delta', () => {
  it('lists every folder, then reports renames and deletions', async () => {
    const pages = await round('/me/contactFolders/delta');
    const names = pages.flatMap((p) => p.value.map((f) => f.displayName));
    expect(names).toEqual(expect.arrayContaining(['Work', 'Clients', 'Key accounts', 'Family', 'Suppliers']));
    const created = await json<{ id: string }>(await client.graph('/me/contactFolders', { method: 'POST', body: { displayName: 'Delta folder' } }));
    const link = deltaLinkOf(await round(deltaLinkOf(pages)));
    await client.graph(`/me/contactFolders/${encodeURIComponent(created.id)}`, { method: 'DELETE' });
    const changes = (await round(link)).flatMap((p) => p.value);
    expect(changes).toEqual([expect.objectContaining({ id: created.id, '@removed': { reason: 'deleted' } })]);
  });
});
