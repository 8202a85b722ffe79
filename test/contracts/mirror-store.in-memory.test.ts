import { InMemoryMirrorStore } from '../fakes/in-memory-mirror-store.js';
import { runMirrorStoreCategoriesContract } from './mirror-store-categories.contract.js';
import { runMirrorStoreDuplicateKeysContract } from './mirror-store-duplicate-keys.contract.js';
import { runMirrorStoreListingContract } from './mirror-store-listing.contract.js';
import { runMirrorStoreContract } from './mirror-store.contract.js';

runMirrorStoreContract('InMemoryMirrorStore', async () => ({ subject: new InMemoryMirrorStore(), teardown: async () => undefined }));

runMirrorStoreListingContract('InMemoryMirrorStore', async () => ({ subject: new InMemoryMirrorStore(), teardown: async () => undefined }));

runMirrorStoreDuplicateKeysContract('InMemoryMirrorStore', async () => ({ subject: new InMemoryMirrorStore(), teardown: async () => undefined }));

runMirrorStoreCategoriesContract('InMemoryMirrorStore', async () => ({ subject: new InMemoryMirrorStore(), teardown: async () => undefined }));
