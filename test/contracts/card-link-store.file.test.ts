// The pairing's link table in the command line's store file (`contact-bridge carddav --state`): saved to a
// file in a temporary folder and read back by the next run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SettingsCardLinkStore } from '../../src/adapters/carddav/settings-card-link-store.js';
import { openFileMirrorStore } from '../../src/cli/file-mirror-store.js';
import { runCardLinkStoreContract } from './card-link-store.contract.js';

runCardLinkStoreContract('SettingsCardLinkStore in the store file', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'contact-bridge-links-'));
  const file = path.join(dir, 'state.json');
  let opened = await openFileMirrorStore(file);
  return {
    pairing: (key) => new SettingsCardLinkStore(opened.store, key),
    settings: () => opened.store,
    async reopen() {
      await opened.save();
      await opened.close();
      opened = await openFileMirrorStore(file);
    },
    async teardown() {
      await opened.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
