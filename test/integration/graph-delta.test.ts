// Contacts delta through GraphContactsRemote against the emulator: paging, changes and deletions by another
// client, the page size cap, the expired-token resync signal, and shared mailboxes.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientId, GraphId } from '../../src/core/contact/contact.js';
import { DeltaExpiredError } from '../../src/core/errors.js';
import type { ContactsDeltaPage, ContactsRemote, MailboxRef } from '../../src/ports/contacts-remote.js';
import { startGraphEmulatorFixture, stopGraphEmulators } from './graph-emulator-fixture.js';
import type { GraphEmulatorFixture } from './graph-emulator-fixture.js';

const ME = { kind: 'me' } as const;
let fixture: GraphEmulatorFixture;
let folderId: GraphId;

async function fill(count: number, target: GraphId): Promise<GraphId[]> {
  const writes = Array.from({ length: count }, (_, i) => ({ kind: 'create' as const, folderId: target, clientId: `delta-${i}` as ClientId, fields: { givenName: `Person ${i}` } }));
  return (await fixture.remote.write(ME, writes)).map((r) => (r.ok && r.contact ? r.contact.id : ('' as GraphId)));
}

async function round(remote: ContactsRemote, mailbox: MailboxRef, folder: GraphId, link?: string) {
  const pages: ContactsDeltaPage[] = [];
  let next = link;
  for (;;) {
    const page = await remote.contactsDeltaPage(mailbox, folder, next);
    pages.push(page);
    if (page.deltaLink !== undefined) return { pages, deltaLink: page.deltaLink };
    next = page.nextLink;
  }
}

beforeEach(async () => {
  fixture = await startGraphEmulatorFixture({ seed: 0 });
  folderId = await fixture.addFolder('Delta');
});
afterEach(async () => {
  await fixture.close();
});
afterAll(stopGraphEmulators);

describe('contacts delta through GraphContactsRemote', () => {
  it('pages a full round at 200 contacts per page and reports each contact once', async () => {
    const ids = await fill(250, folderId);
    await fixture.clearLog();
    const { pages } = await round(fixture.remote, ME, folderId);
    expect(pages.map((p) => p.upserts.length)).toEqual([200, 50]);
    expect(new Set(pages.flatMap((p) => p.upserts.map((c) => c.id)))).toEqual(new Set(ids));
    expect(await fixture.loggedRequests()).toHaveLength(2);
  });

  it('reports changes and deletions made by another client in the next round, and nothing in a quiet one', async () => {
    const [kept, changed, removed] = await fill(3, folderId);
    const first = await round(fixture.remote, ME, folderId);
    expect((await fixture.asOtherClient('PATCH', `me/contacts/${encodeURIComponent(changed ?? '')}`, { surname: 'Elsewhere' })).status).toBe(200);
    expect((await fixture.asOtherClient('DELETE', `me/contacts/${encodeURIComponent(removed ?? '')}`)).status).toBe(204);
    const second = await round(fixture.remote, ME, folderId, first.deltaLink);
    expect(second.pages.flatMap((p) => p.upserts.map((c) => [c.id, c.fields.surname]))).toEqual([[changed, 'Elsewhere']]);
    expect(second.pages.flatMap((p) => p.removedIds)).toEqual([removed]);
    const quiet = await round(fixture.remote, ME, folderId, second.deltaLink);
    expect(quiet.pages.flatMap((p) => [...p.upserts, ...p.removedIds])).toEqual([]);
    expect(kept).toBeDefined();
  });

  it('signals a resync with DeltaExpiredError when the server forgot the delta token', async () => {
    await fill(2, folderId);
    const first = await round(fixture.remote, ME, folderId);
    expect((await fixture.control('POST', 'delta-tokens/expire')).status).toBe(204);
    await expect(fixture.remote.contactsDeltaPage(ME, folderId, first.deltaLink)).rejects.toBeInstanceOf(DeltaExpiredError);
    const fresh = await round(fixture.remote, ME, folderId);
    expect(fresh.pages.flatMap((p) => p.upserts)).toHaveLength(2);
  });

  it('reads the folders and delta of a mailbox shared by another user', async () => {
    const owner = fixture.emulator.users[1];
    const mailbox: MailboxRef = { kind: 'user', userId: owner?.id ?? '' };
    const folders = await fixture.remote.listFolders(mailbox);
    const shared = folders.find((f) => f.displayName === 'Team directory');
    expect(shared).toBeDefined();
    const { pages } = await round(fixture.remote, mailbox, shared?.id as GraphId);
    expect(pages.flatMap((p) => p.upserts).length).toBeGreaterThan(0);
    const scopes = new Set(fixture.tokens.requests.flatMap((r) => r.scopes));
    expect(scopes.has('Contacts.Read.Shared')).toBe(true);
    expect(scopes.has('Contacts.ReadWrite.Shared')).toBe(false);
  });
});
