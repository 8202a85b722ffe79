import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type Folder = { id: string; displayName: string; parentFolderId: string };

let client: TestClient;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 40 });
});
afterAll(() => client.close());

const enc = encodeURIComponent;

describe('contact folders', () => {
  it('lists the folders under the default Contacts folder, reachable as "contacts"', async () => {
    const root = await json<Folder>(await client.graph('/me/contactFolders/contacts'));
    expect(root.displayName).toBe('Contacts');
    const { value } = await json<{ value: Folder[] }>(await client.graph('/me/contactFolders'));
    expect(value.map((f) => f.displayName)).toEqual(expect.arrayContaining(['Work', 'Family', 'Suppliers']));
    expect(value.every((f) => f.parentFolderId === root.id)).toBe(true);
    const contact = (await json<{ value: { parentFolderId: string }[] }>(await client.graph('/me/contacts?$top=1'))).value[0];
    expect(contact?.parentFolderId).toBe(root.id);
  });

  it('nests child folders', async () => {
    const { value } = await json<{ value: Folder[] }>(await client.graph('/me/contactFolders'));
    const work = value.find((f) => f.displayName === 'Work');
    const children = await json<{ value: Folder[] }>(await client.graph(`/me/contactFolders/${enc(work?.id ?? '')}/childFolders`));
    expect(children.value.map((f) => f.displayName)).toEqual(['Clients']);
  });

  it('creates, renames and deletes a folder, and refuses a duplicate name with 409', async () => {
    const created = await json<Folder>(await client.graph('/me/contactFolders', { method: 'POST', body: { displayName: 'Temp' } }));
    expect((await client.graph('/me/contactFolders', { method: 'POST', body: { displayName: 'temp' } })).status).toBe(409);
    const renamed = await json<Folder>(await client.graph(`/me/contactFolders/${enc(created.id)}`, { method: 'PATCH', body: { displayName: 'Renamed' } }));
    expect(renamed.displayName).toBe('Renamed');
    const child = await client.graph(`/me/contactFolders/${enc(created.id)}/childFolders`, { method: 'POST', body: { displayName: 'Inner' } });
    expect(child.status).toBe(201);
    expect((await client.graph(`/me/contactFolders/${enc(created.id)}`, { method: 'DELETE' })).status).toBe(204);
    expect((await client.graph(`/me/contactFolders/${enc(created.id)}`)).status).toBe(404);
    expect((await client.graph(`/me/contactFolders/${enc((await json<Folder>(child)).id)}`)).status).toBe(404);
  });

  it('pages folder lists with $top, $count and a nextLink that carries $select on', async () => {
    const first = await json<{ value: Folder[]; '@odata.count': number; '@odata.nextLink'?: string }>(await client.graph('/me/contactFolders?$top=2&$count=true&$select=displayName'));
    expect(first.value).toHaveLength(2);
    expect(first['@odata.count']).toBeGreaterThan(2);
    expect(first['@odata.nextLink']).toMatch(/\$skip=2/);
    const second = await json<{ value: Folder[] }>(await client.graph(first['@odata.nextLink'] ?? ''));
    expect(second.value.length).toBe(first['@odata.count'] - 2);
    expect(Object.keys(second.value[0] ?? {}).sort()).toEqual(['displayName', 'id']);
  });

  it('refuses a malformed folder id with 400 and answers 404 for an unknown one', async () => {
    const malformed = await client.graph('/me/contactFolders/not-an-id');
    expect(malformed.status).toBe(400);
    expect((await json<{ error: { code: string } }>(malformed)).error.code).toBe('ErrorInvalidIdMalformed');
    expect((await client.graph('/me/contactFolders/AAMkAunknown=')).status).toBe(404);
  });

  it('refuses to delete the default folder', async () => {
    const root = await json<Folder>(await client.graph('/me/contactFolders/contacts'));
    expect((await client.graph(`/me/contactFolders/${enc(root.id)}`, { method: 'DELETE' })).status).toBe(400);
  });

  it('answers 405 for a verb the path does not support and 400 for an unknown segment', async () => {
    expect((await client.graph('/me/contactFolders', { method: 'DELETE' })).status).toBe(405);
    expect((await client.graph('/me/notAThing')).status).toBe(400);
    expect((await client.graph('/me/contacts/%E0%A4%A')).status).toBe(400);
  });
});
