// Runs the ContactsRemote contract against GraphContactsRemote talking to the Graph emulator.
import { afterAll } from 'vitest';
import { startGraphEmulatorFixture, stopGraphEmulators } from '../integration/graph-emulator-fixture.js';
import { runContactsRemoteContract } from './contacts-remote.contract.js';

runContactsRemoteContract('GraphContactsRemote on the emulator', async () => {
  const fixture = await startGraphEmulatorFixture({ seed: 3 });
  return {
    subject: fixture.remote,
    mailbox: { kind: 'me' },
    addFolder: (displayName, parentId) => fixture.addFolder(displayName, parentId),
    removeFolder: async (id) => {
      const response = await fixture.asOtherClient('DELETE', `me/contactFolders/${encodeURIComponent(id)}`);
      if (response.status !== 204) throw new Error(`deleting folder ${id} answered ${response.status}`);
    },
    expireDeltaTokens: async () => {
      const response = await fixture.control('POST', 'delta-tokens/expire');
      if (response.status !== 204) throw new Error(`expiring delta tokens answered ${response.status}`);
    },
    teardown: () => fixture.close(),
  };
});

afterAll(stopGraphEmulators);
