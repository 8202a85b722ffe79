import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { editContact } from '../../../src/engine/local-edits.js';
import { mergeDuplicates, undoLocalChange } from '../../../src/engine/merge-duplicates.js';
import { pullContacts } from '../../../src/engine/pull-contacts.js';
import { pushOutbox } from '../../../src/engine/push-outbox.js';
import { aContact } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

const [G1, G2, G3] = ['g1', 'g2', 'g3'].map((id) => localIdForGraph(id as GraphId)) as [ReturnType<typeof localIdForGraph>, ReturnType<typeof localIdForGraph>, ReturnType<typeof localIdForGraph>];

async function threeAdas() {
  const world = aSyncWorld();
  world.remote.serverCreate(aContact({ displayName: 'Ada Lovelace', jobTitle: 'Analyst' }));
  world.remote.serverCreate(aContact({ displayName: 'Ada King', emailAddresses: [{ address: 'ada@b.example' }] }));
  world.remote.serverCreate(aContact({ displayName: 'Ada L.', mobilePhone: '+44 7700 900000' }));
  await pullContacts(world.deps);
  const merged = aContact({ displayName: 'Ada Lovelace', jobTitle: 'Analyst', emailAddresses: [{ address: 'ada@example.com' }, { address: 'ada@b.example' }], mobilePhone: '+44 7700 900000' });
  return { world, merged };
}

describe('mergeDuplicates', () => {
  it('updates the kept contact and deletes the others in one push', async () => {
    const { world, merged } = await threeAdas();
    expect(await mergeDuplicates(world.store, { keep: G1, remove: [G2, G3], fields: merged, now: 5 })).toBeDefined();
    expect((await world.store.listContacts()).map((row) => row.localId)).toEqual([G1]);
    const report = await pushOutbox(world.deps);
    expect([report.updated, report.deleted]).toEqual([1, 2]);
    expect(world.remote.contacts().map((contact) => contact.fields)).toEqual([expect.objectContaining(merged)]);
  });

  it('takes the whole merge back while it is in the outbox', async () => {
    const { world, merged } = await threeAdas();
    const before = await world.store.listContacts();
    const undo = await mergeDuplicates(world.store, { keep: G1, remove: [G2, G3], fields: merged, now: 5 });
    expect(await undoLocalChange(world.store, undo!)).toBe(true);
    expect(await world.store.listContacts()).toEqual(before);
    expect(await world.store.countPending()).toBe(0);
    await pushOutbox(world.deps);
    expect(world.remote.contacts()).toHaveLength(3);
  });

  it('cannot take the merge back once it has been sent, or once a merged contact was edited again', async () => {
    const { world, merged } = await threeAdas();
    const sent = await mergeDuplicates(world.store, { keep: G1, remove: [G2], fields: merged, now: 5 });
    await pushOutbox(world.deps);
    expect(await undoLocalChange(world.store, sent!)).toBe(false);
    const edited = await mergeDuplicates(world.store, { keep: G1, remove: [G3], fields: { ...merged, jobTitle: 'Countess' }, now: 6 });
    await editContact(world.store, G1, { ...merged, jobTitle: 'Poet' }, 7);
    expect(await undoLocalChange(world.store, edited!)).toBe(false);
    expect((await world.store.getContact(G1))?.fields.jobTitle).toBe('Poet');
    expect((await world.store.getContact(G3))?.deleted).toBe(true);
  });
});
