// GraphDirectory against the emulator, on the connection the contacts sync uses: the profile, the people API and
// contact photos, with the chain's rules (token refresh after 401, Retry-After on 429, request scopes).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectToGraph } from '../../src/adapters/graph/graph-connection.js';
import { GraphDirectory } from '../../src/adapters/graph/graph-directory.js';
import { GraphContactsRemote } from '../../src/adapters/graph/graph-contacts-remote.js';
import type { ClientId, GraphId } from '../../src/core/contact/contact.js';
import { AuthError } from '../../src/core/errors.js';
import type { TokenProvider, TokenRequest } from '../../src/ports/token-provider.js';
import { startGraphEmulatorFixture, stopGraphEmulators, type GraphEmulatorFixture } from './graph-emulator-fixture.js';

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const ME = { kind: 'me' } as const;

let fixture: GraphEmulatorFixture;
let directory: GraphDirectory;
let remote: GraphContactsRemote;

beforeEach(async () => {
  fixture = await startGraphEmulatorFixture({ seed: 0 });
  const connection = connectToGraph({ baseUrl: fixture.emulator.graphUrl, tokens: fixture.tokens, clock: fixture.clock, random: () => 0.5 });
  directory = new GraphDirectory(connection);
  remote = new GraphContactsRemote({ connection, tokens: fixture.tokens, clock: fixture.clock });
});
afterEach(async () => {
  await fixture.close();
});
afterAll(stopGraphEmulators);

async function createContact(givenName: string): Promise<{ id: GraphId; folderId: GraphId }> {
  const [result] = await remote.write(ME, [{ kind: 'create', clientId: `directory-${givenName}` as ClientId, fields: { givenName } }]);
  if (result?.ok !== true || result.contact === undefined) throw new Error(`creating ${givenName} failed: ${JSON.stringify(result)}`);
  return { id: result.contact.id, folderId: result.contact.folderId };
}

describe('GraphDirectory on the emulator', () => {
  it('reads the signed-in user’s display name from /me with User.Read', async () => {
    expect(await directory.profile()).toEqual({ displayName: fixture.emulator.users[0]?.displayName });
    expect(fixture.tokens.requests.map((request) => request.scopes)).toEqual([['User.Read']]);
  });

  it('finds a colleague by exact address with People.Read, and nobody for an address it does not know', async () => {
    const colleague = fixture.emulator.users[1];
    const person = await directory.findPerson(colleague?.userPrincipalName ?? '');
    expect(person).toMatchObject({ jobTitle: expect.any(String) });
    expect(await directory.findPerson('nobody.at.all@contoso.example')).toBeUndefined();
    expect(fixture.tokens.requests.every((request) => request.scopes.includes('People.Read'))).toBe(true);
  });

  it('answers no photo for a contact without one, and the image once a photo is set', async () => {
    const contact = await createContact('Photo');
    expect(await directory.contactPhoto(ME, contact.folderId, contact.id)).toBeUndefined();
    const user = fixture.emulator.users[0]?.userPrincipalName ?? '';
    const put = await fetch(`${fixture.emulator.graphUrl}/me/contacts/${encodeURIComponent(contact.id)}/photo/$value`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${fixture.emulator.mintToken(user, ['Contacts.ReadWrite'])}`, 'Content-Type': 'image/png' },
      body: Buffer.from(ONE_PIXEL_PNG, 'base64'),
    });
    expect(put.status).toBe(200);
    const photo = await directory.contactPhoto(ME, contact.folderId, contact.id);
    expect(photo?.type).toBe('image/png');
    expect(Buffer.from(await (photo as Blob).arrayBuffer()).toString('base64')).toBe(ONE_PIXEL_PNG);
  });

  it('waits out a 429 on the people API as the sync does', async () => {
    const response = await fixture.control('POST', 'faults', { type: 'status', status: 429, count: 1, retryAfterSeconds: 3, pathPrefix: '/v1.0/me/people' });
    expect(response.status).toBe(201);
    expect(await directory.findPerson(fixture.emulator.users[1]?.userPrincipalName ?? '')).toBeDefined();
    expect(fixture.clock.sleeps).toContain(3000);
  });

  it('refreshes the token once when Graph answers 401 for the profile', async () => {
    await directory.profile();
    expect((await fixture.control('POST', 'access-tokens/expire')).status).toBeLessThan(300);
    expect((await directory.profile()).displayName).toBeDefined();
    expect(fixture.tokens.requests.map((request) => request.forceRefresh === true)).toEqual([false, false, true]);
  });

  it('lets a refused permission reach the caller as the AuthError it is', async () => {
    const refusing: TokenProvider = {
      getAccessToken: (request: TokenRequest) =>
        request.scopes.includes('People.Read') ? Promise.reject(new AuthError('Permission needed.', 'consent-required')) : fixture.tokens.getAccessToken(request),
    };
    const refused = new GraphDirectory(connectToGraph({ baseUrl: fixture.emulator.graphUrl, tokens: refusing, clock: fixture.clock }));
    await expect(refused.findPerson('ravi.menon@contoso.example')).rejects.toMatchObject({ name: 'AuthError', reason: 'consent-required' });
  });
});
