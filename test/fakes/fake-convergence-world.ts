// The convergence world over the in-process fakes: FakeContactsRemote as the server, any LocalStore as the mirror.
import { RemoteError } from '../../src/core/errors.js';
import type { LocalStore } from '../contracts/mirror-store.contract.js';
import type { ConvergenceWorld } from '../property/convergence-model.js';
import { aSyncWorld } from './sync-world.js';

export function fakeConvergenceWorld(store?: LocalStore): ConvergenceWorld {
  const world = aSyncWorld({ pageSize: 3, ...(store !== undefined ? { store } : {}) });
  const { remote, clock } = world;
  return {
    store: world.store,
    deps: world.deps,
    now: () => clock.now(),
    tick: () => clock.advance(1000),
    server: {
      contacts: async () => remote.contacts(),
      create: async (fields) => void remote.serverCreate(fields),
      update: async (id, changes) => void remote.serverUpdate(id, changes),
      remove: async (id) => remote.serverDelete(id),
      throttle: async (times) => remote.failNext('any', new RemoteError('Too many requests', { status: 429, retryAfterMs: 1000 }), times),
      expireTokens: async () => remote.expireDeltaTokens(),
      loseWriteResponse: async () => remote.loseNextWriteResponses(),
      dropNextDeltaPage: async () => remote.failNext('delta', new RemoteError('The connection closed mid-answer.', { status: 0 })),
      // The fake has no tokens: token refresh is the Graph adapter's, exercised against the emulator.
      expireAccessTokens: async () => undefined,
      quiet: async () => remote.clearFaults(),
    },
  };
}
