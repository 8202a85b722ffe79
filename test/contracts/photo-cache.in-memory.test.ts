import { InMemoryPhotoCache } from '../fakes/in-memory-photo-cache.js';
import { runPhotoCacheContract } from './photo-cache.contract.js';

runPhotoCacheContract('InMemoryPhotoCache', async () => ({ subject: new InMemoryPhotoCache(), teardown: async () => undefined }));
