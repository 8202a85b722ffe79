// The pairing's link table in the in-memory mirror's settings (what the engine tests use).
import { SettingsCardLinkStore } from '../../src/adapters/carddav/settings-card-link-store.js';
import { InMemoryMirrorStore } from '../fakes/in-memory-mirror-store.js';
import { runCardLinkStoreContract } from './card-link-store.contract.js';

runCardLinkStoreContract('SettingsCardLinkStore on InMemoryMirrorStore', async () => {
  const store = new InMemoryMirrorStore();
  return {
    pairing: (key) => new SettingsCardLinkStore(store, key),
    settings: () => store,
    reopen: async () => undefined,
    teardown: async () => undefined,
  };
});
