import { describe, expect, it } from 'vitest';
import type { ClientId, GraphId } from '../../../src/core/contact/contact.js';
import { DeltaExpiredError, RemoteError } from '../../../src/core/errors.js';
import { localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { createContact, editContact } from '../../../src/engine/local-edits.js';
import { pullContacts } from '../../../src/engine/pull-contacts.js';
import type { SyncProgress } from '../../../src/ports/sync-events.js';
import { aContact } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

function seed(world: ReturnType<typeof aSyncWorld>, count: number, folderId?: GraphId): void {
  for (let i = 0; i < count; i += 1) world.remote.serverCreate(aContact({ displayName: `Person ${String(i).padStart(3, '0')}` }), folderId);
}

describe('pullContacts', () => {
  it('mirrors every folder, page by page', async () => {
    const world = aSyncWorld({ pageSize: 10 });
    const other = world.remote.addFolder('Work');
    seed(world, 25);
    seed(world, 3, other);
    const report = await pullContacts(world.deps);
    expect(report).toMatchObject({ folders: 2, pages: 4, upserts: 28 });
    expect(await world.store.listContacts()).toHaveLength(28);
    expect((await world.store.listFolders()).map((f) => f.displayName).sort()).toEqual(['Contacts', 'Work']);
  });

  it('asks one delta page per folder when nothing changed and writes nothing', async () => {
    const world = aSyncWorld({ pageSize: 10 });
    seed(world, 25);
    await pullContacts(world.deps);
    const before = world.remote.calls.delta;
    const store = world.store as { writes?: number };
    const writes = store.writes;
    await pullContacts(world.deps);
    expect(world.remote.calls.delta - before).toBe(1);
    expect(store.writes).toBe(writes);
  });

  it('applies server edits and deletions from the next round', async () => {
    const world = aSyncWorld();
    seed(world, 3);
    await pullContacts(world.deps);
    world.remote.serverUpdate('g1' as GraphId, { jobTitle: 'Poet' });
    world.remote.serverDelete('g2' as GraphId);
    await pullContacts(world.deps);
    expect((await world.store.getContact(localIdForGraph('g1' as GraphId)))?.fields.jobTitle).toBe('Poet');
    expect(await world.store.getContact(localIdForGraph('g2' as GraphId))).toBeUndefined();
  });

  it('resumes from the last applied page after a failure', async () => {
    const world = aSyncWorld({ pageSize: 10 });
    seed(world, 30);
    world.remote.failNext('delta', new RemoteError('busy', { status: 503 }), 1, 1);
    await expect(pullContacts(world.deps)).rejects.toBeInstanceOf(RemoteError);
    expect(await world.store.listContacts()).toHaveLength(10);
    expect((await world.store.getSyncState(world.remote.defaultFolderId))?.deltaLink).toBeUndefined();
    const before = world.remote.calls.delta;
    await pullContacts(world.deps);
    expect(world.remote.calls.delta - before).toBe(2);
    expect(await world.store.listContacts()).toHaveLength(30);
  });

  it('keeps the nextLink of an applied page so a new engine continues there', async () => {
    const world = aSyncWorld({ pageSize: 10 });
    seed(world, 30);
    let pages = 0;
    const stopAfterTwo = { ...world.deps, onProgress: (p: SyncProgress) => { if (p.phase === 'pull' && ++pages === 2) throw new Error('pane closed'); } };
    await expect(pullContacts(stopAfterTwo)).rejects.toThrow('pane closed');
    expect((await world.store.getSyncState(world.remote.defaultFolderId))?.nextLink).toBeDefined();
    const before = world.remote.calls.delta;
    await pullContacts(world.deps);
    expect(world.remote.calls.delta - before).toBe(1);
    expect(await world.store.listContacts()).toHaveLength(30);
  });

  it('resyncs after an expired token, removing only what the server no longer has', async () => {
    const world = aSyncWorld({ pageSize: 2 });
    seed(world, 5);
    await pullContacts(world.deps);
    await editContact(world.store, localIdForGraph('g3' as GraphId), aContact({ displayName: 'Edited here' }), world.clock.now());
    world.remote.serverDelete('g1' as GraphId);
    world.remote.expireDeltaTokens();
    const report = await pullContacts(world.deps);
    expect(report.resyncs).toBe(1);
    const names = (await world.store.listContacts()).map((row) => row.fields.displayName);
    expect(names).toEqual(['Edited here', 'Person 001', 'Person 003', 'Person 004']);
    expect(await world.store.countPending()).toBe(1);
  });

  it('merges a server edit into a contact edited locally and logs the loser', async () => {
    const world = aSyncWorld();
    seed(world, 1);
    await pullContacts(world.deps);
    const id = localIdForGraph('g1' as GraphId);
    await editContact(world.store, id, aContact({ displayName: 'Mine', jobTitle: 'Local' }), world.clock.now());
    await world.clock.advance(1000);
    world.remote.serverUpdate('g1' as GraphId, { displayName: 'Theirs', department: 'Remote' });
    await pullContacts(world.deps);
    expect((await world.store.getContact(id))?.fields).toMatchObject({ displayName: 'Theirs', jobTitle: 'Local', department: 'Remote' });
    expect(await world.store.listConflicts()).toEqual([expect.objectContaining({ field: 'displayName', lost: 'Mine', kept: 'Theirs' })]);
  });

  it('reports progress per page', async () => {
    const world = aSyncWorld({ pageSize: 10 });
    seed(world, 25);
    const seen: SyncProgress[] = [];
    await pullContacts({ ...world.deps, onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p.phase === 'pull').map((p) => [p.pages, p.contacts])).toEqual([[1, 10], [2, 20], [3, 25]]);
  });

  it('gives up after a second expired token in one run', async () => {
    const world = aSyncWorld();
    seed(world, 1);
    await pullContacts(world.deps);
    world.remote.expireDeltaTokens();
    world.remote.failNext('delta', new DeltaExpiredError('gone', { status: 410 }), 1, 1);
    await expect(pullContacts(world.deps)).rejects.toBeInstanceOf(DeltaExpiredError);
  });

  it('removes a contact deleted between two resyncs even when the clock has not moved', async () => {
    const world = aSyncWorld();
    seed(world, 3);
    await pullContacts(world.deps);
    world.remote.expireDeltaTokens();
    await pullContacts(world.deps);
    world.remote.expireDeltaTokens();
    world.remote.serverDelete('g1' as GraphId);
    await pullContacts(world.deps);
    expect((await world.store.listContacts()).map((row) => row.graphId)).toEqual(['g2', 'g3']);
  });
});

describe('pullContacts: the graph ids a page looks up', () => {
  /** Records the graph ids and local ids each stored page asked the store to look up. */
  function recordLookups(world: ReturnType<typeof aSyncWorld>): { graphIds: string[]; localIds: string[] }[] {
    const seen: { graphIds: string[]; localIds: string[] }[] = [];
    const apply = world.store.applyPullPage.bind(world.store);
    world.store.applyPullPage = (folderId, request, cursor) => {
      seen.push({ graphIds: [...request.graphIds], localIds: [...request.localIds] });
      return apply(folderId, request, cursor);
    };
    return seen;
  }

  it('looks up only the contacts an earlier page stored, in the first round of a folder that held no rows', async () => {
    const world = aSyncWorld({ pageSize: 10 });
    seed(world, 25);
    const repeated = 'g3' as GraphId;
    // Graph may list a contact again on a later page of a round (it changed meanwhile): the second page brings g3 again.
    // (The first pages come through the same method: the batch asks them one by one in the fake.)
    const page = world.remote.contactsDeltaPage.bind(world.remote);
    let pages = 0;
    world.remote.contactsDeltaPage = async (mailbox, folderId, link) => {
      const answer = await page(mailbox, folderId, link);
      pages += 1;
      if (pages !== 2) return answer;
      world.remote.serverUpdate(repeated, { jobTitle: 'Poet' });
      const again = await world.remote.getContact(mailbox, repeated);
      return { ...answer, upserts: [...answer.upserts, again] };
    };
    const lookups = recordLookups(world);
    await pullContacts(world.deps);
    expect(lookups.map((each) => each.graphIds)).toEqual([[], [repeated], []]);
    expect(lookups.map((each) => each.localIds)).toEqual([[], [localIdForGraph(repeated)], []]);
    expect(await world.store.listContacts()).toHaveLength(25);
    expect((await world.store.getContact(localIdForGraph(repeated)))?.fields.jobTitle).toBe('Poet');
  });

  it('looks every graph id up when the folder holds a row before its first round, and in every later round', async () => {
    const world = aSyncWorld({ pageSize: 10 });
    seed(world, 12);
    await createContact(world.store, { clientId: 'c-1' as ClientId, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: 'Grace' }), now: 1 });
    const lookups = recordLookups(world);
    await pullContacts(world.deps);
    expect(lookups.map((each) => each.graphIds.length)).toEqual([10, 2]);
    expect(lookups.map((each) => each.localIds.length)).toEqual([10, 2]);
    world.remote.serverUpdate('g1' as GraphId, { jobTitle: 'Poet' });
    lookups.length = 0;
    await pullContacts(world.deps);
    expect(lookups).toEqual([{ graphIds: ['g1'], localIds: [localIdForGraph('g1' as GraphId)] }]);
  });
});

describe('pullContacts when a folder is gone from the listing', () => {
  it('queues a create in the default folder for an unsent edit, and lets the untouched contacts go', async () => {
    const world = aSyncWorld();
    const work = world.remote.addFolder('Work');
    seed(world, 2, work);
    await pullContacts(world.deps);
    await editContact(world.store, localIdForGraph('g1' as GraphId), aContact({ displayName: 'Person 000', jobTitle: 'Poet' }), 7);
    world.remote.folders.delete(work);
    expect((await pullContacts(world.deps)).conflicts).toBe(1);
    const rows = await world.store.allRows();
    expect(rows).toEqual([{ localId: 'c:client-1', folderId: world.remote.defaultFolderId, clientId: 'client-1', fields: aContact({ displayName: 'Person 000', jobTitle: 'Poet' }), localChangedAt: 7 }]);
    expect((await world.store.pending()).map((entry) => [entry.localId, entry.op.kind])).toEqual([['c:client-1', 'create']]);
    expect(await world.store.listConflicts()).toEqual([expect.objectContaining({ localId: 'c:client-1', reason: 'folder-deleted', folder: { id: work, name: 'Work', keptIn: 'Contacts' } })]);
  });
});
