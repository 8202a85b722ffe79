// What the CardDAV section needs from the signed-in account: the servers and pairings it keeps, discovery of a
// server's address books, passwords (in memory, or in the credential vault when remembered; Forget removes
// them), and one run of a pairing through the engine's runCardDavSync with its progress, summary and safety
// stop. The composition root (src/app/carddav-session.ts) implements it. No method rejects with a secret in it.
import type { CardDavMappingId, CardDavPairing, CardDavRunSummary, CardDavServer } from '../../core/carddav/carddav-settings.js';
import type { Href, SyncDirection } from '../../core/carddav/card-link.js';
import type { SafetyStop } from '../../core/carddav/card-sync-action.js';
import type { GraphId } from '../../core/contact/contact.js';

export type { CardDavMappingId, CardDavPairing, CardDavRunSummary, CardDavServer, Href, SafetyStop, SyncDirection };

/** Why the pane could not talk to a server, as the section explains it. */
export type CardDavProblem =
  /** A request got no answer the pane may read: `reachable` when a probe without CORS did reach the server. */
  | { readonly kind: 'blocked'; readonly server: string; readonly origin: string; readonly reachable: boolean }
  /** This build's Content-Security-Policy does not list the server's origin. */
  | { readonly kind: 'not-allowed'; readonly server: string }
  | { readonly kind: 'refused'; readonly server: string }
  | { readonly kind: 'failed'; readonly message: string };

export interface CardDavBook {
  readonly href: Href;
  readonly name: string;
}

export type DiscoveryOutcome = { readonly kind: 'books'; readonly books: readonly CardDavBook[] } | { readonly kind: 'failed'; readonly problem: CardDavProblem };

export interface ServerLogin {
  readonly url: string;
  readonly user: string;
  readonly password: string;
  /** Keep the password encrypted on this device; otherwise it lives in memory for this pane only. */
  readonly remember: boolean;
}

export interface NewPairing {
  readonly book: CardDavBook;
  readonly folderId: GraphId;
  readonly mapping: CardDavMappingId;
  readonly direction: SyncDirection;
}

export interface PairingFolder {
  readonly id: GraphId;
  readonly name: string;
  readonly isDefault: boolean;
}

export interface RunProgress {
  readonly done: number;
  readonly total: number;
}

export type RunOutcome =
  | { readonly kind: 'done'; readonly summary: CardDavRunSummary }
  /** The safety stop held the run back: nothing was changed. Run again with `allowDeletes` once the user agreed. */
  | { readonly kind: 'stopped'; readonly stop: SafetyStop }
  /** No password in memory or in the vault: ask for it. */
  | { readonly kind: 'needs-password' }
  | { readonly kind: 'failed'; readonly problem: CardDavProblem };

export interface CardDavPane {
  /** The account key the settings belong to. */
  readonly key: string;
  /** The origins this build may connect to (its connect-src), to check a URL before sending anything. */
  readonly allowedSources: readonly string[];
  /** The README's CORS section, when this build knows where the README is published. */
  readonly helpUrl?: string;
  listServers(): Promise<readonly CardDavServer[]>;
  /** Calls `listener` when a server or pairing was added, changed or removed; returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
  /** The user's own Outlook folders a book can pair with. */
  folders(): Promise<readonly PairingFolder[]>;
  /** Discovery (/.well-known/carddav, current-user-principal, addressbook-home-set) and the books' names. */
  discover(login: ServerLogin): Promise<DiscoveryOutcome>;
  /** Keeps the server (or updates the one with the same URL and user) with its password, and adds the pairing. */
  addPairing(login: ServerLogin, pairing: NewPairing): Promise<void>;
  removePairing(pairingId: string): Promise<void>;
  /** Whether a password for the server is at hand (in memory or remembered). */
  hasPassword(serverId: string): Promise<boolean>;
  /** Sets the password for this pane (and in the vault when `remember`). */
  setPassword(serverId: string, password: string, remember: boolean): Promise<void>;
  /** Deletes the password from memory and from the vault. */
  forgetPassword(serverId: string): Promise<void>;
  /** Forgets the server, its password and its pairings' links. */
  removeServer(serverId: string): Promise<void>;
  /** One run of the pairing; the Outlook changes it queued are pushed by the sync it requests afterwards. */
  runPairing(pairingId: string, options: { readonly allowDeletes?: boolean; readonly onProgress?: (progress: RunProgress) => void }): Promise<RunOutcome>;
}
