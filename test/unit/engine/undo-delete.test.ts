// Delete with Undo over the fakes: the push holds a delete for the undo window, Undo withdraws it and shows the
// contact again, a dismissed bar releases it at once, and once the push has marked it sent Undo is refused.
import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { createContact, editContact } from '../../../src/engine/local-edits.js';
import { pullContacts } from '../../../src/engine/pull-contacts.js';
import { pushOutbox } from '../../../src/engine/push-outbox.js';
import { canUndoDelete, deleteWithUndo, isDeleteHeld, releaseDelete, undoDelete } from '../../../src/engine/undo-delete.js';
import { aContact, aSyncedRow } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

const G1 = localIdForGraph('g1' as GraphId);
const WINDOW_MS = 5_000;

async function syncedWorld() {
  const world = aSyncWorld();
  world.remote.serverCreate(aContact({ displayName: 'Ada Lovelace' }));
  await pullContacts(world.deps);
  return world;
}

describe('deleteWithUndo', () => {
  it('hides the contact at once and the push holds the delete until the window has passed', async () => {
    const world = await syncedWorld();
    const ticket = await deleteWithUndo(world.store, G1, world.clock.now(), WINDOW_MS);
    expect(ticket).toMatchObject({ localId: G1, undoUntil: world.clock.now() + WINDOW_MS });
    expect(await world.store.listContacts()).toEqual([]);
    expect((await pushOutbox(world.deps)).deleted).toBe(0);
    expect(world.remote.contacts()).toHaveLength(1);
    expect(await canUndoDelete(world.store, ticket!)).toBe(true);
    await world.clock.advance(WINDOW_MS);
    expect((await pushOutbox(world.deps)).deleted).toBe(1);
    expect(world.remote.contacts()).toEqual([]);
    expect(await canUndoDelete(world.store, ticket!)).toBe(false);
    expect(await undoDelete(world.store, ticket!)).toBe(false);
  });

  it('undoes: the entry is withdrawn, the contact is back as the server has it, and nothing is sent', async () => {
    const world = await syncedWorld();
    const ticket = await deleteWithUndo(world.store, G1, world.clock.now(), WINDOW_MS);
    expect(await undoDelete(world.store, ticket!)).toBe(true);
    expect(await world.store.countPending()).toBe(0);
    const row = await world.store.getContact(G1);
    expect(row?.deleted).not.toBe(true);
    expect(row?.localChangedAt).toBeUndefined();
    expect(row?.undoUntil).toBeUndefined();
    expect((await world.store.listContacts()).map((contact) => contact.localId)).toEqual([G1]);
    await world.clock.advance(WINDOW_MS);
    expect(await pushOutbox(world.deps)).toMatchObject({ deleted: 0, updated: 0 });
    expect(world.remote.contacts()).toHaveLength(1);
  });

  it('keeps an earlier edit waiting when the delete is undone', async () => {
    const world = await syncedWorld();
    await editContact(world.store, G1, aContact({ displayName: 'Ada Lovelace', jobTitle: 'Countess' }), world.clock.now());
    const ticket = await deleteWithUndo(world.store, G1, world.clock.now(), WINDOW_MS);
    expect(await undoDelete(world.store, ticket!)).toBe(true);
    expect((await world.store.pending()).map((entry) => entry.op.kind)).toEqual(['update']);
    expect((await world.store.getContact(G1))?.localChangedAt).toBeDefined();
    await pushOutbox(world.deps);
    expect(world.remote.contacts()[0]?.fields.jobTitle).toBe('Countess');
  });

  it('sends at once once released (the Undo bar dismissed)', async () => {
    const world = await syncedWorld();
    const ticket = await deleteWithUndo(world.store, G1, world.clock.now(), WINDOW_MS);
    await releaseDelete(world.store, ticket!);
    expect((await pushOutbox(world.deps)).deleted).toBe(1);
    expect(world.remote.contacts()).toEqual([]);
  });

  it('refuses Undo once the push marked the delete sent, even when its answer was lost', async () => {
    const world = await syncedWorld();
    const ticket = await deleteWithUndo(world.store, G1, world.clock.now(), 0);
    world.remote.loseNextWriteResponses();
    await expect(pushOutbox(world.deps)).rejects.toThrow();
    expect((await world.store.getContact(G1))?.deleteSent).toBe(true);
    expect(await canUndoDelete(world.store, ticket!)).toBe(false);
    expect(await undoDelete(world.store, ticket!)).toBe(false);
    await pushOutbox(world.deps);
    expect(await world.store.getContact(G1)).toBeUndefined();
    expect(world.remote.contacts()).toEqual([]);
  });

  it('sends nothing when Undo withdrew the delete after the push read the row', async () => {
    const world = await syncedWorld();
    const ticket = await deleteWithUndo(world.store, G1, world.clock.now(), 0);
    const getContacts = world.store.getContacts.bind(world.store);
    world.store.getContacts = async (ids) => {
      const rows = await getContacts(ids);
      await undoDelete(world.store, ticket!);
      return rows;
    };
    expect((await pushOutbox(world.deps)).deleted).toBe(0);
    expect(world.remote.contacts()).toHaveLength(1);
    expect((await world.store.getContact(G1))?.deleted).not.toBe(true);
  });

  it('withdraws a contact created here and deleted before it was pushed, and pushes its create after Undo', async () => {
    const world = await syncedWorld();
    const id = await createContact(world.store, { clientId: 'c-9' as never, folderId: world.remote.defaultFolderId, fields: aContact({ displayName: 'New' }), now: 1 });
    const ticket = await deleteWithUndo(world.store, id, world.clock.now(), WINDOW_MS);
    expect(await pushOutbox(world.deps)).toMatchObject({ created: 0, deleted: 0 });
    expect(await undoDelete(world.store, ticket!)).toBe(true);
    expect((await pushOutbox(world.deps)).created).toBe(1);
    expect(world.remote.contacts()).toHaveLength(2);
  });
});

describe('isDeleteHeld', () => {
  const row = aSyncedRow('g1', aContact());
  it.each([
    ['a live row', row, false],
    ['a delete within the window', { ...row, deleted: true, undoUntil: 200 }, true],
    ['a delete past the window', { ...row, deleted: true, undoUntil: 100 }, false],
    ['a delete released', { ...row, deleted: true }, false],
    ['a delete already sent', { ...row, deleted: true, undoUntil: 200, deleteSent: true }, false],
  ])('%s → %s', (_name, contact, held) => {
    expect(isDeleteHeld(contact, 100)).toBe(held);
  });
});
