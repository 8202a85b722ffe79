// Dexie's live queries look for a global indexedDB, so this runner installs fake-indexeddb globally
// and gives every test its own database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FOLDER, aContact, aSyncedRow } from '../fakes/contact-builders.js';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { runMirrorStoreCategoriesContract } from './mirror-store-categories.contract.js';
import { runMirrorStoreDuplicateKeysContract } from './mirror-store-duplicate-keys.contract.js';
import { runMirrorStoreListingContract } from './mirror-store-listing.contract.js';
import { runMirrorStoreContract } from './mirror-store.contract.js';
import type { StoreSetup } from './mirror-store.contract.js';

let count = 0;

const setup: StoreSetup = async () => {
  const name = `contract-${++count}`;
  const subject = new DexieMirrorStore(name);
  return {
    subject,
    teardown: async () => {
      await subject.close();
      await Dexie.delete(name);
    },
  };
};

runMirrorStoreContract('DexieMirrorStore on fake-indexeddb', setup);
runMirrorStoreListingContract('DexieMirrorStore on fake-indexeddb', setup);
runMirrorStoreDuplicateKeysContract('DexieMirrorStore on fake-indexeddb', setup);
runMirrorStoreCategoriesContract('DexieMirrorStore on fake-indexeddb', setup);

describe('DexieMirrorStore searches', () => {
  it('lists what another store on the same database wrote since, not what it had read before', async () => {
    const { subject: reader, teardown } = await setup();
    const writer = new DexieMirrorStore(`contract-${count}`);
    try {
      const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace' }));
      const upsert = (contact: typeof ada) => writer.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => [{ kind: 'upsert', contact }] }, { folderId: FOLDER });
      await upsert(ada);
      expect((await reader.listContacts({ text: 'ada love' })).map((row) => row.fields.jobTitle)).toEqual([undefined]);
      await upsert({ ...ada, fields: { ...ada.fields, jobTitle: 'Analyst' } });
      expect((await reader.listContacts({ text: 'ada love' })).map((row) => row.fields.jobTitle)).toEqual(['Analyst']);
      await upsert({ ...ada, deleted: true });
      expect(await reader.listContacts({ text: 'ada love' })).toEqual([]);
    } finally {
      await writer.close();
      await teardown();
    }
  });
});
