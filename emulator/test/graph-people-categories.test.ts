import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type Category = { id: string; displayName: string; color: string };
type Person = { id: string; displayName: string; scoredEmailAddresses: { address: string; relevanceScore: number }[]; personType: { subclass: string } };

let client: TestClient;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 40 });
});
afterAll(() => client.close());

describe('master categories', () => {
  it('lists the seeded categories with preset colours', async () => {
    const { value } = await json<{ value: Category[] }>(await client.graph('/me/outlook/masterCategories'));
    expect(value.map((c) => c.displayName)).toEqual(expect.arrayContaining(['Clients', 'Family', 'VIP']));
    expect(value.every((c) => /^(none|preset\d{1,2})$/.test(c.color))).toBe(true);
  });

  it('creates, recolours and deletes a category; refuses duplicates and unknown colours', async () => {
    const created = await json<Category>(await client.graph('/me/outlook/masterCategories', { method: 'POST', body: { displayName: 'Golf', color: 'preset12' } }));
    expect(created).toMatchObject({ displayName: 'Golf', color: 'preset12' });
    expect((await client.graph('/me/outlook/masterCategories', { method: 'POST', body: { displayName: 'golf' } })).status).toBe(409);
    expect((await client.graph('/me/outlook/masterCategories', { method: 'POST', body: { displayName: 'Tennis', color: 'purple' } })).status).toBe(400);
    const recoloured = await json<Category>(await client.graph(`/me/outlook/masterCategories/${created.id}`, { method: 'PATCH', body: { color: 'preset3' } }));
    expect(recoloured.color).toBe('preset3');
    expect((await client.graph(`/me/outlook/masterCategories/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await client.graph(`/me/outlook/masterCategories/${created.id}`)).status).toBe(404);
  });

  it('needs MailboxSettings scopes', async () => {
    const token = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['Contacts.ReadWrite']);
    expect((await client.graph('/me/outlook/masterCategories', { token })).status).toBe(403);
    const reader = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['MailboxSettings.Read']);
    expect((await client.graph('/me/outlook/masterCategories', { token: reader })).status).toBe(200);
    expect((await client.graph('/me/outlook/masterCategories', { method: 'POST', body: { displayName: 'X' }, token: reader })).status).toBe(403);
  });
});

describe('people', () => {
  it('lists colleagues and contacts, most relevant first', async () => {
    const { value } = await json<{ value: Person[] }>(await client.graph('/me/people?$top=25'));
    expect(value[0]?.personType.subclass).toBe('OrganizationUser');
    const scores = value.map((p) => p.scoredEmailAddresses[0]?.relevanceScore ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(value.some((p) => p.personType.subclass === 'PersonalContact')).toBe(true);
  });

  it('searches by the start of a name or address', async () => {
    const { value } = await json<{ value: Person[] }>(await client.graph('/me/people?$search="garc"'));
    expect(value.map((p) => p.displayName)).toContain('María José García-López');
    const none = await json<{ value: Person[] }>(await client.graph('/me/people?$search="zzzzqq"'));
    expect(none.value).toEqual([]);
  });

  it('gives a colleague the job title, department and office of the directory', async () => {
    const { value } = await json<{ value: (Person & Record<string, unknown>)[] }>(await client.graph('/me/people?$search="ravi.menon@contoso.example"'));
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({ displayName: 'Ravi Menon', jobTitle: 'Sales Director', department: 'Partner Sales', officeLocation: 'Bengaluru 5A', personType: { subclass: 'OrganizationUser' } });
    expect(value[0]?.scoredEmailAddresses.map((e) => e.address)).toEqual(['ravi.menon@contoso.example']);
  });

  it('needs People.Read', async () => {
    const token = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['Contacts.Read']);
    expect((await client.graph('/me/people', { token })).status).toBe(403);
  });
});
