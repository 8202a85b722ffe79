// DexieCategoryCache on fake-indexeddb, each test on its own database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { DexieCategoryCache } from '../../src/adapters/dexie/dexie-category-cache.js';
import { runCategoryCacheContract } from './category-cache.contract.js';

let count = 0;

runCategoryCacheContract('DexieCategoryCache on fake-indexeddb', async () => {
  const name = `category-cache-contract-${++count}`;
  const subject = new DexieCategoryCache(name);
  return {
    subject,
    teardown: async () => {
      await subject.close();
      await Dexie.delete(name);
    },
  };
});
