// Starts the Graph emulator in process (random port) and builds a GraphContactsRemote against it, with a
// token provider that mints through the control API and an instant clock (retry waits are recorded, not slept).
import { startEmulator } from '../../emulator/server.js';
import type { RunningEmulator } from '../../emulator/server.js';
import { GraphContactsRemote } from '../../src/adapters/graph/graph-contacts-remote.js';
import type { GraphId } from '../../src/core/contact/contact.js';
import type { TokenProvider, TokenRequest } from '../../src/ports/token-provider.js';
import { InstantClock } from '../unit/adapters/graph/instant-clock.js';

export const GRAPH_TEST_SCOPES = ['Contacts.ReadWrite', 'Contacts.ReadWrite.Shared'] as const;

/** Mints tokens through `POST /_emulator/token` and records every request (forced refreshes included). */
export class ControlApiTokenProvider implements TokenProvider {
  readonly requests: TokenRequest[] = [];
  readonly #url: string;
  readonly #user: string;
  readonly #cached = new Map<string, string>();

  constructor(emulatorUrl: string, user: string) {
    this.#url = emulatorUrl;
    this.#user = user;
  }

  async getAccessToken(request: TokenRequest): Promise<string> {
    this.requests.push(request);
    const key = [...request.scopes].sort().join(' ');
    const cached = this.#cached.get(key);
    // A forced refresh naming a token that is no longer the cached one: another request already refreshed it.
    const replaced = request.failedToken !== undefined && request.failedToken !== cached;
    if (cached !== undefined && (request.forceRefresh !== true || replaced)) return cached;
    const response = await fetch(`${this.#url}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: this.#user, scopes: request.scopes }),
    });
    const body = (await response.json()) as { access_token: string };
    this.#cached.set(key, body.access_token);
    return body.access_token;
  }
}

export interface GraphEmulatorFixture {
  readonly emulator: RunningEmulator;
  readonly remote: GraphContactsRemote;
  readonly tokens: ControlApiTokenProvider;
  readonly clock: InstantClock;
  /** Calls the control API (`/_emulator/...`). */
  control(method: string, path: string, body?: unknown): Promise<Response>;
  /** Graph requests the emulator logged since the last `clearLog`, inner batch requests excluded unless asked. */
  loggedRequests(options?: { includeInner?: boolean }): Promise<{ method: string; path: string; status: number; batch: boolean }[]>;
  clearLog(): Promise<void>;
  addFolder(displayName: string, parentId?: GraphId): Promise<GraphId>;
  /** A Graph request as another Outlook client of the same user would send it (`path` under the version root). */
  asOtherClient(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

const running = new Map<string, Promise<RunningEmulator>>();

/** One emulator per test file and options (starting one costs a second or two): later fixtures reset it instead. */
async function emulatorFor(options: { seed?: number; maxDeltaPageSize?: number }): Promise<RunningEmulator> {
  const key = JSON.stringify([options.seed ?? 0, options.maxDeltaPageSize ?? 200]);
  const existing = running.get(key);
  if (existing !== undefined) {
    const emulator = await existing;
    const reset = await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
    if (reset.status !== 204) throw new Error(`resetting the emulator answered ${reset.status}`);
    return emulator;
  }
  const started = startEmulator({ port: 0, control: true, seed: options.seed ?? 0, maxDeltaPageSize: options.maxDeltaPageSize ?? 200 });
  running.set(key, started);
  return started;
}

/** Stops the emulators this file started (call from `afterAll`). */
export async function stopGraphEmulators(): Promise<void> {
  const all = [...running.values()];
  running.clear();
  await Promise.all(all.map(async (emulator) => (await emulator).close()));
}

/** A fresh fixture: the mailbox reseeded, no faults armed, an empty request log, a new token provider and clock. */
export async function startGraphEmulatorFixture(options: { seed?: number; maxDeltaPageSize?: number } = {}): Promise<GraphEmulatorFixture> {
  const emulator = await emulatorFor(options);
  const user = emulator.users[0]?.userPrincipalName ?? '';
  const tokens = new ControlApiTokenProvider(emulator.url, user);
  const clock = new InstantClock();
  const remote = new GraphContactsRemote({ baseUrl: emulator.graphUrl, tokens, clock, random: () => 0.5 });
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${emulator.url}/_emulator/${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
  const asOtherClient = (method: string, path: string, body?: unknown) =>
    fetch(`${emulator.graphUrl}/${path}`, {
      method,
      headers: { Authorization: `Bearer ${emulator.mintToken(user, [...GRAPH_TEST_SCOPES])}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    emulator,
    asOtherClient,
    remote,
    tokens,
    clock,
    control,
    async loggedRequests({ includeInner = false } = {}) {
      const body = (await (await control('GET', 'requests')).json()) as { requests: { method: string; path: string; status: number; batch: boolean }[] };
      return body.requests.filter((entry) => includeInner || !entry.batch);
    },
    async clearLog() {
      await control('DELETE', 'requests');
    },
    async addFolder(displayName, parentId) {
      const path = parentId === undefined ? 'me/contactFolders' : `me/contactFolders/${encodeURIComponent(parentId)}/childFolders`;
      const response = await asOtherClient('POST', path, { displayName });
      if (response.status !== 201) throw new Error(`creating folder ${displayName} answered ${response.status}`);
      return ((await response.json()) as { id: GraphId }).id;
    },
    /** Leaves the emulator running for the next fixture; `stopGraphEmulators` stops it. */
    close: async () => undefined,
  };
}
