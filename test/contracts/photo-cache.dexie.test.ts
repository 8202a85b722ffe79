// DexiePhotoCache on fake-indexeddb, each test on its own database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { DexiePhotoCache } from '../../src/adapters/dexie/dexie-photo-cache.js';
import { runPhotoCacheContract } from './photo-cache.contract.js';

let count = 0;

runPhotoCacheContract('DexiePhotoCache on fake-indexeddb', async () => {
  const name = `photo-cache-contract-${++count}`;
  const subject = new DexiePhotoCache(name);
  return {
    subject,
    teardown: async () => {
      await subject.close();
      await Dexie.delete(name);
    },
  };
});
