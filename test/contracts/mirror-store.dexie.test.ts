// Dexie's live queries look for a global indexedDB, so this runner installs fake-indexeddb globally
// and gives every test its own database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
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
