import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { createContact, editContact } from '../../../src/engine/local-edits.js';
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
