import { InMemoryPhotoQueue } from '../fakes/in-memory-photo-queue.js';
import { runPhotoQueueContract } from './photo-queue.contract.js';

runPhotoQueueContract('InMemoryPhotoQueue', async () => ({ subject: new InMemoryPhotoQueue(), teardown: async () => undefined }));
