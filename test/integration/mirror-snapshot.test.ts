// The headless command's mirror file: a snapshot exported from one database and imported into another keeps
// every table, and contacts get this version's index and duplicate keys even when the file was written by an earlier one.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TOMBSTONE_SORT } from '../../src/adapters/dexie/contact-record.js';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { DexiePhotoQueue } from '../../src/adapters/dexie/dexie-photo-queue.js';
import { exportMirror, importMirror, isMirrorSnapshot } from '../../src/adapters/dexie/mirror-snapshot.js';
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
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
    expect(await target.listDuplicateKeys()).toEqual([{ localId: ada.localId, folderId: FOLDER, keys: ['email:ada@example.com'] }]);
    expect(await target.listFolders()).toHaveLength(1);
    await target.close();
  });

  it('keeps the photos waiting for upload byte for byte through the JSON file', async () => {
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256);
    const source = new DexiePhotoQueue('snapshot-source');
    await source.queuePhotos([{ localId: 'c:ada' as LocalId, bytes, at: 42 }]);
    await source.close();
    const file = JSON.parse(JSON.stringify(await exportMirror('snapshot-source'))) as unknown;
    expect(isMirrorSnapshot(file)).toBe(true);
    if (!isMirrorSnapshot(file)) return;
    await importMirror('snapshot-target', file);
    const target = new DexiePhotoQueue('snapshot-target');
    const [photo] = await target.pendingPhotos();
    expect(photo?.localId).toBe('c:ada');
    expect(photo?.at).toBe(42);
    expect([...(photo?.bytes ?? [])]).toEqual([...bytes]);
    await target.close();
  });

  it('reads a file written before photos waited for upload as one with none waiting', async () => {
    const snapshot = await exportMirror('snapshot-source');
    const { photoUploads, ...earlier } = snapshot;
    expect(photoUploads).toEqual([]);
    expect(isMirrorSnapshot(earlier)).toBe(true);
    expect(isMirrorSnapshot({ ...earlier, folders: 'not a table' })).toBe(false);
    await importMirror('snapshot-target', earlier as typeof snapshot);
    const target = new DexiePhotoQueue('snapshot-target');
    expect(await target.countPendingPhotos()).toBe(0);
    await target.close();
  });
});
