import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import type { MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import { findDuplicateGroups } from '../../../src/engine/find-duplicate-groups.js';
import { FOLDER, aContact, aSyncedRow } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';

const SHARED = 'folder-shared' as GraphId;
const folders = [
  { id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false },
  { id: SHARED, displayName: 'Team', isDefault: false, mailbox: 'boss@example.com', readOnly: true },
];

async function storeWith(rows: readonly MirrorContact[]): Promise<InMemoryMirrorStore> {
  const store = new InMemoryMirrorStore();
  await store.applyFolderPlan({ upserts: folders, removed: [] });
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
  return store;
}

const namesOf = (groups: Awaited<ReturnType<typeof findDuplicateGroups>>) => groups.map((group) => group.contacts.map((row) => row.fields.displayName));

describe('findDuplicateGroups', () => {
  it('groups the contacts sharing a key, each group in name order with its reasons', async () => {
    const store = await storeWith([
      aSyncedRow('g1', aContact({ displayName: 'Zoe Ada', mobilePhone: '+44 20 7946 0000' })),
      aSyncedRow('g2', aContact({ displayName: 'Ada Lovelace' })),
      aSyncedRow('g3', aContact({ displayName: 'Bob Byron', emailAddresses: [{ address: 'bob@example.com' }] })),
    ]);
    const groups = await findDuplicateGroups(store);
    expect(namesOf(groups)).toEqual([['Ada Lovelace', 'Zoe Ada']]);
    expect(groups[0]?.reasons).toEqual(['email']);
  });

  it('leaves out the contacts of read-only folders and the tombstones', async () => {
    const store = await storeWith([
      aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace' })),
      aSyncedRow('g2', aContact({ displayName: 'Ada Shared' }), 'ck-1', { folderId: SHARED }),
      aSyncedRow('g3', aContact({ displayName: 'Ada Gone' }), 'ck-1', { deleted: true }),
    ]);
    expect(await findDuplicateGroups(store)).toEqual([]);
  });

  it('shows a contact as it is when its group is read, and drops a group left with one contact', async () => {
    const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace' }));
    const twin = aSyncedRow('g2', aContact({ displayName: 'Ada L.' }));
    const trio = ['g3', 'g4', 'g5'].map((id) => aSyncedRow(id, aContact({ displayName: `Bob ${id}`, emailAddresses: [{ address: 'bob@example.com' }] })));
    const store = await storeWith([ada, twin, ...trio]);
    // The keys as read before the contacts change: twin deleted and one Bob renamed in between.
    const keys = await store.listDuplicateKeys();
    await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => [{ kind: 'remove', localId: twin.localId, conflicts: [] }, { kind: 'upsert', contact: { ...trio[0]!, fields: { ...trio[0]!.fields, displayName: 'Bob Renamed' } } }] }, { folderId: FOLDER });
    const racing = { listDuplicateKeys: async () => keys, getContacts: (ids: Parameters<typeof store.getContacts>[0]) => store.getContacts(ids), listFolders: () => store.listFolders() };
    expect(namesOf(await findDuplicateGroups(racing))).toEqual([['Bob g4', 'Bob g5', 'Bob Renamed']]);
  });
});
