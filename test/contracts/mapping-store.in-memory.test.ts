import { InMemoryMappingStore } from '../fakes/in-memory-mapping-store.js';
import { runMappingStoreContract } from './mapping-store.contract.js';

runMappingStoreContract('InMemoryMappingStore', async () => ({ subject: new InMemoryMappingStore(), teardown: async () => undefined }));
