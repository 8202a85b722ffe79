// The push against the emulator with the real GraphContactsRemote and DexieMirrorStore (fake-indexeddb): a
// round's writes go one wave per call, the wave's batches in parallel within the mailbox's concurrency limit.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import type { ClientId } from '../../src/core/contact/contact.js';
import { MAX_CONCURRENT_BATCHES } from '../../src/core/sync/plan-batches.js';
import { createContact } from '../../src/engine/local-edits.js';
import { pushOutbox } from '../../src/engine/push-outbox.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import type { SyncDeps } from '../../src/engine/sync-once.js';
import { startGraphEmulatorFixture, stopGraphEmulators } from './graph-emulator-fixture.js';
import type { GraphEmulatorFixture } from './graph-emulator-fixture.js';

let fixture: GraphEmulatorFixture;
let store: DexieMirrorStore;
let deps: SyncDeps;
let databases = 0;

beforeEach(async () => {
  fixture = await startGraphEmulatorFixture({ seed: 0 });
  store = new DexieMirrorStore(`push-outbox-${process.pid}-${++databases}`);
  deps = { remote: fixture.remote, store, clock: fixture.clock, newClientId: () => `unused-${databases}` as ClientId };
});
afterEach(async () => {
  await store.close();
  await fixture.close();
});
afterAll(stopGraphEmulators);

describe('pushOutbox against the emulator', () => {
  it('creates 200 contacts in 10 batches, several at a time but never more than the mailbox allows, each once', async () => {
    await syncOnce(deps);
    const folderId = (await store.listFolders()).find((folder) => folder.isDefault)?.id;
    if (folderId === undefined) throw new Error('the mirror has no default folder');
    for (let i = 0; i < 200; i += 1) {
      await createContact(store, { clientId: `push-${databases}-${i}` as ClientId, folderId, fields: { givenName: 'Pushed', surname: `Person ${i}` }, now: i });
    }
    await fixture.clearLog();
    const report = await pushOutbox(deps);
    expect(report).toMatchObject({ created: 200, failures: 0, deferred: 0 });
    const logged = await fixture.loggedRequests();
    expect(logged.map((entry) => [entry.method, entry.path, entry.status])).toEqual(Array.from({ length: 10 }, () => ['POST', '/v1.0/$batch', 200]));
    expect(fixture.remote.peakRequestsInFlight).toBeGreaterThan(1);
    expect(fixture.remote.peakRequestsInFlight).toBeLessThanOrEqual(MAX_CONCURRENT_BATCHES);
    const listed = (await (await fixture.asOtherClient('GET', 'me/contacts?$top=1000&$select=surname')).json()) as { value: { surname: string }[] };
    const surnames = listed.value.map((contact) => contact.surname).filter((surname) => surname.startsWith('Person '));
    expect(new Set(surnames).size).toBe(200);
    expect(surnames).toHaveLength(200);
    expect(await store.countPending()).toBe(0);
  });
});
