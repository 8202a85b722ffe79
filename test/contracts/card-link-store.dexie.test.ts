// The pairing's link table in the pane's Dexie mirror on fake-indexeddb, across closing and reopening the database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { SettingsCardLinkStore } from '../../src/adapters/carddav/settings-card-link-store.js';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { runCardLinkStoreContract } from './card-link-store.contract.js';

let count = 0;

runCardLinkStoreContract('SettingsCardLinkStore on DexieMirrorStore', async () => {
  const name = `card-links-${++count}`;
  let store = new DexieMirrorStore(name);
  return {
    pairing: (key) => new SettingsCardLinkStore(store, key),
    settings: () => store,
    async reopen() {
      await store.close();
      store = new DexieMirrorStore(name);
    },
    async teardown() {
      await store.close();
      await Dexie.delete(name);
    },
  };
});
