// The first requests of a pull: the folder delta and every folder's first contacts page, sent together; the
// folders are listed whole only when the folder delta reports a change, a folder vanished, the delta expired,
// or the last listing is older than a day.
import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { FOLDER_LISTING_MAX_AGE_MS, pullContacts } from '../../../src/engine/pull-contacts.js';
import { syncOnce } from '../../../src/engine/sync-once.js';
import { aContact } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';
import type { SyncWorld } from '../../fakes/sync-world.js';

async function aSyncedWorld(folders: readonly string[]): Promise<SyncWorld> {
  const world = aSyncWorld({ pageSize: 10 });
  for (const name of folders) world.remote.serverCreate(aContact({ displayName: `In ${name}` }), world.remote.addFolder(name));
  world.remote.serverCreate(aContact({ displayName: 'In Contacts' }));
  await syncOnce(world.deps);
  return world;
}

/** Requests and folder listings one more sync costs. */
async function costOfASync(world: SyncWorld): Promise<{ requests: number; listings: number }> {
  const requests = world.remote.requests;
  const listings = world.remote.calls.folders;
  await syncOnce(world.deps);
  return { requests: world.remote.requests - requests, listings: world.remote.calls.folders - listings };
}

const names = async (world: SyncWorld) => (await world.store.listFolders()).map((folder) => folder.displayName).sort();

describe('the first requests of a pull', () => {
  it('costs one request when nothing changed, for up to 19 folders, and two for 20', async () => {
    const world = await aSyncedWorld(Array.from({ length: 18 }, (_, index) => `Folder ${index}`));
    expect(await costOfASync(world)).toEqual({ requests: 1, listings: 0 });
    world.remote.serverCreate(aContact({ displayName: 'One more folder' }), world.remote.addFolder('Folder 18'));
    await syncOnce(world.deps);
    expect(await world.store.listFolders()).toHaveLength(20);
    expect(await costOfASync(world)).toEqual({ requests: 2, listings: 0 });
  });

  it('brings a new contact of any folder in with the same single request', async () => {
    const world = await aSyncedWorld(['Work', 'Family']);
    const family = (await world.store.listFolders()).find((folder) => folder.displayName === 'Family')?.id as GraphId;
    world.remote.serverCreate(aContact({ displayName: 'New in Family' }), family);
    expect(await costOfASync(world)).toEqual({ requests: 1, listings: 0 });
    expect((await world.store.listContacts()).map((row) => row.fields.displayName)).toContain('New in Family');
  });

  it('lists the folders again when the folder delta reports a change: an added folder and its contacts arrive', async () => {
    const world = await aSyncedWorld(['Work']);
    world.remote.serverCreate(aContact({ displayName: 'In Clients' }), world.remote.addFolder('Clients'));
    expect((await costOfASync(world)).listings).toBe(1);
    expect(await names(world)).toEqual(['Clients', 'Contacts', 'Work']);
    expect((await world.store.listContacts()).map((row) => row.fields.displayName)).toContain('In Clients');
    expect((await costOfASync(world)).listings).toBe(0);
  });

  it('lists the folders again when a folder vanished even though the folder delta did not say so', async () => {
    const world = await aSyncedWorld(['Work', 'Old']);
    const old = (await world.store.listFolders()).find((folder) => folder.displayName === 'Old')?.id as GraphId;
    // A nested folder the folder delta may not report: the folder map changes, its fingerprint is kept.
    const link = (await world.store.getSyncState('folder-delta:me' as GraphId))?.deltaLink as string;
    world.remote.folders.delete(old);
    await world.store.setSyncState({ folderId: 'folder-delta:me' as GraphId, deltaLink: `${link.split('|').slice(0, 2).join('|')}|${JSON.stringify([...world.remote.folders.values()].map((folder) => [folder.id, folder.displayName, folder.parentFolderId ?? '']).sort())}`, lastSyncedAt: world.clock.now() });
    expect((await costOfASync(world)).listings).toBe(1);
    expect(await names(world)).toEqual(['Contacts', 'Work']);
    expect((await world.store.listContacts()).map((row) => row.fields.displayName)).not.toContain('In Old');
  });

  it('starts the folder delta over when its token expired, and lists the folders once', async () => {
    const world = await aSyncedWorld(['Work']);
    world.remote.serverCreate(aContact({ displayName: 'After the expiry' }));
    world.remote.expireDeltaTokens();
    expect((await costOfASync(world)).listings).toBe(1);
    expect((await world.store.listContacts()).map((row) => row.fields.displayName)).toContain('After the expiry');
    expect(await costOfASync(world)).toEqual({ requests: 1, listings: 0 });
  });

  it('lists a mailbox none of whose folders the mirror holds, as when a shared source is added again', async () => {
    const world = await aSyncedWorld(['Work']);
    await world.store.applyFolderPlan({ upserts: [], removed: (await world.store.listFolders()).map((folder) => folder.id) });
    expect((await costOfASync(world)).listings).toBe(1);
    expect(await names(world)).toEqual(['Contacts', 'Work']);
    expect(await world.store.listContacts()).toHaveLength(2);
  });

  it('lists the folders at least once a day whatever the folder delta says', async () => {
    const world = await aSyncedWorld(['Work']);
    await world.clock.advance(FOLDER_LISTING_MAX_AGE_MS - 1);
    expect((await costOfASync(world)).listings).toBe(0);
    await world.clock.advance(1);
    expect((await costOfASync(world)).listings).toBe(1);
    expect((await costOfASync(world)).listings).toBe(0);
  });

  it('resumes a folder whose first page was the start of a long round, after the push, to the end', async () => {
    const world = await aSyncedWorld(['Work']);
    const work = (await world.store.listFolders()).find((folder) => folder.displayName === 'Work')?.id as GraphId;
    for (let i = 0; i < 25; i += 1) world.remote.serverCreate(aContact({ displayName: `Bulk ${i}` }), work);
    const report = await pullContacts(world.deps);
    expect(report).toMatchObject({ folders: 2, upserts: 25 });
    expect((await world.store.listContacts({ folderId: work })).length).toBe(26);
  });
});
