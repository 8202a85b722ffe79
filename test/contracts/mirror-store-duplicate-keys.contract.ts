// The MirrorStore duplicate keys contract: `listDuplicateKeys` answers exactly the keys `duplicateKeysOf` derives
// from the live contacts, after every kind of write (pulled pages, local changes, withdrawals, settling, folder
// removal). Every implementation runs it beside the main contract (mirror-store.contract.ts).
import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../src/core/contact/contact.js';
import { duplicateKeysOf } from '../../src/core/duplicates/duplicate-keys.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { PullAction } from '../../src/core/sync/pull-action.js';
import { FOLDER, aContact, aLocalRow, aSyncedRow } from '../fakes/contact-builders.js';
import { withStore } from './mirror-store.contract.js';
import type { LocalStore, StoreSetup } from './mirror-store.contract.js';

const CLIENTS = 'folder-clients' as GraphId;
const folder = { id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false };
const clients = { ...folder, id: CLIENTS, displayName: 'Clients', isDefault: false };

function write(store: LocalStore, folderId: GraphId, actions: readonly PullAction[]) {
  return store.applyPullPage(folderId, { localIds: [], graphIds: [], plan: () => actions }, { folderId });
}

/** What listDuplicateKeys must answer for these live rows: their derived keys, keyless ones left out, by local id. */
function expectedKeys(rows: readonly MirrorContact[]) {
  return rows
    .filter((row) => row.deleted !== true)
    .map((row) => ({ localId: row.localId, folderId: row.folderId, keys: duplicateKeysOf(row.fields) }))
    .filter((row) => row.keys.length > 0)
    .sort((a, b) => (a.localId < b.localId ? -1 : a.localId > b.localId ? 1 : 0));
}

/** The store's key rows equal those derived from its rows, and from the rows given. */
async function expectKeysOf(store: LocalStore, rows: readonly MirrorContact[]): Promise<void> {
  const listed = await store.listDuplicateKeys();
  expect(listed).toEqual(expectedKeys(rows));
  expect(listed).toEqual(expectedKeys(await store.allRows()));
}

export function runMirrorStoreDuplicateKeysContract(name: string, setup: StoreSetup): void {
  const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace', companyName: 'Engines', mobilePhone: '+44 20 7946 0000' }));
  const bob = aSyncedRow('g2', aContact({ displayName: 'Bob Byron', emailAddresses: [{ address: 'Bob@Example.com' }] }));
  const keyless = aSyncedRow('g3', { displayName: 'Cy' });

  describe(`MirrorStore contract: ${name} › ContactReader: duplicate keys`, () => {
    it('lists the keys of the live contacts of a pulled page, leaving tombstones and contacts without keys out', () =>
      withStore(setup, async (store) => {
        const gone = aSyncedRow('g4', aContact({ displayName: 'Dee Gone' }), 'ck-1', { deleted: true });
        await write(store, FOLDER, [ada, bob, keyless, gone].map((contact) => ({ kind: 'upsert', contact })));
        await expectKeysOf(store, [ada, bob]);
        expect((await store.listDuplicateKeys()).find((row) => row.localId === bob.localId)?.keys).toEqual(['email:bob@example.com']);
      }));

    it('follows pulled updates and removals', () =>
      withStore(setup, async (store) => {
        await write(store, FOLDER, [ada, bob].map((contact) => ({ kind: 'upsert', contact })));
        const moved = { ...bob, folderId: CLIENTS, fields: { ...bob.fields, emailAddresses: [{ address: 'bob@elsewhere.example' }] } };
        await write(store, CLIENTS, [{ kind: 'upsert', contact: moved }]);
        await expectKeysOf(store, [ada, moved]);
        await write(store, FOLDER, [{ kind: 'remove', localId: ada.localId, conflicts: [] }]);
        await expectKeysOf(store, [moved]);
      }));

    it('follows local changes: a create, an edit, a delete, many at once', () =>
      withStore(setup, async (store) => {
        await write(store, FOLDER, [ada, bob].map((contact) => ({ kind: 'upsert', contact })));
        const created = aLocalRow('c1', aContact({ displayName: 'Eve New', emailAddresses: [{ address: 'eve@example.com' }] }));
        await store.enqueue(created.localId, () => ({ contact: created, op: { kind: 'create' }, at: 1 }));
        const edited = { ...ada, fields: { ...ada.fields, emailAddresses: [{ address: 'ada@engines.example' }] } };
        await store.enqueue(ada.localId, () => ({ contact: edited, op: { kind: 'update', fields: ['emailAddresses'] }, at: 2 }));
        await expectKeysOf(store, [edited, bob, created]);
        const deleted = { ...bob, deleted: true };
        const emptied = { ...created, fields: { displayName: 'Eve' } };
        await store.enqueueMany([
          { localId: bob.localId, change: () => ({ contact: deleted, op: { kind: 'delete' }, at: 3 }) },
          { localId: created.localId, change: () => ({ contact: emptied, op: { kind: 'update', fields: ['emailAddresses', 'givenName', 'surname'] }, at: 3 }) },
        ]);
        await expectKeysOf(store, [edited]);
      }));

    it('follows a withdrawal: a restored contact has its keys again, a withdrawn create none', () =>
      withStore(setup, async (store) => {
        await write(store, FOLDER, [{ kind: 'upsert', contact: bob }]);
        const created = aLocalRow('c1', aContact({ displayName: 'Eve New' }));
        const [removal, create] = await store.enqueueMany([
          { localId: bob.localId, change: (current) => current && { contact: { ...current, deleted: true }, op: { kind: 'delete' }, at: 2 } },
          { localId: created.localId, change: () => ({ contact: created, op: { kind: 'create' }, at: 2 }) },
        ]);
        await expectKeysOf(store, [created]);
        expect(await store.withdraw([{ localId: bob.localId, seqs: [removal!.seq], before: bob }, { localId: created.localId, seqs: [create!.seq], before: undefined }])).toBe(true);
        await expectKeysOf(store, [bob]);
      }));

    it('follows settling: a settled row is kept, a settled delete removes the keys', () =>
      withStore(setup, async (store) => {
        await write(store, FOLDER, [ada, bob].map((contact) => ({ kind: 'upsert', contact })));
        const removal = await store.enqueue(bob.localId, (current) => current && { contact: { ...current, deleted: true }, op: { kind: 'delete' }, at: 2 });
        await store.settle(bob.localId, [removal!.seq], () => undefined);
        const renamed = { ...ada, fields: { ...ada.fields, companyName: 'Analytical Engines' } };
        await store.settle(ada.localId, [], () => renamed);
        await expectKeysOf(store, [renamed]);
      }));

    it('follows a folder removal: the folder’s contacts go, the kept ones have their keys', () =>
      withStore(setup, async (store) => {
        await store.applyFolderPlan({ upserts: [folder, clients], removed: [] });
        await write(store, FOLDER, [{ kind: 'upsert', contact: ada }]);
        await write(store, CLIENTS, [{ kind: 'upsert', contact: { ...bob, folderId: CLIENTS } }]);
        const kept = aLocalRow('kept-1', bob.fields, { folderId: FOLDER });
        await store.applyFolderPlan({ upserts: [], removed: [CLIENTS] }, { plan: () => ({ kept: [kept], conflicts: [] }) });
        await expectKeysOf(store, [ada, kept]);
      }));
  });
}
