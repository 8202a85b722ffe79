// How many round trips a sync costs against the emulator, with the real GraphContactsRemote and DexieMirrorStore
// (fake-indexeddb): a sync that finds nothing new sends one HTTP request (a JSON batch holding the folder delta
// and each folder's contacts delta) for up to 19 folders; a change anywhere arrives through the same batch.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ClientId, GraphId } from '../../src/core/contact/contact.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import type { SyncDeps } from '../../src/engine/sync-once.js';
import { startGraphEmulatorFixture, stopGraphEmulators } from './graph-emulator-fixture.js';
import type { GraphEmulatorFixture } from './graph-emulator-fixture.js';

let fixture: GraphEmulatorFixture;
let store: DexieMirrorStore;
let deps: SyncDeps;
let databases = 0;

beforeEach(async () => {
  fixture = await startGraphEmulatorFixture({ seed: 12 });
  store = new DexieMirrorStore(`sync-round-trips-${process.pid}-${++databases}`);
  deps = { remote: fixture.remote, store, clock: fixture.clock, newClientId: () => `unused-${databases}` as ClientId };
});
afterEach(async () => {
  await store.close();
  await fixture.close();
});
afterAll(stopGraphEmulators);

async function requestsOf(work: () => Promise<unknown>) {
  await fixture.clearLog();
  await work();
  const outer = await fixture.loggedRequests();
  const all = await fixture.loggedRequests({ includeInner: true });
  return { outer: outer.map((entry) => `${entry.method} ${entry.path}`), inner: all.filter((entry) => entry.batch).map((entry) => entry.path) };
}

describe('sync round trips against the emulator', () => {
  it('makes one HTTP request when nothing changed, for a mailbox of 19 folders', async () => {
    await syncOnce(deps);
    const seeded = (await store.listFolders()).length;
    let parent: GraphId | undefined;
    for (let index = 0; index < 19 - seeded; index += 1) {
      // Some nested, as people file them: every third folder under the one before.
      const made: GraphId = await fixture.addFolder(`Folder ${index}`, index % 3 === 2 ? parent : undefined);
      parent = made;
    }
    await syncOnce(deps);
    expect(await store.listFolders()).toHaveLength(19);
    const quiet = await requestsOf(() => syncOnce(deps));
    expect(quiet.outer).toEqual(['POST /v1.0/$batch']);
    expect(quiet.inner.filter((path) => path.endsWith('/contactFolders/delta'))).toHaveLength(1);
    expect(quiet.inner.filter((path) => path.endsWith('/contacts/delta'))).toHaveLength(19);
  });

  it('brings another client’s new contact and new folder in, then is quiet again', async () => {
    await syncOnce(deps);
    const before = (await store.listContacts()).length;
    expect((await fixture.asOtherClient('POST', 'me/contacts', { givenName: 'From', surname: 'Elsewhere' })).status).toBe(201);
    const added = await requestsOf(() => syncOnce(deps));
    expect(added.outer).toEqual(['POST /v1.0/$batch']);
    expect((await store.listContacts()).length).toBe(before + 1);

    await fixture.addFolder('Late folder');
    const relisted = await requestsOf(() => syncOnce(deps));
    expect(relisted.outer.filter((request) => request.includes('contactFolders') && !request.includes('$batch')).length).toBeGreaterThan(0);
    expect((await store.listFolders()).map((folder) => folder.displayName)).toContain('Late folder');
    expect((await requestsOf(() => syncOnce(deps))).outer).toEqual(['POST /v1.0/$batch']);
  });
});
