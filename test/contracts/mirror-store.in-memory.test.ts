import { InMemoryMirrorStore } from '../fakes/in-memory-mirror-store.js';
import { runMirrorStoreContract } from './mirror-store.contract.js';

runMirrorStoreContract('InMemoryMirrorStore', async () => ({ subject: new InMemoryMirrorStore(), teardown: async () => undefined }));
