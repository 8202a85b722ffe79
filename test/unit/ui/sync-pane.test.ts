import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { AuthError, NotFoundError } from '../../../src/core/errors.js';
import type { MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import type { MailboxRef } from '../../../src/ports/contacts-remote.js';
import type { TokenRequest } from '../../../src/ports/token-provider.js';
import { createSyncPane } from '../../../src/ui/views/sync/create-sync-pane.js';
import { aContact, aSyncedRow, FOLDER } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';
import { InMemorySyncEvents } from '../../fakes/in-memory-sync-events.js';

/** Lets the store's pending reads answer (they resolve as microtasks). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The default folder with `count` contacts written by one pull page, which leaves the folder at `cursor`. */
async function pulled(store: InMemoryMirrorStore, count: number, cursor: Parameters<InMemoryMirrorStore['applyPullPage']>[2]): Promise<void> {
  await store.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
  const rows: MirrorContact[] = Array.from({ length: count }, (_, index) => aSyncedRow(`c-${index}`, aContact({ givenName: `Person ${index}` })));
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: rows.map((row) => row.graphId as GraphId), plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, cursor);
}

/** The pane over fakes: a token provider that wants consent for scopes not yet granted, and a remote that knows one colleague. */
function aPane(options: { granted?: boolean; consentWorks?: boolean; store?: InMemoryMirrorStore } = {}) {
  const store = options.store ?? new InMemoryMirrorStore();
  const events = new InMemorySyncEvents();
  let granted = options.granted ?? false;
  const calls = { tokens: [] as TokenRequest[], consent: 0, syncs: 0, listed: [] as MailboxRef[], removed: 0 };
  const pane = createSyncPane({
    key: 'acct-1',
    store,
    events,
    remote: {
      async listFolders(mailbox) {
        calls.listed.push(mailbox);
        if (mailbox.kind === 'user' && mailbox.userId === 'ravi@contoso.example') return [];
        throw new NotFoundError('The requested user is invalid.', { status: 404 });
      },
    },
    requestSync: async () => {
      calls.syncs += 1;
      throw new Error('Graph is unreachable.');
    },
    now: () => 42,
    tokens: {
      async getAccessToken(request) {
        calls.tokens.push(request);
        if (!granted) throw new AuthError('Consent needed.', 'consent-required');
        return 'token';
      },
    },
    async grantConsent() {
      calls.consent += 1;
      granted = options.consentWorks ?? true;
    },
    async removeLocalData() {
      calls.removed += 1;
    },
  });
  return { pane, store, events, calls };
}

describe('createSyncPane', () => {
  it('asks for Contacts.Read.Shared once, keeps the source and syncs', async () => {
    const { pane, calls } = aPane();
    await pane.addSharedSource(' Ravi@Contoso.example ');
    expect(calls.tokens.map((request) => request.scopes)).toEqual([['Contacts.Read.Shared'], ['Contacts.Read.Shared']]);
    expect(calls.consent).toBe(1);
    expect(calls.listed).toEqual([{ kind: 'user', userId: 'ravi@contoso.example' }]);
    expect(await pane.listSharedSources()).toEqual([{ userId: 'ravi@contoso.example', addedAt: 42 }]);
    expect(calls.syncs).toBe(1);
  });

  it('asks for nothing when the permission is granted already', async () => {
    const { pane, calls } = aPane({ granted: true });
    await pane.addSharedSource('ravi@contoso.example');
    expect(calls.consent).toBe(0);
  });

  it('refuses a text that is no address before asking for any permission', async () => {
    const { pane, calls } = aPane();
    await expect(pane.addSharedSource('ravi')).rejects.toThrow('“ravi” is not an e-mail address');
    expect(calls.tokens).toEqual([]);
  });

  it('says the permission is missing when the user does not grant it, and keeps nothing', async () => {
    const { pane } = aPane({ consentWorks: false });
    await expect(pane.addSharedSource('ravi@contoso.example')).rejects.toThrow('needs your permission to read contacts shared with you');
    expect(await pane.listSharedSources()).toEqual([]);
  });

  it('says the mailbox shares nothing when Graph does not know it', async () => {
    const { pane } = aPane({ granted: true });
    await expect(pane.addSharedSource('nobody@contoso.example')).rejects.toThrow('“nobody@contoso.example” has not shared contacts with you');
  });

  it('removes a source', async () => {
    const { pane } = aPane({ granted: true });
    await pane.addSharedSource('ravi@contoso.example');
    await pane.removeSharedSource('ravi@contoso.example');
    expect(await pane.listSharedSources()).toEqual([]);
  });

  it('knows of a sync that started before any view subscribed', () => {
    const { pane, events } = aPane();
    expect(pane.activity()).toEqual({ kind: 'idle' });
    events.publish({ kind: 'sync-started', at: 5 });
    expect(pane.activity()).toEqual({ kind: 'running', startedAt: 5 });
  });

  it('knows no previous count before any folder completed a sync, even with contacts half pulled', async () => {
    const store = new InMemoryMirrorStore();
    await pulled(store, 3, { folderId: FOLDER, nextLink: 'https://graph.example/next' });
    const { pane } = aPane({ store });
    await settled();
    expect(pane.previousContactCount()).toBeUndefined();
  });

  it('reads the mirror’s count when it opens and again after each finished sync', async () => {
    const store = new InMemoryMirrorStore();
    await pulled(store, 3, { folderId: FOLDER, deltaLink: 'https://graph.example/delta', lastSyncedAt: 10 });
    const { pane, events } = aPane({ store });
    await settled();
    expect(pane.previousContactCount()).toBe(3);
    await pulled(store, 5, { folderId: FOLDER, deltaLink: 'https://graph.example/delta-2', lastSyncedAt: 20 });
    expect(pane.previousContactCount()).toBe(3);
    events.publish({ kind: 'sync-finished', at: 20, summary: { folders: 1, contacts: 5, created: 2, updated: 0, deleted: 0, conflicts: 0, failures: 0 } });
    await settled();
    expect(pane.previousContactCount()).toBe(5);
  });

  it('never throws from Sync now (a failed sync arrives as an event)', async () => {
    const { pane, calls } = aPane();
    await expect(pane.syncNow()).resolves.toBeUndefined();
    expect(calls.syncs).toBe(1);
  });
});
