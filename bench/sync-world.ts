// Shared setup for the sync benchmarks: the Graph emulator, a GraphContactsRemote on it, a Dexie mirror on
// fake-indexeddb, and request counting through the emulator's request log.
import 'fake-indexeddb/auto';
import type { ClientId } from '../src/core/contact/contact.js';
import { DexieMirrorStore } from '../src/adapters/dexie/dexie-mirror-store.js';
import { GraphContactsRemote } from '../src/adapters/graph/graph-contacts-remote.js';
import type { Clock } from '../src/ports/clock.js';
import type { TokenProvider, TokenRequest } from '../src/ports/token-provider.js';
import type { SyncDeps } from '../src/engine/sync-once.js';

export const BENCH_SCOPES = ['Contacts.ReadWrite', 'Contacts.ReadWrite.Shared'];

/** Real time; waits are real too (the emulator answers Retry-After in seconds only when throttled). */
export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface EmulatorEndpoints {
  readonly url: string;
  readonly graphUrl: string;
  readonly user: string;
}

export function controlOf(endpoints: EmulatorEndpoints) {
  return async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${endpoints.url}/_emulator/${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`control ${method} ${path} answered ${response.status}`);
    return response;
  };
}

/** Graph requests logged since the last clear (a $batch counts once), optionally only those whose path matches. */
/** HTTP requests the emulator logged since the last clearLog (round trips); with `inner`, the requests inside batches instead. */
export async function loggedRequests(endpoints: EmulatorEndpoints, pathPattern?: RegExp, inner = false): Promise<number> {
  const body = (await (await controlOf(endpoints)('GET', 'requests')).json()) as { requests: { batch: boolean; path: string }[] };
  return body.requests.filter((entry) => entry.batch === inner && (pathPattern === undefined || pathPattern.test(entry.path))).length;
}

export async function clearLog(endpoints: EmulatorEndpoints): Promise<void> {
  await controlOf(endpoints)('DELETE', 'requests');
}

export function graphRemote(endpoints: EmulatorEndpoints): GraphContactsRemote {
  let cached: string | undefined;
  const tokens: TokenProvider = {
    async getAccessToken(request: TokenRequest): Promise<string> {
      if (cached !== undefined && request.forceRefresh !== true) return cached;
      const response = await controlOf(endpoints)('POST', 'token', { user: endpoints.user, scopes: request.scopes });
      cached = ((await response.json()) as { access_token: string }).access_token;
      return cached;
    },
  };
  return new GraphContactsRemote({ baseUrl: endpoints.graphUrl, tokens, clock: SYSTEM_CLOCK, scopes: BENCH_SCOPES });
}

export function syncDeps(endpoints: EmulatorEndpoints, databaseName: string): SyncDeps & { store: DexieMirrorStore } {
  const store = new DexieMirrorStore(databaseName);
  let ids = 0;
  return { remote: graphRemote(endpoints), store, clock: SYSTEM_CLOCK, newClientId: () => `bench-${databaseName}-${++ids}` as ClientId };
}
