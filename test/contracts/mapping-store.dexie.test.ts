// DexieMappingStore on fake-indexeddb, each test on its own database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { DexieMappingStore } from '../../src/adapters/dexie/dexie-mapping-store.js';
import { runMappingStoreContract } from './mapping-store.contract.js';

let count = 0;

runMappingStoreContract('DexieMappingStore on fake-indexeddb', async () => {
  const name = `mapping-contract-${++count}`;
  const subject = new DexieMappingStore(name);
  return {
    subject,
    teardown: async () => {
      await subject.close();
      await Dexie.delete(name);
    },
  };
});
