// The headless command's mirror file: a snapshot exported from one database and imported into another keeps
// every table, and contacts get this version's index keys even when the file was written by an earlier one.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TOMBSTONE_SORT } from '../../src/adapters/dexie/contact-record.js';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { exportMirror, importMirror } from '../../src/adapters/dexie/mirror-snapshot.js';
import { FOLDER, aContact, aSyncedRow } from '../fakes/contact-builders.js';

const names = ['snapshot-source', 'snapshot-target'];

afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
});

describe('mirror snapshots', () => {
  it('imports every contact with its index keys derived again', async () => {
    const source = new DexieMirrorStore('snapshot-source');
    await source.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
    const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace' }));
    const gone = { ...aSyncedRow('g2', aContact({ displayName: 'Bob Byron', emailAddresses: [{ address: 'bob@example.com' }] })), deleted: true };
    await source.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => [ada, gone].map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
    await source.close();
    const snapshot = await exportMirror('snapshot-source');
    // A file written before tombstones sorted last: the deleted row carries a live-looking sort key.
    const written = { ...snapshot, contacts: (snapshot.contacts as { sortKey: string }[]).map((record) => ({ ...record, sortKey: record.sortKey.replace(TOMBSTONE_SORT, 'bob byron') })) };
    await importMirror('snapshot-target', written);
    const target = new DexieMirrorStore('snapshot-target');
    expect(await target.countContacts({})).toBe(1);
    expect((await target.listContacts({ folderId: FOLDER })).map((row) => row.graphId)).toEqual(['g1']);
    expect(await target.getContact(gone.localId)).toMatchObject({ deleted: true });
    expect(await target.listFolders()).toHaveLength(1);
    await target.close();
  });
});
