import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import contactFixture from './fixtures/contact.json' with { type: 'json' };
import errorFixture from './fixtures/error.json' with { type: 'json' };
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type Contact = Record<string, unknown> & { id: string; changeKey: string; '@odata.etag': string };
type Page = { value: Contact[]; '@odata.nextLink'?: string; '@odata.count'?: number };

let client: TestClient;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 60 });
});
afterAll(() => client.close());

const create = async (body: Record<string, unknown>, path = '/me/contacts'): Promise<Contact> => {
  const response = await client.graph(path, { method: 'POST', body });
  expect(response.status).toBe(201);
  return json<Contact>(response);
};

describe('contacts (documented shapes)', () => {
  it('returns every documented contact property, in the documented types', async () => {
    const contact = await create({ givenName: 'Pavel', surname: 'Bansky', businessPhones: ['+1 732 555 0102'] });
    const { '@odata.context': _context, ...rest } = contact;
    expect(Object.keys(rest).sort()).toEqual(Object.keys(contactFixture).sort());
    for (const [key, value] of Object.entries(contactFixture)) {
      const actual = rest[key];
      if (Array.isArray(value)) expect(Array.isArray(actual), key).toBe(true);
      else if (value !== null && typeof value === 'object') expect(typeof actual, key).toBe('object');
      else if (actual !== null) expect(typeof actual, key).toBe('string');
    }
    expect(contact['@odata.etag']).toBe(`W/"${contact.changeKey}"`);
  });

  it('answers a missing contact with the documented error body', async () => {
    const contact = await create({ givenName: 'Gone' });
    expect((await client.graph(`/me/contacts/${encodeURIComponent(contact.id)}`, { method: 'DELETE' })).status).toBe(204);
    const response = await client.graph(`/me/contacts/${encodeURIComponent(contact.id)}`, { headers: { 'client-request-id': 'abc-123' } });
    expect(response.status).toBe(404);
    const body = await json<typeof errorFixture>(response);
    expect(Object.keys(body.error).sort()).toEqual(Object.keys(errorFixture.error).sort());
    expect(body.error.code).toBe('ErrorItemNotFound');
    expect(body.error.innerError['client-request-id']).toBe('abc-123');
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('refuses a malformed id with 400 ErrorInvalidIdMalformed', async () => {
    const response = await client.graph('/me/contacts/not-an-id');
    expect(response.status).toBe(400);
    expect((await json<typeof errorFixture>(response)).error.code).toBe('ErrorInvalidIdMalformed');
  });

  it('rejects an unknown property as Graph does (RequestBodyRead)', async () => {
    const response = await client.graph('/me/contacts', { method: 'POST', body: { givenName: 'X', favouriteColour: 'blue' } });
    expect(response.status).toBe(400);
    const body = await json<typeof errorFixture>(response);
    expect(body.error.code).toBe('RequestBodyRead');
    expect(body.error.message).toContain("'favouriteColour'");
  });

  it('rejects a fourth e-mail address', async () => {
    const emailAddresses = ['a', 'b', 'c', 'd'].map((x) => ({ address: `${x}@example.com` }));
    expect((await client.graph('/me/contacts', { method: 'POST', body: { emailAddresses } })).status).toBe(400);
  });

  it('keeps every documented property as written and stores birthdays by date', async () => {
    const body = {
      givenName: 'Ana', middleName: 'B.', surname: 'Costa', nickName: 'Aninha', title: 'Dr.', generation: 'Jr.', initials: 'A.B.C.', fileAs: 'Costa, Ana',
      yomiGivenName: 'アナ', yomiSurname: 'コスタ', yomiCompanyName: 'ウッド', emailAddresses: [{ name: 'Ana', address: 'ana@example.com' }], imAddresses: ['sip:ana@example.com'],
      businessPhones: ['+351 21 000 0000', '+351 21 000 0001'], homePhones: ['+351 22 000 0000'], mobilePhone: '+351 912 000 000', companyName: 'Woodgrove', department: 'Ops',
      jobTitle: 'CFO', officeLocation: '3.14', profession: 'Economist', manager: 'Rui', assistantName: 'Rita', businessHomePage: 'https://woodgrove.example',
      homeAddress: { street: 'Rua A 1', city: 'Porto', postalCode: '4000-001', countryOrRegion: 'Portugal' }, businessAddress: { city: 'Lisboa' }, otherAddress: { state: 'Algarve' },
      birthday: '1980-02-29T00:00:00Z', spouseName: 'Zé', children: ['Inês', 'Tomás'], personalNotes: 'Line 1\nLine 2', categories: ['VIP'],
    };
    const created = await create(body);
    const fetched = await json<Contact>(await client.graph(`/me/contacts/${encodeURIComponent(created.id)}`));
    const { birthday, ...others } = body;
    expect(fetched).toMatchObject(others);
    expect(String(fetched.birthday).slice(0, 10)).toBe(birthday.slice(0, 10));
  });
});

describe('contact lists', () => {
  it('pages with @odata.nextLink and $skip until every contact is seen', async () => {
    const first = await json<Page>(await client.graph('/me/contacts?$select=displayName&$count=true'));
    expect(first.value).toHaveLength(10);
    const seen = new Set(first.value.map((c) => c.id));
    let next = first['@odata.nextLink'];
    expect(next).toContain('$skip=10');
    while (next) {
      const page = await json<Page>(await client.graph(next));
      page.value.forEach((c) => seen.add(c.id));
      next = page['@odata.nextLink'];
    }
    expect(seen.size).toBe(first['@odata.count']);
  });

  it('returns only the selected properties, plus id and @odata.etag', async () => {
    const page = await json<Page>(await client.graph('/me/contacts?$top=3&$select=givenName'));
    expect(Object.keys(page.value[0] ?? {}).sort()).toEqual(['@odata.etag', 'givenName', 'id']);
  });

  it('filters on an e-mail address with any()', async () => {
    const filter = encodeURIComponent("emailAddresses/any(a:a/address eq 'JOHN.DOE@fabrikam.example')");
    const page = await json<Page>(await client.graph(`/me/contacts?$filter=${filter}`));
    expect(page.value.map((c) => c.displayName)).toEqual(['John Doe']);
  });

  it('filters with startswith on displayName and orders descending', async () => {
    const page = await json<Page>(await client.graph(`/me/contacts?$filter=${encodeURIComponent("startswith(displayName,'S')")}&$orderby=displayName desc&$top=50`));
    const names = page.value.map((c) => String(c.displayName));
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => n.toLowerCase().startsWith('s'))).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
  });

  it('answers 400 to a filter it cannot parse and to an unknown $select property', async () => {
    expect((await client.graph(`/me/contacts?$filter=${encodeURIComponent('displayName eq')}`)).status).toBe(400);
    expect((await client.graph('/me/contacts?$select=shoeSize')).status).toBe(400);
  });
});

describe('contact writes', () => {
  it('changes changeKey, etag and lastModifiedDateTime on every PATCH', async () => {
    const created = await create({ givenName: 'Before' });
    const response = await client.graph(`/me/contacts/${encodeURIComponent(created.id)}`, { method: 'PATCH', body: { givenName: 'After' } });
    const updated = await json<Contact>(response);
    expect(updated.givenName).toBe('After');
    expect(updated.changeKey).not.toBe(created.changeKey);
    expect(updated['@odata.etag']).toBe(`W/"${updated.changeKey}"`);
    expect(updated.createdDateTime).toBe(created.createdDateTime);
  });

  it('answers 412 to a PATCH or DELETE whose If-Match is stale, and applies a current one', async () => {
    const created = await create({ givenName: 'Versioned' });
    const path = `/me/contacts/${encodeURIComponent(created.id)}`;
    await client.graph(path, { method: 'PATCH', body: { surname: 'Elsewhere' } });
    const stale = await client.graph(path, { method: 'PATCH', body: { surname: 'Mine' }, headers: { 'If-Match': created['@odata.etag'] } });
    expect(stale.status).toBe(412);
    expect((await json<typeof errorFixture>(stale)).error.code).toBe('ErrorIrresolvableConflict');
    expect((await client.graph(path, { method: 'DELETE', headers: { 'If-Match': created['@odata.etag'] } })).status).toBe(412);
    const current = await json<Contact>(await client.graph(path));
    const ok = await client.graph(path, { method: 'PATCH', body: { surname: 'Mine' }, headers: { 'If-Match': current['@odata.etag'] } });
    expect(ok.status).toBe(200);
  });

  it('creates a contact in a folder, where the folder lists it', async () => {
    const folder = await json<{ id: string }>(await client.graph('/me/contactFolders', { method: 'POST', body: { displayName: 'Created here' } }));
    const contact = await create({ givenName: 'Filed' }, `/me/contactFolders/${encodeURIComponent(folder.id)}/contacts`);
    expect(contact.parentFolderId).toBe(folder.id);
    const page = await json<Page>(await client.graph(`/me/contactFolders/${encodeURIComponent(folder.id)}/contacts`));
    expect(page.value.map((c) => c.id)).toEqual([contact.id]);
    expect((await client.graph(`/me/contactFolders/${encodeURIComponent(folder.id)}/contacts/${encodeURIComponent(contact.id)}`)).status).toBe(200);
  });
});
