// DexiePhotoQueue on fake-indexeddb, each test on its own database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { DexiePhotoQueue } from '../../src/adapters/dexie/dexie-photo-queue.js';
import { runPhotoQueueContract } from './photo-queue.contract.js';

let count = 0;

runPhotoQueueContract('DexiePhotoQueue on fake-indexeddb', async () => {
  const name = `photo-queue-contract-${++count}`;
  const subject = new DexiePhotoQueue(name);
  return {
    subject,
    teardown: async () => {
      await subject.close();
      await Dexie.delete(name);
    },
  };
});
