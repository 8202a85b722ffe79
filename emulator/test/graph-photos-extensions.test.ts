import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../seed/seed-photo.js';
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type Contact = Record<string, unknown> & { id: string; changeKey: string };

let client: TestClient;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 20 });
});
afterAll(() => client.close());

const enc = encodeURIComponent;
const create = async (body: Record<string, unknown>): Promise<Contact> => json<Contact>(await client.graph('/me/contacts', { method: 'POST', body }));
const CLIENT_ID_PROP = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name ContactBridgeClientId';

describe('contact photos', () => {
  it('answers 404 for a contact without a photo', async () => {
    const contact = await create({ givenName: 'Faceless' });
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/photo`)).status).toBe(404);
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/photo/$value`)).status).toBe(404);
  });

  it('stores an uploaded photo, serves its bytes and size, and bumps the changeKey', async () => {
    const contact = await create({ givenName: 'Portrait' });
    const png = makePng(32, [10, 20, 30]);
    const put = await client.graph(`/me/contacts/${enc(contact.id)}/photo/$value`, { method: 'PUT', body: png, headers: { 'content-type': 'image/png' } });
    expect(put.status).toBe(200);
    const value = await client.graph(`/me/contacts/${enc(contact.id)}/photo/$value`);
    expect(value.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await value.arrayBuffer()).equals(png)).toBe(true);
    const meta = await json<Record<string, unknown>>(await client.graph(`/me/contacts/${enc(contact.id)}/photo`));
    expect(meta).toMatchObject({ '@odata.mediaContentType': 'image/png', width: 32, height: 32, id: '32X32' });
    const after = await json<Contact>(await client.graph(`/me/contacts/${enc(contact.id)}`));
    expect(after.changeKey).not.toBe(contact.changeKey);
  });

  // learn.microsoft.com/graph/api/profilephoto-delete: "supports only user or group photos, but not Outlook contact" photos.
  it('refuses to delete a contact photo, which Graph does not support, and keeps the photo', async () => {
    const contact = await create({ givenName: 'Kept' });
    const png = makePng(16, [1, 2, 3]);
    await client.graph(`/me/contacts/${enc(contact.id)}/photo/$value`, { method: 'PUT', body: png, headers: { 'content-type': 'image/png' } });
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/photo/$value`, { method: 'DELETE' })).status).toBe(405);
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/photo`, { method: 'DELETE' })).status).toBe(405);
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/photo/$value`)).status).toBe(200);
  });

  it('refuses a photo that is not an image', async () => {
    const contact = await create({ givenName: 'Text' });
    const put = await client.graph(`/me/contacts/${enc(contact.id)}/photo/$value`, { method: 'PUT', body: new TextEncoder().encode('hello'), headers: { 'content-type': 'text/plain' } });
    expect(put.status).toBe(400);
  });
});

describe('open extensions', () => {
  it('creates an extension that $expand=extensions returns, and refuses a duplicate name', async () => {
    const contact = await create({ givenName: 'Extended' });
    const body = { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: 'com.contactbridge.meta', origin: 'import', rowNumber: 7 };
    const created = await client.graph(`/me/contacts/${enc(contact.id)}/extensions`, { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ '@odata.type': '#microsoft.graph.openTypeExtension', extensionName: 'com.contactbridge.meta', origin: 'import', rowNumber: 7 });
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/extensions`, { method: 'POST', body })).status).toBe(409);
    const expanded = await json<{ extensions: Record<string, unknown>[] }>(await client.graph(`/me/contacts/${enc(contact.id)}?$expand=extensions`));
    expect(expanded.extensions).toEqual([expect.objectContaining({ extensionName: 'com.contactbridge.meta', origin: 'import' })]);
  });

  it('updates and deletes an extension by name', async () => {
    const contact = await create({ givenName: 'Ext2' });
    await client.graph(`/me/contacts/${enc(contact.id)}/extensions`, { method: 'POST', body: { extensionName: 'com.example.x', a: 1 } });
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/extensions/com.example.x`, { method: 'PATCH', body: { a: 2 } })).status).toBe(204);
    expect(await json(await client.graph(`/me/contacts/${enc(contact.id)}/extensions/com.example.x`))).toMatchObject({ a: 2 });
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/extensions/com.example.x`, { method: 'DELETE' })).status).toBe(204);
    expect((await client.graph(`/me/contacts/${enc(contact.id)}/extensions/com.example.x`)).status).toBe(404);
  });
});

describe('single-value extended properties', () => {
  it('finds a contact by its extended property value with $filter', async () => {
    const contact = await create({ givenName: 'Tagged', singleValueExtendedProperties: [{ id: CLIENT_ID_PROP, value: 'client-123' }] });
    const filter = enc(`singleValueExtendedProperties/Any(ep: ep/id eq '${CLIENT_ID_PROP}' and ep/value eq 'client-123')`);
    const page = await json<{ value: Contact[] }>(await client.graph(`/me/contacts?$filter=${filter}`));
    expect(page.value.map((c) => c.id)).toEqual([contact.id]);
  });

  it('returns the property with $expand and $filter on its id, and leaves it out when absent', async () => {
    const tagged = await create({ givenName: 'Tagged2', singleValueExtendedProperties: [{ id: CLIENT_ID_PROP, value: 'client-456' }] });
    const plain = await create({ givenName: 'Plain' });
    const expand = `?$expand=${enc(`singleValueExtendedProperties($filter=id eq '${CLIENT_ID_PROP}')`)}`;
    const withProp = await json<Contact>(await client.graph(`/me/contacts/${enc(tagged.id)}${expand}`));
    expect(withProp.singleValueExtendedProperties).toEqual([{ id: CLIENT_ID_PROP, value: 'client-456' }]);
    const without = await json<Contact>(await client.graph(`/me/contacts/${enc(plain.id)}${expand}`));
    expect(without).not.toHaveProperty('singleValueExtendedProperties');
  });

  it('sets the property through PATCH and refuses a malformed property id', async () => {
    const contact = await create({ givenName: 'Later' });
    const patched = await client.graph(`/me/contacts/${enc(contact.id)}`, { method: 'PATCH', body: { singleValueExtendedProperties: [{ id: CLIENT_ID_PROP, value: 'v2' }] } });
    expect(patched.status).toBe(200);
    const expand = `?$expand=${enc(`singleValueExtendedProperties($filter=id eq '${CLIENT_ID_PROP}')`)}`;
    expect((await json<Contact>(await client.graph(`/me/contacts/${enc(contact.id)}${expand}`))).singleValueExtendedProperties).toEqual([{ id: CLIENT_ID_PROP, value: 'v2' }]);
    const bad = await client.graph('/me/contacts', { method: 'POST', body: { singleValueExtendedProperties: [{ id: 'NotAType x', value: 'v' }] } });
    expect(bad.status).toBe(400);
  });
});
