import { FakeMasterCategories } from '../fakes/fake-master-categories.js';
import { runMasterCategoryListContract } from './master-category-list.contract.js';

runMasterCategoryListContract('FakeMasterCategories', async (granted) => {
  const subject = new FakeMasterCategories([{ id: 'seed-1', displayName: 'Clients', color: 'preset7' }]);
  subject.granted.clear();
  for (const scope of granted) subject.granted.add(scope);
  return { subject, teardown: async () => undefined };
});
