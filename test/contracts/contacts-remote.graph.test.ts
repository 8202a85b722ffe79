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
    teardown: () => fixture.close(),
  };
});

afterAll(stopGraphEmulators);
