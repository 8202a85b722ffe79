import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { RemoteError } from '../../../src/core/errors.js';
import { localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { createContact, deleteContact, editContact } from '../../../src/engine/local-edits.js';
import { pullContacts } from '../../../src/engine/pull-contacts.js';
import { PUSH_ROUND, pushOutbox } from '../../../src/engine/push-outbox.js';
import { aContact } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';
import type { SyncWorld } from '../../fakes/sync-world.js';

async function synced(count: number): Promise<SyncWorld> {
  const world = aSyncWorld();
  for (let i = 0; i < count; i += 1) world.remote.serverCreate(aContact({ displayName: `Person ${i}` }));
  await pullContacts(world.deps);
  return world;
}

const G1 = localIdForGraph('g1' as GraphId);

describe('pushOutbox', () => {
  it('creates a new contact on the server with its client id', async () => {
    const world = await synced(0);
    const id = await createContact(world.store, { clientId: 'c-1' as never, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: 'New' }), now: 1 });
    const report = await pushOutbox(world.deps);
    expect(report.created).toBe(1);
    expect(world.remote.contacts()).toEqual([expect.objectContaining({ clientId: 'c-1', fields: expect.objectContaining({ displayName: 'New' }) })]);
    expect((await world.store.getContact(id))?.base?.changeKey).toBeDefined();
    expect(await world.store.countPending()).toBe(0);
  });

  it('sends a long outbox round by round, reading at most a round of contacts at a time', async () => {
    const world = await synced(0);
    const count = PUSH_ROUND * 2 + 3;
    for (let i = 0; i < count; i += 1) await createContact(world.store, { clientId: `c-${i}` as never, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: `New ${i}` }), now: 1 });
    const reads: number[] = [];
    const getContacts = world.store.getContacts.bind(world.store);
    world.store.getContacts = async (ids) => { reads.push(ids.length); return getContacts(ids); };
    const report = await pushOutbox(world.deps);
    expect(report.created).toBe(count);
    expect(reads).toEqual([PUSH_ROUND, PUSH_ROUND, 3]);
    expect(world.remote.contacts()).toHaveLength(count);
    expect(await world.store.countPending()).toBe(0);
  });

  it('sends only the changed fields against the base changeKey', async () => {
    const world = await synced(1);
    const writes: unknown[] = [];
    const write = world.remote.write.bind(world.remote);
    world.remote.write = async (mailbox, list) => { writes.push(...list); return write(mailbox, list); };
    await editContact(world.store, G1, aContact({ displayName: 'Person 0', jobTitle: 'Poet' }), 5);
    await pushOutbox(world.deps);
    expect(writes).toEqual([{ kind: 'update', id: 'g1', changes: { jobTitle: 'Poet' }, ifMatchChangeKey: 'ck-1' }]);
    expect(world.remote.contacts()[0]?.fields.jobTitle).toBe('Poet');
  });

  it('never duplicates a create whose answer was lost', async () => {
    const world = await synced(0);
    await createContact(world.store, { clientId: 'c-1' as never, folderId: world.remote.defaultFolderId, fields: aContact(), now: 1 });
    world.remote.loseNextWriteResponses();
    await expect(pushOutbox(world.deps)).rejects.toBeInstanceOf(RemoteError);
    await pushOutbox(world.deps);
    expect(world.remote.contacts()).toHaveLength(1);
    expect(world.remote.calls.find).toBe(1);
    expect(await world.store.countPending()).toBe(0);
  });

  it('merges against the base when the server changed the contact, and logs the loser', async () => {
    const world = await synced(1);
    await editContact(world.store, G1, aContact({ displayName: 'Mine', jobTitle: 'Local' }), world.clock.now());
    await world.clock.advance(1000);
    world.remote.serverUpdate('g1' as GraphId, { displayName: 'Theirs', department: 'Remote' });
    const report = await pushOutbox(world.deps);
    expect(report).toMatchObject({ updated: 1, conflicts: 1 });
    expect(world.remote.contacts()[0]?.fields).toMatchObject({ displayName: 'Theirs', jobTitle: 'Local', department: 'Remote' });
    expect(await world.store.listConflicts()).toEqual([expect.objectContaining({ field: 'displayName', kept: 'Theirs', lost: 'Mine' })]);
    expect((await world.store.getContact(G1))?.fields).toEqual(world.remote.contacts()[0]?.fields);
  });

  it('treats a 404 on delete as done', async () => {
    const world = await synced(1);
    await deleteContact(world.store, G1, 1);
    world.remote.serverDelete('g1' as GraphId);
    const report = await pushOutbox(world.deps);
    expect(report.deleted).toBe(1);
    expect(await world.store.getContact(G1)).toBeUndefined();
    expect(await world.store.countPending()).toBe(0);
  });

  it('surfaces a permanent refusal in the log, reverts it and does not retry it', async () => {
    const world = await synced(1);
    world.remote.rejectWrite = () => new RemoteError('Property jobTitle is too long.', { status: 400, code: 'ErrorInvalidProperty' });
    await editContact(world.store, G1, aContact({ displayName: 'Person 0', jobTitle: 'x'.repeat(300) }), 1);
    const report = await pushOutbox(world.deps);
    expect(report.failures).toBe(1);
    expect(await world.store.countPending()).toBe(0);
    expect((await world.store.getContact(G1))?.fields.jobTitle).toBeUndefined();
    expect(await world.store.listConflicts()).toEqual([expect.objectContaining({ reason: 'rejected', message: 'Property jobTitle is too long.' })]);
  });

  it('keeps a throttled write in the outbox for the next run', async () => {
    const world = await synced(1);
    world.remote.rejectWrite = () => new RemoteError('Too many requests', { status: 429, retryAfterMs: 1000 });
    await editContact(world.store, G1, aContact({ displayName: 'Person 0', jobTitle: 'Poet' }), 1);
    expect((await pushOutbox(world.deps)).deferred).toBe(1);
    world.remote.rejectWrite = undefined;
    await pushOutbox(world.deps);
    expect(world.remote.contacts()[0]?.fields.jobTitle).toBe('Poet');
  });

  it('sends nothing for a contact created and deleted before any push', async () => {
    const world = await synced(0);
    const id = await createContact(world.store, { clientId: 'c-1' as never, folderId: world.remote.defaultFolderId, fields: aContact(), now: 1 });
    await deleteContact(world.store, id, 2);
    await pushOutbox(world.deps);
    expect(world.remote.calls.write).toBe(0);
    expect(await world.store.allRows()).toEqual([]);
  });

  it('sends 1,000 creates in 50 batched requests', async () => {
    const world = await synced(0);
    for (let i = 0; i < 1000; i += 1) {
      await createContact(world.store, { clientId: `c-${i}` as never, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: `N ${i}` }), now: 1 });
    }
    const before = world.remote.requests;
    await pushOutbox(world.deps);
    expect(world.remote.requests - before).toBe(50);
    expect(world.remote.contacts()).toHaveLength(1000);
  });

  it('sends one wave of up to four batches per call and settles it before sending the next', async () => {
    const world = await synced(0);
    for (let i = 0; i < 170; i += 1) {
      await createContact(world.store, { clientId: `c-${i}` as never, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: `N ${i}` }), now: 1 });
    }
    const calls: [number, number][] = [];
    const write = world.remote.write.bind(world.remote);
    world.remote.write = async (mailbox, list) => {
      calls.push([list.length, await world.store.countPending()]);
      return write(mailbox, list);
    };
    const report = await pushOutbox(world.deps);
    expect(calls).toEqual([
      [80, 170],
      [80, 90],
      [10, 10],
    ]);
    expect(report.created).toBe(170);
  });

  it('keeps an edit made while the push was in flight', async () => {
    const world = await synced(1);
    await editContact(world.store, G1, aContact({ displayName: 'Person 0', jobTitle: 'First' }), 1);
    const write = world.remote.write.bind(world.remote);
    world.remote.write = async (mailbox, list) => {
      await editContact(world.store, G1, aContact({ displayName: 'Person 0', jobTitle: 'First', department: 'Second' }), 2);
      return write(mailbox, list);
    };
    await pushOutbox(world.deps);
    expect((await world.store.getContact(G1))?.fields).toMatchObject({ jobTitle: 'First', department: 'Second' });
    expect(await world.store.countPending()).toBe(1);
  });

  it('keeps an edit that undoes an earlier edit whose answer was lost', async () => {
    const world = await synced(1);
    await editContact(world.store, G1, aContact({ displayName: 'Person 0', jobTitle: 'Poet' }), 1);
    world.remote.loseNextWriteResponses();
    await expect(pushOutbox(world.deps)).rejects.toBeInstanceOf(RemoteError);
    await world.clock.advance(1000);
    await editContact(world.store, G1, aContact({ displayName: 'Person 0' }), world.clock.now());
    await pushOutbox(world.deps);
    await pullContacts(world.deps);
    expect(world.remote.contacts()[0]?.fields.jobTitle).toBeUndefined();
    expect((await world.store.getContact(G1))?.fields.jobTitle).toBeUndefined();
  });

  it('folds a copy pulled before a lost create was confirmed back into the created contact', async () => {
    const world = await synced(0);
    const id = await createContact(world.store, { clientId: 'c-1' as never, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: 'Mine' }), now: 1 });
    world.remote.loseNextWriteResponses();
    await expect(pushOutbox(world.deps)).rejects.toBeInstanceOf(RemoteError);
    await pullContacts(world.deps);
    const copy = (await world.store.listContacts()).find((row) => row.localId !== id)!;
    await editContact(world.store, copy.localId, { ...copy.fields, jobTitle: 'Edited on the copy' }, 5);
    await pushOutbox(world.deps);
    await pullContacts(world.deps);
    expect((await world.store.allRows()).map((row) => row.localId)).toEqual([id]);
    expect(world.remote.contacts()).toEqual([expect.objectContaining({ fields: expect.objectContaining({ jobTitle: 'Edited on the copy' }) })]);
  });
});
