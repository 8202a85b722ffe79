// Runs the MasterCategoryList contract against GraphMasterCategories talking to the Graph emulator. The token
// provider refuses the scopes the user has not consented to, as MSAL does (AuthError consent-required).
import { afterAll } from 'vitest';
import { connectToGraph } from '../../src/adapters/graph/graph-connection.js';
import { GraphMasterCategories } from '../../src/adapters/graph/graph-master-categories.js';
import { BASE_SCOPES } from '../../src/core/auth/graph-scopes.js';
import { AuthError } from '../../src/core/errors.js';
import type { TokenProvider } from '../../src/ports/token-provider.js';
import { startGraphEmulatorFixture, stopGraphEmulators } from '../integration/graph-emulator-fixture.js';
import { runMasterCategoryListContract } from './master-category-list.contract.js';

runMasterCategoryListContract('GraphMasterCategories on the emulator', async (granted) => {
  const fixture = await startGraphEmulatorFixture({ seed: 5 });
  const consented = new Set([...BASE_SCOPES, ...granted]);
  const tokens: TokenProvider = {
    getAccessToken: (request) => {
      const missing = request.scopes.filter((scope) => !consented.has(scope));
      if (missing.length > 0) return Promise.reject(new AuthError(`Consent needed for ${missing.join(' ')}.`, 'consent-required', 'consent_required'));
      return fixture.tokens.getAccessToken(request);
    },
  };
  const connection = connectToGraph({ baseUrl: fixture.emulator.graphUrl, tokens, clock: fixture.clock, random: () => 0.5 });
  return { subject: new GraphMasterCategories(connection), teardown: () => fixture.close() };
});

afterAll(stopGraphEmulators);
