// A small world for engine tests: a fake Graph, an in-memory mirror, a fake clock and the engine's deps.
import type { ClientId } from '../../src/core/contact/contact.js';
import type { SyncDeps } from '../../src/engine/sync-once.js';
import { FakeClock } from './fake-clock.js';
import { FakeContactsRemote } from './fake-contacts-remote.js';
import { InMemoryMirrorStore } from './in-memory-mirror-store.js';
import type { LocalStore } from '../contracts/mirror-store.contract.js';

export interface SyncWorld {
  readonly clock: FakeClock;
  readonly remote: FakeContactsRemote;
  readonly store: LocalStore;
  readonly deps: SyncDeps;
}

export function aSyncWorld(options: { pageSize?: number; store?: LocalStore } = {}): SyncWorld {
  const clock = new FakeClock();
  const remote = new FakeContactsRemote(() => clock.now(), options.pageSize ?? 200);
  const store = options.store ?? new InMemoryMirrorStore();
  let ids = 0;
  const deps: SyncDeps = { remote, store, clock, newClientId: () => `client-${++ids}` as ClientId };
  return { clock, remote, store, deps };
}
