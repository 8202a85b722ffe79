// The Dexie mirror's schema upgrades: data written by version 1, 3, 4, 6 or 7 is readable, and fully indexed, once the
// current version opens.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { contactRecordOf } from '../../src/adapters/dexie/contact-record.js';
import { DexieMappingStore } from '../../src/adapters/dexie/dexie-mapping-store.js';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { MirrorDbV1, MirrorDbV3, MirrorDbV4, MirrorDbV6, MirrorDbV7, mirrorDatabaseName } from '../../src/adapters/dexie/mirror-db.js';
import type { GraphId } from '../../src/core/contact/contact.js';
import { sortKeyOf } from '../../src/core/contact/search-fields.js';
import { duplicateKeysOf } from '../../src/core/duplicates/duplicate-keys.js';
import { StoreError } from '../../src/core/errors.js';
import { OUTLOOK_CSV_MAPPING } from '../../src/core/mapping/presets/outlook-csv.js';
import type { MappingId } from '../../src/ports/mapping-store.js';
import { FOLDER, aContact, aSyncedRow } from '../fakes/contact-builders.js';

describe('DexieMirrorStore schema', () => {
  it('names one database per account', () => {
    expect(mirrorDatabaseName('tenant.user')).toBe('contact-bridge-mirror-tenant.user');
    expect(mirrorDatabaseName('a')).not.toBe(mirrorDatabaseName('b'));
  });

  it('fills the list order of contacts written by version 1 when version 2 opens', async () => {
    const name = 'migration-v1-v2';
    const v1 = new MirrorDbV1(name);
    const zed = aSyncedRow('g1', aContact({ displayName: 'Zed Last' }));
    const amy = aSyncedRow('g2', aContact({ displayName: 'Amy First' }));
    const asV1 = (row: typeof zed): Record<string, unknown> => {
      const { sortKey: _dropped, ...record } = contactRecordOf(row);
      return record;
    };
    await v1.table('contacts').bulkPut([asV1(zed), asV1(amy)]);
    v1.close();

    const store = new DexieMirrorStore(name);
    expect((await store.listContacts()).map((row) => row.graphId)).toEqual(['g2', 'g1']);
    expect((await store.findByEmail('ada@example.com')).length).toBe(2);
    await store.close();
    await Dexie.delete(name);
  });

  it('counts and lists the live contacts of each folder written by version 3 when version 4 opens', async () => {
    const name = 'migration-v3-v4';
    const clients = 'folder-clients' as GraphId;
    const zed = aSyncedRow('g1', aContact({ displayName: 'Zed Last' }));
    const amy = aSyncedRow('g2', aContact({ displayName: 'Amy First' }), 'ck-1', { folderId: clients });
    const gone = aSyncedRow('g3', aContact({ displayName: 'Abe Gone' }), 'ck-1', { deleted: true });
    // Version 3 sorted a tombstone among the live contacts: by its name, then its local id.
    const asV3 = (row: typeof zed): Record<string, unknown> => ({ ...contactRecordOf(row), sortKey: `${sortKeyOf(row.fields)}\u0000${row.localId}` });
    const v3 = new MirrorDbV3(name);
    await v3.table('contacts').bulkPut([zed, amy, gone].map(asV3));
    v3.close();

    const store = new DexieMirrorStore(name);
    expect(await store.countContacts({})).toBe(2);
    expect(await store.countContacts({ folderId: FOLDER })).toBe(1);
    expect(await store.countContacts({ folderId: clients, text: 'amy' })).toBe(1);
    expect((await store.listContacts({ folderId: FOLDER })).map((row) => row.graphId)).toEqual(['g1']);
    expect((await store.listContacts({ limit: 1 })).map((row) => row.graphId)).toEqual(['g2']);
    expect((await store.allRows()).map((row) => row.graphId).sort()).toEqual(['g1', 'g2', 'g3']);
    await store.close();
    await Dexie.delete(name);
  });

  it('keeps the contacts, outbox and settings written by version 4 when version 5 adds the saved mappings', async () => {
    const name = 'migration-v4-v5';
    const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace' }));
    const v4 = new MirrorDbV4(name);
    await v4.table('contacts').put(contactRecordOf(ada));
    await v4.table('outbox').add({ localId: ada.localId, op: { kind: 'update', fields: ['displayName'] }, at: 1 });
    await v4.table('settings').put({ key: 'shared-sources', value: ['a'] });
    v4.close();

    const store = new DexieMirrorStore(name);
    const mappings = new DexieMappingStore(name);
    expect((await store.listContacts()).map((row) => row.graphId)).toEqual(['g1']);
    expect(await store.countPending()).toBe(1);
    expect(await mappings.listMappings()).toEqual([]);
    const saved = { id: 'm-1' as MappingId, document: { ...OUTLOOK_CSV_MAPPING, name: 'Mine' }, savedAt: 5 };
    await mappings.putMapping(saved);
    expect(await mappings.listMappings()).toEqual([saved]);
    expect((await store.findByEmail('ada@example.com')).length).toBe(1);
    await mappings.close();
    await store.close();
    await Dexie.delete(name);
  });

  it('fills the duplicate keys of the live contacts written by version 6 when version 7 opens', async () => {
    const name = 'migration-v6-v7';
    const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace', emailAddresses: [{ address: 'Ada@Example.com' }], mobilePhone: '+44 20 7946 0000' }));
    const twin = aSyncedRow('g2', aContact({ displayName: 'A. Lovelace', emailAddresses: [{ address: 'ada@example.com' }] }));
    const gone = aSyncedRow('g3', aContact({ displayName: 'Ada Gone', emailAddresses: [{ address: 'ada@example.com' }] }), 'ck-1', { deleted: true });
    const v6 = new MirrorDbV6(name);
    await v6.table('contacts').bulkPut([ada, twin, gone].map((row) => contactRecordOf(row)));
    v6.close();

    const store = new DexieMirrorStore(name);
    expect(await store.listDuplicateKeys()).toEqual(
      [ada, twin].map((row) => ({ localId: row.localId, folderId: row.folderId, keys: duplicateKeysOf(row.fields) })).sort((a, b) => (a.localId < b.localId ? -1 : 1)),
    );
    expect((await store.listContacts()).map((row) => row.graphId)).toEqual(['g2', 'g1']);
    await store.close();
    await Dexie.delete(name);
  });

  it('indexes the categories of the contacts written by version 7 when version 8 opens', async () => {
    const name = 'migration-v7-v8';
    const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace', categories: ['VIP'] }));
    const bob = aSyncedRow('g2', aContact({ displayName: 'Bob Byron', categories: ['Red category'] }));
    const v7 = new MirrorDbV7(name);
    // As version 7 wrote them: without the category index's field.
    await v7.table('contacts').bulkPut([ada, bob].map((row) => {
      const { categoryNames: _new, ...record } = contactRecordOf(row);
      return record;
    }));
    v7.close();

    const store = new DexieMirrorStore(name);
    expect((await store.listContacts({ category: 'VIP' })).map((row) => row.graphId)).toEqual(['g1']);
    expect(await store.categoriesInUse()).toEqual(['Red category', 'VIP']);
    await store.close();
    await Dexie.delete(name);
  });

  it('reports a failed operation as a StoreError naming what it was doing', async () => {
    const store = new DexieMirrorStore('closed-store');
    await store.listContacts();
    await store.close();
    const failure = await store.listContacts().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as Error).message).toContain('listing contacts');
    await Dexie.delete('closed-store');
  });
});
