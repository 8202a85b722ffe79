// The CardDAV section's side of the composition root (CardDavPane): the servers and pairings in the mirror's
// settings (IndexedDB), passwords in memory or, when remembered, in the WebCryptoCredentialVault, discovery and
// runs through TsdavAddressBook (loaded with tsdav on first use) and the engine's runCardDavSync — the same
// engine as `contact-bridge carddav` —, one run at a time per account across panes (Web Locks). A run's
// Outlook changes go through the outbox; the Graph sync requested after the run sends them.
import { randomClientId } from '../adapters/browser/random-client-id.js';
import { probeCors } from '../adapters/browser/probe-cors.js';
import { systemClock } from '../adapters/browser/system-clock.js';
import { lockForHost } from '../adapters/browser/web-locks-lock.js';
import { SettingsCardLinkStore } from '../adapters/carddav/settings-card-link-store.js';
import type { DexieMirrorStore } from '../adapters/dexie/dexie-mirror-store.js';
import type { CardMapping } from '../core/carddav/card-text.js';
import { CARDDAV_SETTINGS_KEY, findServer, parseCardDavSettings, withPairing, withServer } from '../core/carddav/carddav-settings.js';
import type { CardDavMappingId, CardDavServer, CardDavSettings } from '../core/carddav/carddav-settings.js';
import { serverUrlProblem } from '../core/carddav/server-url-problem.js';
import { StoreError } from '../core/errors.js';
import { VCARD_30_MAPPING, VCARD_40_MAPPING } from '../core/mapping/presets/vcard-mapping.js';
import { runCardDavSync } from '../engine/carddav-sync.js';
import type { CredentialVault } from '../ports/credential-vault.js';
import type { CardDavPane, CardDavProblem, DiscoveryOutcome, NewPairing, PairingFolder, RunOutcome, RunProgress, ServerLogin } from '../ui/ports/carddav-pane.js';
import { problemOf } from './carddav-problem.js';

export interface CardDavSessionOptions {
  readonly key: string;
  readonly store: DexieMirrorStore;
  readonly vault: CredentialVault;
  readonly allowedSources: readonly string[];
  /** Sends the Outlook changes a run queued (the mirror's sync on demand). */
  readonly requestSync: () => void;
}

const mappingOf = (id: CardDavMappingId): CardMapping => (id === 'vcard-3.0' ? { document: VCARD_30_MAPPING, version: '3.0' } : { document: VCARD_40_MAPPING, version: '4.0' });

export class CardDavSession implements CardDavPane {
  readonly key: string;
  readonly allowedSources: readonly string[];
  readonly #options: CardDavSessionOptions;
  readonly #passwords = new Map<string, string>();
  readonly #listeners = new Set<() => void>();

  constructor(options: CardDavSessionOptions) {
    this.#options = options;
    this.key = options.key;
    this.allowedSources = options.allowedSources;
  }

  async listServers(): Promise<readonly CardDavServer[]> {
    return (await this.#settings()).servers;
  }

  onChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async folders(): Promise<readonly PairingFolder[]> {
    const folders = await this.#options.store.listFolders();
    return folders.filter((folder) => folder.mailbox === 'me' && !folder.readOnly).map((folder) => ({ id: folder.id, name: folder.displayName, isDefault: folder.isDefault === true }));
  }

  async discover(login: ServerLogin): Promise<DiscoveryOutcome> {
    const refused = this.#urlProblem(login.url);
    if (refused !== undefined) return { kind: 'failed', problem: refused };
    try {
      const book = await this.#connect(login.url, login.user, login.password);
      const books = await book.listBooks();
      return { kind: 'books', books: books.map((each) => ({ href: each.href, name: each.displayName === '' ? each.href : each.displayName })) };
    } catch (error) {
      return { kind: 'failed', problem: await problemOf(error, login.url, window.location.origin) };
    }
  }

  async addPairing(login: ServerLogin, pairing: NewPairing): Promise<void> {
    const settings = await this.#settings();
    const known = findServer(settings, login.url, login.user);
    const server: CardDavServer = known ?? { id: randomClientId(), url: login.url.trim(), user: login.user, remember: login.remember, pairings: [] };
    const folder = (await this.folders()).find((each) => each.id === pairing.folderId);
    const added = { id: randomClientId(), bookHref: pairing.book.href, bookName: pairing.book.name, folderId: pairing.folderId, folderName: folder?.name ?? '', mapping: pairing.mapping, direction: pairing.direction };
    await this.#keepPassword(server.id, login.password, login.remember);
    await this.#save(withServer(settings, { ...server, remember: login.remember, pairings: [...server.pairings, added] }));
  }

  async removePairing(pairingId: string): Promise<void> {
    await this.#save(withPairing(await this.#settings(), pairingId, () => undefined));
    await this.#options.store.setSetting(`carddav-pairing:pane:${pairingId}`, undefined);
  }

  async hasPassword(serverId: string): Promise<boolean> {
    return (await this.#passwordOf(serverId)) !== undefined;
  }

  async setPassword(serverId: string, password: string, remember: boolean): Promise<void> {
    const settings = await this.#settings();
    const server = settings.servers.find((each) => each.id === serverId);
    if (server === undefined) return;
    await this.#keepPassword(serverId, password, remember);
    await this.#save(withServer(settings, { ...server, remember }));
  }

  async forgetPassword(serverId: string): Promise<void> {
    this.#passwords.delete(serverId);
    await this.#options.vault.delete(serverId);
    const settings = await this.#settings();
    const server = settings.servers.find((each) => each.id === serverId);
    if (server !== undefined) await this.#save(withServer(settings, { ...server, remember: false }));
  }

  async removeServer(serverId: string): Promise<void> {
    const settings = await this.#settings();
    const server = settings.servers.find((each) => each.id === serverId);
    await this.forgetPassword(serverId);
    for (const pairing of server?.pairings ?? []) await this.#options.store.setSetting(`carddav-pairing:pane:${pairing.id}`, undefined);
    await this.#save({ servers: settings.servers.filter((each) => each.id !== serverId) });
  }

  async runPairing(pairingId: string, options: { readonly allowDeletes?: boolean; readonly onProgress?: (progress: RunProgress) => void }): Promise<RunOutcome> {
    const settings = await this.#settings();
    const server = settings.servers.find((each) => each.pairings.some((pairing) => pairing.id === pairingId));
    const pairing = server?.pairings.find((each) => each.id === pairingId);
    if (server === undefined || pairing === undefined) return { kind: 'failed', problem: { kind: 'failed', message: 'This pairing was removed.' } };
    const refused = this.#urlProblem(server.url);
    if (refused !== undefined) return { kind: 'failed', problem: refused };
    const password = await this.#passwordOf(server.id);
    if (password === undefined) return { kind: 'needs-password' };
    const ran = await lockForHost().withLock(`contact-bridge-carddav@${this.key}`, async (): Promise<RunOutcome> => {
      try {
        const book = await this.#connect(server.url, server.user, password);
        const report = await runCardDavSync({
          book,
          bookHref: pairing.bookHref,
          store: this.#options.store,
          links: new SettingsCardLinkStore(this.#options.store, `pane:${pairing.id}`),
          clock: systemClock,
          newClientId: randomClientId,
          folderId: pairing.folderId,
          mapping: mappingOf(pairing.mapping),
          direction: pairing.direction,
          allowDeletes: options.allowDeletes === true,
          ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
        });
        if (report.stopped !== undefined) return { kind: 'stopped', stop: report.stopped };
        const summary = { at: systemClock.now(), outlook: report.outlook, carddav: report.carddav, conflicts: report.conflicts, failures: report.failures.length };
        await this.#save(withPairing(await this.#settings(), pairing.id, (each) => ({ ...each, lastRun: summary })));
        return { kind: 'done', summary };
      } catch (error) {
        return { kind: 'failed', problem: await problemOf(error, server.url, window.location.origin) };
      }
    });
    if (ran.acquired && ran.value.kind === 'done') this.#options.requestSync();
    return ran.acquired ? ran.value : { kind: 'failed', problem: { kind: 'failed', message: 'Another pane is running a CardDAV sync.' } };
  }

  #urlProblem(url: string): CardDavProblem | undefined {
    const problem = serverUrlProblem(url, this.allowedSources);
    if (problem === undefined) return undefined;
    if (problem === 'not-allowed') return { kind: 'not-allowed', server: new URL(url.trim()).origin };
    return { kind: 'failed', message: problem === 'has-credentials' ? 'Put the user name and password in their own fields, not in the server URL.' : 'The server URL must start with https:// (or http:// on this computer).' };
  }

  async #connect(url: string, user: string, password: string) {
    const { TsdavAddressBook } = await import(/* webpackChunkName: "carddav" */ '../adapters/carddav/tsdav-address-book.js');
    // A browser cannot follow a well-known redirect whose preflight is redirected too: then start at the URL given.
    const wellKnown = await probeCors(new URL('/.well-known/carddav', url).href);
    return new TsdavAddressBook({ serverUrl: url.trim(), credentials: { user, password }, fetch: (input, init) => fetch(input, init), clock: systemClock, random: Math.random, skipWellKnown: wellKnown !== 'allowed' });
  }

  async #keepPassword(serverId: string, password: string, remember: boolean): Promise<void> {
    this.#passwords.set(serverId, password);
    if (remember) await this.#options.vault.put(serverId, password);
    else await this.#options.vault.delete(serverId);
  }

  async #passwordOf(serverId: string): Promise<string | undefined> {
    const inMemory = this.#passwords.get(serverId);
    if (inMemory !== undefined) return inMemory;
    const kept = await this.#options.vault.get(serverId);
    if (kept !== undefined) this.#passwords.set(serverId, kept);
    return kept;
  }

  async #settings(): Promise<CardDavSettings> {
    const settings = parseCardDavSettings(await this.#options.store.getSetting(CARDDAV_SETTINGS_KEY));
    if (settings === undefined) throw new StoreError('The CardDAV settings on this device are damaged: remove the servers and add them again.');
    return settings;
  }

  async #save(settings: CardDavSettings): Promise<void> {
    await this.#options.store.setSetting(CARDDAV_SETTINGS_KEY, JSON.parse(JSON.stringify(settings)) as unknown);
    for (const listener of [...this.#listeners]) listener();
  }
}
