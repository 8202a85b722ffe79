// The CardDAV servers and pairings the pane keeps for an account (in the mirror's settings, so in IndexedDB):
// a server is its URL and user name, never its password (that lives in memory, or in the credential vault when
// the user ticked Remember); each pairing names one address book, one Outlook folder, the vCard mapping and
// the direction, and the summary of its last run. `parseCardDavSettings` checks a stored value before use.
import type { GraphId } from '../contact/contact.js';
import type { Href, SyncDirection } from './card-link.js';

export type CardDavMappingId = 'vcard-3.0' | 'vcard-4.0';

export interface CardDavSideSummary {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
}

export interface CardDavRunSummary {
  /** When the run finished, in milliseconds since the epoch. */
  readonly at: number;
  readonly outlook: CardDavSideSummary;
  readonly carddav: CardDavSideSummary;
  readonly conflicts: number;
  readonly failures: number;
}

export interface CardDavPairing {
  readonly id: string;
  readonly bookHref: Href;
  readonly bookName: string;
  readonly folderId: GraphId;
  readonly folderName: string;
  readonly mapping: CardDavMappingId;
  readonly direction: SyncDirection;
  readonly lastRun?: CardDavRunSummary;
}

export interface CardDavServer {
  readonly id: string;
  /** The URL the user gave (discovery starts there). */
  readonly url: string;
  readonly user: string;
  /** Whether the password is kept in the credential vault. */
  readonly remember: boolean;
  readonly pairings: readonly CardDavPairing[];
}

export interface CardDavSettings {
  readonly servers: readonly CardDavServer[];
}

export const CARDDAV_SETTINGS_KEY = 'carddav-servers';
export const MAPPING_IDS: readonly CardDavMappingId[] = ['vcard-4.0', 'vcard-3.0'];
export const DIRECTIONS: readonly SyncDirection[] = ['two-way', 'to-carddav', 'to-outlook'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';

function isSide(value: unknown): boolean {
  return isObject(value) && ['created', 'updated', 'deleted'].every((key) => typeof value[key] === 'number');
}

function isSummary(value: unknown): boolean {
  return isObject(value) && typeof value.at === 'number' && isSide(value.outlook) && isSide(value.carddav) && typeof value.conflicts === 'number' && typeof value.failures === 'number';
}

function isPairing(value: unknown): value is CardDavPairing {
  if (!isObject(value)) return false;
  const strings = ['id', 'bookHref', 'bookName', 'folderId', 'folderName'].every((key) => isString(value[key]));
  return strings && MAPPING_IDS.includes(value.mapping as CardDavMappingId) && DIRECTIONS.includes(value.direction as SyncDirection) && (value.lastRun === undefined || isSummary(value.lastRun));
}

function isServer(value: unknown): value is CardDavServer {
  return isObject(value) && isString(value.id) && isString(value.url) && isString(value.user) && typeof value.remember === 'boolean' && Array.isArray(value.pairings) && value.pairings.every(isPairing);
}

/** The stored settings, or undefined when the value is not settings (damaged, or written by a newer version). */
export function parseCardDavSettings(value: unknown): CardDavSettings | undefined {
  if (value === undefined) return { servers: [] };
  if (!isObject(value) || !Array.isArray(value.servers) || !value.servers.every(isServer)) return undefined;
  return { servers: value.servers };
}

/** The server with this URL (ignoring a trailing slash and the case of scheme and host) and user name. */
export function findServer(settings: CardDavSettings, url: string, user: string): CardDavServer | undefined {
  const same = (a: string, b: string): boolean => normalizeServerUrl(a) === normalizeServerUrl(b);
  return settings.servers.find((server) => server.user === user && same(server.url, url));
}

export function normalizeServerUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url.trim();
  }
}

/** Replaces the server with `server.id` (or adds it). */
export function withServer(settings: CardDavSettings, server: CardDavServer): CardDavSettings {
  const others = settings.servers.filter((each) => each.id !== server.id);
  return { servers: [...others, server] };
}

/** Applies `change` to the pairing `pairingId`, wherever it is. */
export function withPairing(settings: CardDavSettings, pairingId: string, change: (pairing: CardDavPairing) => CardDavPairing | undefined): CardDavSettings {
  const servers = settings.servers.map((server) => ({
    ...server,
    pairings: server.pairings.flatMap((pairing) => {
      if (pairing.id !== pairingId) return [pairing];
      const changed = change(pairing);
      return changed === undefined ? [] : [changed];
    }),
  }));
  return { servers };
}
