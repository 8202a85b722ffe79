import { InMemoryCategoryCache } from '../fakes/in-memory-category-cache.js';
import { runCategoryCacheContract } from './category-cache.contract.js';

runCategoryCacheContract('InMemoryCategoryCache', async () => ({ subject: new InMemoryCategoryCache(), teardown: async () => undefined }));
