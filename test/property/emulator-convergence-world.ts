// The convergence world over the real stack: the Graph emulator (in process, random port) as the server,
// GraphContactsRemote as the client, and a Dexie mirror on fake-indexeddb. Server-side edits and faults go
// through the emulator's control API (`/_emulator/...`), as another Outlook client and a flaky network would.
import type { RunningEmulator } from '../../emulator/server.js';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { CONTACT_READ_QUERY, remoteContactFromGraph } from '../../src/adapters/graph/contact-json.js';
import type { GraphContactJson } from '../../src/adapters/graph/contact-json.js';
import { GraphContactsRemote } from '../../src/adapters/graph/graph-contacts-remote.js';
import { patchToGraph } from '../../src/adapters/graph/contact-json.js';
import type { ClientId, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { ControlApiTokenProvider, GRAPH_TEST_SCOPES } from '../integration/graph-emulator-fixture.js';
import { InstantClock } from '../unit/adapters/graph/instant-clock.js';
import type { ConvergenceWorld } from './convergence-model.js';

interface ContactsPage {
  readonly value: GraphContactJson[];
  readonly '@odata.nextLink'?: string;
}

export async function emulatorConvergenceWorld(emulator: RunningEmulator, databaseName: string): Promise<ConvergenceWorld & { close(): Promise<void> }> {
  const control = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${emulator.url}/_emulator/${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`control ${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  };
  await control('POST', 'reset');
  const user = emulator.users[0]?.userPrincipalName ?? '';
  const clock = new InstantClock(Date.now());
  const remote = new GraphContactsRemote({ baseUrl: emulator.graphUrl, tokens: new ControlApiTokenProvider(emulator.url, user), clock, scopes: [...GRAPH_TEST_SCOPES], random: () => 0.5, deltaPageSize: 3 });
  const store = new DexieMirrorStore(databaseName);
  let ids = 0;
  return {
    store,
    deps: { remote, store, clock, newClientId: () => `e-${databaseName}-${++ids}` as ClientId },
    now: () => Date.now(),
    tick: async () => undefined,
    server: {
      async contacts() {
        const all: { id: GraphId; clientId?: ClientId; fields: ContactFields }[] = [];
        let path: string | undefined = `remote/me/contacts?$top=100&${CONTACT_READ_QUERY}`;
        while (path !== undefined) {
          const page = (await (await control('GET', path)).json()) as ContactsPage;
          all.push(...page.value.map((json) => remoteContactFromGraph(json)));
          const next: string | undefined = page['@odata.nextLink'];
          path = next === undefined ? undefined : `remote/${next.slice(emulator.graphUrl.length + 1)}`;
        }
        return all;
      },
      create: async (fields) => void (await control('POST', 'remote/me/contacts', patchToGraph(fields))),
      update: async (id, changes) => void (await control('PATCH', `remote/me/contacts/${encodeURIComponent(id)}`, patchToGraph(changes))),
      remove: async (id) => void (await control('DELETE', `remote/me/contacts/${encodeURIComponent(id)}`)),
      throttle: async (times) => void (await control('POST', 'faults', { type: 'status', status: 429, count: times, retryAfterSeconds: 1 })),
      expireTokens: async () => void (await control('POST', 'delta-tokens/expire')),
      loseWriteResponse: async () => void (await control('POST', 'faults', { type: 'drop', count: 1, pathPrefix: '/v1.0/$batch' })),
      dropNextDeltaPage: async () => void (await control('POST', 'faults', { type: 'drop', count: 1, pathPrefix: '/v1.0/me/contactFolders' })),
      expireAccessTokens: async () => void (await control('POST', 'access-tokens/expire')),
      quiet: async () => void (await control('DELETE', 'faults')),
    },
    close: () => store.close(),
  };
}
