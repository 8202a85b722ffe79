import { describe, expect, it } from 'vitest';
import { defaultGraphScopes, GraphContactsRemote } from '../../../../src/adapters/graph/graph-contacts-remote.js';
import { CLIENT_ID_PROPERTY_ID } from '../../../../src/adapters/graph/contact-json.js';
import type { ClientId, GraphId } from '../../../../src/core/contact/contact.js';
import { DeltaExpiredError } from '../../../../src/core/errors.js';
import { InstantClock } from './instant-clock.js';
import { graphError, json, scriptedFetch } from './scripted-fetch.js';
import type { Answer, RecordedRequest } from './scripted-fetch.js';

const BASE = 'http://127.0.0.1:9/v1.0';
const ME = { kind: 'me' } as const;
const FOLDER = 'AAMkF' as GraphId;

function setup(answers: readonly Answer[]) {
  const { fetch, requests } = scriptedFetch(answers);
  const scopes: (readonly string[])[] = [];
  const tokens = {
    getAccessToken: async (request: { scopes: readonly string[] }) => {
      scopes.push(request.scopes);
      return 't';
    },
  };
  const remote = new GraphContactsRemote({ baseUrl: BASE, tokens, clock: new InstantClock(), random: () => 0.5, fetch });
  return { remote, requests, scopes };
}

const path = (request: RecordedRequest | undefined) => decodeURIComponent(new URL(request?.url ?? '').pathname + new URL(request?.url ?? '').search);

describe('GraphContactsRemote', () => {
  it('asks for the least scopes per mailbox: own contacts read-write, a shared mailbox read-only for reads', () => {
    expect(defaultGraphScopes({ mailboxKey: 'me', method: 'GET' })).toEqual(['Contacts.ReadWrite']);
    expect(defaultGraphScopes({ mailboxKey: 'users/bob', method: 'GET' })).toEqual(['Contacts.Read.Shared']);
    expect(defaultGraphScopes({ mailboxKey: 'users/bob', method: 'POST' })).toEqual(['Contacts.ReadWrite.Shared']);
  });

  it('lists the default folder, the folders under it and their child folders', async () => {
    const { remote, requests, scopes } = setup([
      json(200, { id: 'D', displayName: 'Contacts', parentFolderId: 'ROOT' }),
      json(200, { value: [{ id: 'A', displayName: 'Work', parentFolderId: 'D' }] }),
      json(200, { value: [{ id: 'B', displayName: 'Team', parentFolderId: 'A' }] }),
      json(200, { value: [] }),
    ]);
    const folders = await remote.listFolders({ kind: 'user', userId: 'bob@contoso.test' });
    expect(folders).toEqual([
      { id: 'D', displayName: 'Contacts', isDefault: true },
      { id: 'A', displayName: 'Work', parentFolderId: 'D', isDefault: false },
      { id: 'B', displayName: 'Team', parentFolderId: 'A', isDefault: false },
    ]);
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/v1.0/users/bob%40contoso.test/contactFolders/contacts',
      '/v1.0/users/bob%40contoso.test/contactFolders',
      '/v1.0/users/bob%40contoso.test/contactFolders/A/childFolders',
      '/v1.0/users/bob%40contoso.test/contactFolders/B/childFolders',
    ]);
    expect(new Set(scopes.flat())).toEqual(new Set(['Contacts.Read.Shared']));
  });

  it('sends the first pages of a shared mailbox as one batch of GETs that asks only the read scope', async () => {
    const { remote, requests, scopes } = setup([
      json(200, {
        responses: [
          { id: '1', status: 200, body: { value: [], '@odata.deltaLink': 'http://127.0.0.1:9/v1.0/users/bob/contactFolders/delta?$deltatoken=f' } },
          { id: '2', status: 200, body: { value: [], '@odata.deltaLink': 'http://127.0.0.1:9/v1.0/users/bob/contactFolders/A/contacts/delta?$deltatoken=c' } },
        ],
      }),
    ]);
    const pages = await remote.firstPages({ kind: 'user', userId: 'bob' }, { foldersLink: 'http://127.0.0.1:9/v1.0/users/bob/contactFolders/delta?$deltatoken=e', contacts: [{ folderId: 'A' as never }] });
    expect(pages.folders).toEqual({ changed: false, deltaLink: 'http://127.0.0.1:9/v1.0/users/bob/contactFolders/delta?$deltatoken=f' });
    expect(pages.contacts).toEqual([{ upserts: [], removedIds: [], deltaLink: 'http://127.0.0.1:9/v1.0/users/bob/contactFolders/A/contacts/delta?$deltatoken=c' }]);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['POST /v1.0/$batch']);
    const sent = requests[0]?.body as { requests: { method: string; url: string }[] };
    expect(sent.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /users/bob/contactFolders/delta?$deltatoken=e',
      expect.stringMatching(/^GET \/users\/bob\/contactFolders\/A\/contacts\/delta\?\$select=/),
    ]);
    expect(new Set(scopes.flat())).toEqual(new Set(['Contacts.Read.Shared']));
  });

  it('starts a delta round with $select and the page size, then follows the link exactly as returned', async () => {
    const next = 'http://127.0.0.1:9/v1.0/me/contactFolders/AAMkF/contacts/delta?$skiptoken=a%2Bb%3D%3D';
    const { remote, requests } = setup([
      json(200, { value: [{ id: 'c1', givenName: 'Ana', changeKey: 'k1' }], '@odata.nextLink': next }),
      json(200, { value: [{ '@odata.type': '#microsoft.graph.contact', id: 'c2', '@removed': { reason: 'deleted' } }], '@odata.deltaLink': `${next}&d=1` }),
    ]);
    const first = await remote.contactsDeltaPage(ME, FOLDER);
    expect(path(requests[0])).toMatch(/^\/v1\.0\/me\/contactFolders\/AAMkF\/contacts\/delta\?\$select=givenName,.*changeKey/);
    expect(requests[0]?.headers.get('Prefer')).toBe('odata.maxpagesize=200');
    expect(first).toEqual({ upserts: [expect.objectContaining({ id: 'c1', folderId: FOLDER, fields: { givenName: 'Ana' } })], removedIds: [], nextLink: next });
    const second = await remote.contactsDeltaPage(ME, FOLDER, first.nextLink);
    expect(requests[1]?.url).toBe(next);
    expect(second).toEqual({ upserts: [], removedIds: ['c2'], deltaLink: `${next}&d=1` });
  });

  it('signals an expired delta link with DeltaExpiredError', async () => {
    const { remote } = setup([graphError(410, 'SyncStateNotFound')]);
    await expect(remote.contactsDeltaPage(ME, FOLDER, `${BASE}/me/contactFolders/AAMkF/contacts/delta?$deltatoken=old`)).rejects.toBeInstanceOf(DeltaExpiredError);
  });

  it('finds a contact by client id with the extended-property filter', async () => {
    const { remote, requests } = setup([json(200, { value: [{ id: 'c9', parentFolderId: 'D', changeKey: 'k' }] })]);
    const found = await remote.findByClientId(ME, 'cb-1' as ClientId);
    expect(found).toMatchObject({ id: 'c9', clientId: 'cb-1' });
    expect(path(requests[0])).toContain(`$filter=singleValueExtendedProperties/Any(ep: ep/id eq '${CLIENT_ID_PROPERTY_ID}' and ep/value eq 'cb-1')`);
  });

  it('looks lost creates up by client id after a dropped batch and sends only the missing one again', async () => {
    const { remote, requests } = setup([
      new TypeError('socket hang up'),
      json(200, {
        responses: [
          { id: '1', status: 200, body: { value: [{ id: 'made-1', changeKey: 'k1', parentFolderId: 'D' }] } },
          { id: '2', status: 200, body: { value: [] } },
        ],
      }),
      json(200, { responses: [{ id: '1', status: 201, body: { id: 'made-2', changeKey: 'k2', parentFolderId: 'D' } }] }),
    ]);
    const results = await remote.write(ME, [
      { kind: 'create', clientId: 'cb-1' as ClientId, fields: { givenName: 'One' } },
      { kind: 'create', clientId: 'cb-2' as ClientId, fields: { givenName: 'Two' } },
    ]);
    expect(results.map((r) => (r.ok ? [r.contact?.id, r.contact?.clientId] : r.error.status))).toEqual([
      ['made-1', 'cb-1'],
      ['made-2', 'cb-2'],
    ]);
    expect(requests).toHaveLength(3);
    expect((requests[2]?.body as { requests: unknown[] }).requests).toHaveLength(1);
  });

  it('sends If-Match as the weak etag of the change key', async () => {
    const { remote, requests } = setup([json(200, { responses: [{ id: '1', status: 412, body: { error: { code: 'ErrorIrresolvableConflict' } } }] })]);
    const [result] = await remote.write(ME, [{ kind: 'update', id: 'c1' as GraphId, changes: { surname: 'X' }, ifMatchChangeKey: 'k1' }]);
    const inner = (requests[0]?.body as { requests: { headers: Record<string, string> }[] }).requests[0];
    expect(inner?.headers['If-Match']).toBe('W/"k1"');
    expect(result?.ok === false && result.error.name).toBe('ConflictError');
  });
});
