// Runs the ContactsRemote contract against FakeContactsRemote, so the fake the engine tests use is trusted.
import type { GraphId } from '../../src/core/contact/contact.js';
import { FakeContactsRemote } from '../fakes/fake-contacts-remote.js';
import { runContactsRemoteContract } from './contacts-remote.contract.js';

runContactsRemoteContract('FakeContactsRemote', async () => {
  const fake = new FakeContactsRemote(() => Date.now(), 200);
  return {
    subject: fake,
    mailbox: { kind: 'me' },
    addFolder: async (displayName, parentId) => {
      const id = fake.addFolder(displayName);
      const folder = fake.folders.get(id);
      if (folder !== undefined) fake.folders.set(id, { ...folder, parentFolderId: parentId ?? fake.defaultFolderId });
      return id as GraphId;
    },
    removeFolder: async (id) => {
      fake.folders.delete(id);
    },
    expireDeltaTokens: async () => fake.expireDeltaTokens(),
    teardown: async () => undefined,
  };
});
