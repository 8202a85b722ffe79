import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { createContact, deleteContact, editContact } from '../../../src/engine/local-edits.js';
import { syncOnce } from '../../../src/engine/sync-once.js';
import { aContact } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

describe('syncOnce', () => {
  it('pushes queued changes, pulls the server’s and leaves the outbox empty', async () => {
    const world = aSyncWorld();
    world.remote.serverCreate(aContact({ displayName: 'On the server' }));
    await syncOnce(world.deps);
    await createContact(world.store, { clientId: 'c-1' as never, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: 'Made here' }), now: world.clock.now() });
    world.remote.serverCreate(aContact({ displayName: 'Also on the server' }));
    const summary = await syncOnce(world.deps);
    expect(summary).toMatchObject({ created: 1, failures: 0 });
    expect((await world.store.listContacts()).map((row) => row.fields.displayName)).toEqual(['Also on the server', 'Made here', 'On the server']);
    expect(await world.store.countPending()).toBe(0);
  });

  it('merges a local edit with a server edit of another field in one run', async () => {
    const world = aSyncWorld();
    world.remote.serverCreate(aContact({ displayName: 'Ada' }));
    await syncOnce(world.deps);
    const id = localIdForGraph('g1' as GraphId);
    await editContact(world.store, id, aContact({ displayName: 'Ada', jobTitle: 'Local' }), world.clock.now());
    await world.clock.advance(1000);
    world.remote.serverUpdate('g1' as GraphId, { department: 'Remote' });
    await syncOnce(world.deps);
    expect(world.remote.contacts()[0]?.fields).toMatchObject({ jobTitle: 'Local', department: 'Remote' });
    expect((await world.store.getContact(id))?.fields).toEqual(world.remote.contacts()[0]?.fields);
    expect(await world.store.countPending()).toBe(0);
  });
});

describe('syncOnce when a folder is deleted on the server', () => {
  it('keeps the folder’s unsent edits and new contacts in Contacts, creates each once and lets the rest go', async () => {
    const world = aSyncWorld();
    const clients = world.remote.addFolder('Clients');
    const edited = world.remote.serverCreate(aContact({ displayName: 'Edited here' }), clients);
    const untouched = world.remote.serverCreate(aContact({ displayName: 'Untouched' }), clients);
    const removed = world.remote.serverCreate(aContact({ displayName: 'Deleted here' }), clients);
    await syncOnce(world.deps);
    await editContact(world.store, localIdForGraph(edited.id), aContact({ displayName: 'Edited here', jobTitle: 'Poet' }), world.clock.now());
    await createContact(world.store, { clientId: 'new-1' as never, folderId: clients, fields: aContact({ displayName: 'Made here' }), now: world.clock.now() });
    await deleteContact(world.store, localIdForGraph(removed.id), world.clock.now());
    for (const contact of [edited, untouched, removed]) world.remote.serverDelete(contact.id);
    world.remote.folders.delete(clients);

    const summary = await syncOnce(world.deps);
    await syncOnce(world.deps);

    const onServer = world.remote.contacts();
    expect(onServer.map((c) => [c.fields.displayName, c.fields.jobTitle, c.folderId]).sort()).toEqual([
      ['Edited here', 'Poet', world.remote.defaultFolderId],
      ['Made here', undefined, world.remote.defaultFolderId],
    ]);
    expect(summary).toMatchObject({ created: 2, conflicts: 2, failures: 0 });
    expect(new Set(onServer.map((c) => c.clientId)).size).toBe(2);
    expect((await world.store.listContacts()).map((row) => [row.fields.displayName, row.folderId, row.graphId !== undefined])).toEqual([
      ['Edited here', world.remote.defaultFolderId, true],
      ['Made here', world.remote.defaultFolderId, true],
    ]);
    expect(await world.store.countPending()).toBe(0);
    const log = await world.store.listConflicts();
    expect(log.map((entry) => [entry.reason, entry.folder])).toEqual([
      ['folder-deleted', { id: clients, name: 'Clients', keptIn: 'Contacts' }],
      ['folder-deleted', { id: clients, name: 'Clients', keptIn: 'Contacts' }],
    ]);
  });
});
