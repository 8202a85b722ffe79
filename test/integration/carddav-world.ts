// A CardDAV pairing on real adapters for the integration scenarios: the Graph emulator (GraphContactsRemote)
// with an in-memory mirror on one side, TsdavAddressBook on a real Radicale on the other, and a fetch wrapper
// between the adapter and Radicale to inject faults. One run is what the command does: pull, pair, push.
// Both sides can be edited from outside (another Outlook client, another CardDAV client), and `sides()` reads
// each side fresh from its server, through the mapping, to check that they hold the same contacts.
import { SettingsCardLinkStore } from '../../src/adapters/carddav/settings-card-link-store.js';
import { TsdavAddressBook } from '../../src/adapters/carddav/tsdav-address-book.js';
import type { Href } from '../../src/core/carddav/card-link.js';
import { projectFields, readCard } from '../../src/core/carddav/card-text.js';
import type { CardMapping } from '../../src/core/carddav/card-text.js';
import type { ClientId, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { VCARD_30_MAPPING } from '../../src/core/mapping/presets/vcard-mapping.js';
import { runCardDavSync } from '../../src/engine/carddav-sync.js';
import type { CardDavSyncDeps, CardDavSyncReport } from '../../src/engine/carddav-sync.js';
import { syncOnce } from '../../src/engine/sync-once.js';
import type { SyncDeps } from '../../src/engine/sync-once.js';
import type { Clock } from '../../src/ports/clock.js';
import { InMemoryMirrorStore } from '../fakes/in-memory-mirror-store.js';
import type { RadicaleServer } from '../support/start-radicale.js';
import { startGraphEmulatorFixture } from './graph-emulator-fixture.js';
import type { GraphEmulatorFixture } from './graph-emulator-fixture.js';

export const MAPPING_30: CardMapping = { document: VCARD_30_MAPPING, version: '3.0' };

/** Wall-clock time (Graph stamps real times too), with retry waits that return at once and are recorded. */
export class WallClockInstantSleeps implements Clock {
  readonly sleeps: number[] = [];
  now(): number {
    return Date.now();
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
  }
}

/** Decides what one CardDAV request meets: undefined lets it through. */
export type CardDavFault = (request: { method: string; url: string; body: string }) => 'drop-before' | 'drop-after' | Response | undefined;

export interface SideCard {
  readonly href: Href;
  readonly text: string;
  readonly fields: ContactFields;
}

export interface CardDavWorld {
  readonly graph: GraphEmulatorFixture;
  readonly store: InMemoryMirrorStore;
  readonly bookHref: Href;
  readonly folderId: GraphId;
  readonly deps: CardDavSyncDeps;
  /** The fault every CardDAV request is checked against (none by default). */
  fault: CardDavFault | undefined;
  /** Requests the fault turned away or cut off. */
  faulted: number;
  /** Pull, pair, push: one run of the command. */
  run(options?: Partial<CardDavSyncDeps>): Promise<CardDavSyncReport>;
  /** The mirror's sync with Graph alone (push the outbox, pull, push). */
  syncGraph(): Promise<void>;
  /** The pairing alone, against the mirror as it is. */
  pair(options?: Partial<CardDavSyncDeps>): Promise<CardDavSyncReport>;
  createInOutlook(fields: Record<string, unknown>): Promise<GraphId>;
  editInOutlook(displayName: string, patch: Record<string, unknown>): Promise<void>;
  deleteInOutlook(displayName: string): Promise<void>;
  putCard(name: string, text: string): Promise<void>;
  /** Replaces the card whose display name is `displayName` with `edit(text)`. */
  editCard(displayName: string, edit: (text: string) => string): Promise<void>;
  deleteCard(displayName: string): Promise<void>;
  /** The cards as Radicale holds them now, read one by one over HTTP. */
  cards(): Promise<SideCard[]>;
  /** Both sides as their servers hold them now, through the mapping. */
  sides(): Promise<{ outlook: ContactFields[]; cards: SideCard[] }>;
}

const basic = (user: string): string => `Basic ${Buffer.from(`${user}:secret`).toString('base64')}`;

function faultyFetch(world: { fault: CardDavFault | undefined; faulted: number }): typeof fetch {
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const decision = world.fault?.({ method: init?.method ?? 'GET', url, body: typeof init?.body === 'string' ? init.body : '' });
    if (decision instanceof Response) {
      world.faulted += 1;
      return decision;
    }
    if (decision === 'drop-before') {
      world.faulted += 1;
      throw new TypeError('fetch failed: connection reset');
    }
    const response = await fetch(input, init);
    if (decision === 'drop-after') {
      world.faulted += 1;
      await response.body?.cancel();
      throw new TypeError('fetch failed: connection reset before the answer');
    }
    return response;
  };
}

/** Sorts a side by display name and drops what the mapping cannot carry, so the two sides compare equal. */
export const canonical = (fields: readonly ContactFields[]): string[] => fields.map((each) => JSON.stringify(projectFields(each, MAPPING_30), Object.keys(projectFields(each, MAPPING_30)).sort())).sort();

export async function aCardDavWorld(radicale: RadicaleServer, user: string): Promise<CardDavWorld> {
  const graph = await startGraphEmulatorFixture({ seed: 0 });
  await radicale.createBook(user, 'contacts');
  const bookHref = `/${user}/contacts/` as Href;
  const store = new InMemoryMirrorStore();
  const clock = new WallClockInstantSleeps();
  let ids = 0;
  const syncDeps: SyncDeps = { remote: graph.remote, store, clock, newClientId: () => `client-${++ids}` as ClientId };
  await syncOnce(syncDeps);
  const folderId = (await store.listFolders()).find((folder) => folder.isDefault)?.id;
  if (folderId === undefined) throw new Error('the emulator mailbox has no default folder');
  const state = { fault: undefined as CardDavFault | undefined, faulted: 0 };
  const book = new TsdavAddressBook({ serverUrl: `${radicale.url}/`, credentials: { user, password: 'secret' }, fetch: faultyFetch(state), clock, random: () => 0.5 });
  const deps: CardDavSyncDeps = { book, bookHref, store, links: new SettingsCardLinkStore(store, 'pairing'), clock, newClientId: syncDeps.newClientId, folderId, mapping: MAPPING_30 };

  const dav = (method: string, href: string, body?: string, extra: Record<string, string> = {}): Promise<Response> =>
    fetch(new URL(href, radicale.url), { method, headers: { Authorization: basic(user), 'Content-Type': 'text/vcard; charset=utf-8', ...extra }, ...(body === undefined ? {} : { body }) });
  const readCards = async (): Promise<SideCard[]> => {
    const listing = await (await dav('PROPFIND', bookHref, undefined, { Depth: '1' })).text();
    const hrefs = [...listing.matchAll(/<href>([^<]+\.vcf)<\/href>/g)].map((match) => (match[1] ?? '') as Href);
    return Promise.all(hrefs.map(async (href) => {
      const text = await (await dav('GET', href)).text();
      return { href, text, fields: readCard(text, MAPPING_30)?.fields ?? {} };
    }));
  };
  const graphContacts = async (): Promise<{ id: GraphId; displayName?: string }[]> => {
    const response = await graph.asOtherClient('GET', 'me/contacts?$top=1000&$select=id,displayName');
    if (response.status !== 200) throw new Error(`listing contacts answered ${response.status}`);
    return ((await response.json()) as { value: { id: GraphId; displayName?: string }[] }).value;
  };
  const graphIdOf = async (displayName: string): Promise<GraphId> => {
    const found = (await graphContacts()).filter((contact) => contact.displayName === displayName);
    if (found.length !== 1 || found[0] === undefined) throw new Error(`${found.length} Outlook contacts are named ${displayName}`);
    return found[0].id;
  };
  const cardNamed = async (displayName: string): Promise<SideCard> => {
    const found = (await readCards()).filter((card) => card.fields.displayName === displayName);
    if (found.length !== 1 || found[0] === undefined) throw new Error(`${found.length} cards are named ${displayName}`);
    return found[0];
  };
  const expectStatus = (response: Response, ok: readonly number[], what: string): void => {
    if (!ok.includes(response.status)) throw new Error(`${what} answered ${response.status}`);
  };

  const world: CardDavWorld = {
    graph,
    store,
    bookHref,
    folderId,
    deps,
    get fault() {
      return state.fault;
    },
    set fault(fault) {
      state.fault = fault;
    },
    get faulted() {
      return state.faulted;
    },
    set faulted(count) {
      state.faulted = count;
    },
    async run(options = {}) {
      await syncOnce(syncDeps);
      const report = await runCardDavSync({ ...deps, ...options });
      await syncOnce(syncDeps);
      return report;
    },
    async syncGraph() {
      await syncOnce(syncDeps);
    },
    pair: (options = {}) => runCardDavSync({ ...deps, ...options }),
    async createInOutlook(fields) {
      const response = await graph.asOtherClient('POST', 'me/contacts', fields);
      expectStatus(response, [201], 'creating an Outlook contact');
      return ((await response.json()) as { id: GraphId }).id;
    },
    async editInOutlook(displayName, patch) {
      expectStatus(await graph.asOtherClient('PATCH', `me/contacts/${encodeURIComponent(await graphIdOf(displayName))}`, patch), [200], 'editing an Outlook contact');
    },
    async deleteInOutlook(displayName) {
      expectStatus(await graph.asOtherClient('DELETE', `me/contacts/${encodeURIComponent(await graphIdOf(displayName))}`), [204], 'deleting an Outlook contact');
    },
    async putCard(name, text) {
      expectStatus(await dav('PUT', `${bookHref}${name}.vcf`, text), [201, 204], 'writing a card');
    },
    async editCard(displayName, edit) {
      const card = await cardNamed(displayName);
      expectStatus(await dav('PUT', card.href, edit(card.text)), [201, 204], 'editing a card');
    },
    async deleteCard(displayName) {
      expectStatus(await dav('DELETE', (await cardNamed(displayName)).href), [200, 204], 'deleting a card');
    },
    cards: readCards,
    async sides() {
      const fresh = new InMemoryMirrorStore();
      await syncOnce({ ...syncDeps, store: fresh }, { pullOnly: true });
      const outlook = (await fresh.listContacts({ folderId })).map((row) => row.fields);
      return { outlook, cards: await readCards() };
    },
  };
  return world;
}
