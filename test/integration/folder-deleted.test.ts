// A folder deleted in Outlook by another client while the mirror holds unsent changes in it: the real engine,
// GraphContactsRemote and DexieMirrorStore (fake-indexeddb) against the emulator. The changes survive as new
// contacts in the default folder, created exactly once, even when the create's answer is lost on the way back.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ClientId, GraphId } from '../../src/core/contact/contact.js';
import { localIdForGraph } from '../../src/core/sync/mirror-contact.js';
import { createContact, editContact } from '../../src/engine/local-edits.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import type { SyncDeps } from '../../src/engine/sync-once.js';
import { startGraphEmulatorFixture, stopGraphEmulators } from './graph-emulator-fixture.js';
import type { GraphEmulatorFixture } from './graph-emulator-fixture.js';

interface ServerContact {
  readonly id: GraphId;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly parentFolderId: GraphId;
}

let fixture: GraphEmulatorFixture;
let store: DexieMirrorStore;
let deps: SyncDeps;
let databases = 0;

/** The signed-in user's default folder id, from the control API. */
async function defaultFolderId(): Promise<GraphId | undefined> {
  const body = (await (await fixture.control('GET', 'users')).json()) as { users: { defaultFolderId: GraphId }[] };
  return body.users[0]?.defaultFolderId;
}

async function serverContacts(): Promise<ServerContact[]> {
  const found: ServerContact[] = [];
  const folders = (await (await fixture.asOtherClient('GET', 'me/contactFolders')).json()) as { value: { id: GraphId }[] };
  const defaultId = await defaultFolderId();
  for (const path of ['me/contacts', ...folders.value.filter((f) => f.id !== defaultId).map((f) => `me/contactFolders/${encodeURIComponent(f.id)}/contacts`)]) {
    const page = (await (await fixture.asOtherClient('GET', `${path}?$top=1000&$select=displayName,jobTitle,parentFolderId`)).json()) as { value: ServerContact[] };
    found.push(...page.value);
  }
  return found;
}

async function createOnServer(folderId: GraphId, displayName: string): Promise<GraphId> {
  const response = await fixture.asOtherClient('POST', `me/contactFolders/${encodeURIComponent(folderId)}/contacts`, { displayName, givenName: displayName });
  return ((await response.json()) as { id: GraphId }).id;
}

beforeEach(async () => {
  fixture = await startGraphEmulatorFixture({ seed: 0 });
  store = new DexieMirrorStore(`folder-deleted-${process.pid}-${++databases}`);
  let ids = 0;
  deps = { remote: fixture.remote, store, clock: fixture.clock, newClientId: () => `folder-deleted-${databases}-${++ids}` as ClientId };
});
afterEach(async () => {
  await store.close();
  await fixture.close();
});
afterAll(stopGraphEmulators);

describe('a folder deleted on the server with unsent changes in it', () => {
  it.each([
    ['the answers arrive', false],
    ['the answer to the creates is lost', true],
  ])('keeps the edit and the new contact, creating each once in the default folder when %s', async (_name, dropAnswer) => {
    const projects = await fixture.addFolder('Projects');
    const editedId = await createOnServer(projects, 'Edited here');
    await createOnServer(projects, 'Left alone');
    await syncOnce(deps);
    expect(await editContact(store, localIdForGraph(editedId), { displayName: 'Edited here', givenName: 'Edited here', jobTitle: 'Poet' }, 1_000)).toBe(true);
    await createContact(store, { clientId: 'made-here' as ClientId, folderId: projects, fields: { displayName: 'Made here', givenName: 'Made here' }, now: 1_000 });

    expect((await fixture.control('DELETE', `remote/me/contactFolders/${encodeURIComponent(projects)}`)).status).toBe(204);
    if (dropAnswer) await fixture.control('POST', 'faults', { type: 'drop', count: 1, pathPrefix: '/v1.0/$batch' });
    await syncOnce(deps).catch(() => undefined);
    expect(((await (await fixture.control('GET', 'faults')).json()) as { faults: unknown[] }).faults).toEqual([]);
    await syncOnce(deps);
    await syncOnce(deps);

    const defaultId = await defaultFolderId();
    expect(defaultId).toBeDefined();
    const onServer = (await serverContacts()).map((c) => [c.displayName, c.jobTitle, c.parentFolderId === defaultId]).sort();
    expect(onServer).toEqual([
      ['Edited here', 'Poet', true],
      ['Made here', null, true],
    ]);
    const rows = await store.allRows();
    expect(rows.map((row) => [row.fields.displayName, row.folderId === defaultId, row.graphId !== undefined, row.localChangedAt]).sort()).toEqual([
      ['Edited here', true, true, undefined],
      ['Made here', true, true, undefined],
    ]);
    expect(await store.countPending()).toBe(0);
    expect((await store.listFolders()).map((folder) => folder.id)).not.toContain(projects);
    const log = await store.listConflicts();
    expect(log.map((entry) => [entry.reason, entry.folder?.name, entry.folder?.keptIn])).toEqual([
      ['folder-deleted', 'Projects', 'Contacts'],
      ['folder-deleted', 'Projects', 'Contacts'],
    ]);
  });
});
