// Follows the sign-in session: opens the mirror of the account whose data the pane may show (signed in, or
// offline with a known account) and closes the previous one when the account changes or signs out. The mirror
// (Dexie, the Graph adapter and the sync engine) is loaded lazily, after the pane's first paint.
import type { SignedInAccount, SignInState } from '../core/auth/sign-in-state.js';
import type { MailboxHost } from '../ports/mailbox-host.js';
import type { TokenProvider } from '../ports/token-provider.js';
import type { MessageMirror, MessageMirrorSource } from '../ui/views/message/message-mirror.js';
import type { SyncPaneSource } from '../ui/hooks/use-sync-pane.js';
import type { ContactsMirrorSource } from '../ui/views/contacts/contacts-mirror.js';
import type { ExportMirrorSource } from '../ui/views/import-export/export-mirror.js';
import type { ImportMirrorSource } from '../ui/views/import-export/import-mirror.js';
import type { MappingMirrorSource } from '../ui/views/import-export/mapping-mirror.js';
import type { CardDavPaneSource } from '../ui/views/carddav/carddav-pane-context.js';
import type { CategoryMirrorSource } from '../ui/hooks/use-categories.js';
import type { MirrorSession } from './mirror-session.js';

export interface AccountSource extends TokenProvider {
  getState(): SignInState;
  subscribe(listener: () => void): () => void;
  grantConsent?(): Promise<void>;
  signOut?(options: { readonly removeLocalData: boolean }): Promise<void>;
}

/**
 * The account whose mirror may be open: signed in, or offline / needing consent / failed with a known account;
 * `keep` while a sign-in is under way (a consent prompt must not close the mirror), undefined when signed out.
 */
export function mirrorAccountOf(state: SignInState): SignedInAccount | 'keep' | undefined {
  switch (state.status) {
    case 'starting':
    case 'signing-in':
      return 'keep';
    case 'signed-out':
      return undefined;
    default:
      return state.account;
  }
}

export class MirrorSessions implements MessageMirrorSource {
  readonly #listeners = new Set<() => void>();
  readonly #signIn: AccountSource;
  readonly #mailbox: MailboxHost;
  readonly #graphBaseUrl: string;
  #session: MirrorSession | undefined;
  /** The account whose mirror is open or being loaded. */
  #wanted: string | undefined;
  /** The same sessions as the Sync and Settings views see them. */
  readonly syncPanes: SyncPaneSource = { current: () => this.#session?.sync, subscribe: (listener) => this.subscribe(listener) };
  /** The same sessions as the Contacts view sees them. */
  readonly contactsMirrors: ContactsMirrorSource = { current: () => this.#session, subscribe: (listener) => this.subscribe(listener) };
  /** The same sessions as the Import/Export view sees them. */
  readonly exportMirrors: ExportMirrorSource = { current: () => this.#session, subscribe: (listener) => this.subscribe(listener) };
  readonly importMirrors: ImportMirrorSource = { current: () => this.#session, subscribe: (listener) => this.subscribe(listener) };
  readonly mappingMirrors: MappingMirrorSource = { current: () => this.#session, subscribe: (listener) => this.subscribe(listener) };
  /** The same sessions as the CardDAV section sees them. */
  readonly carddavPanes: CardDavPaneSource = { current: () => this.#session?.carddav, subscribe: (listener) => this.subscribe(listener) };
  readonly #carddavSources: readonly string[];
  /** The same sessions as the category chips and picker see them. */
  readonly categoryMirrors: CategoryMirrorSource = { current: () => this.#session, subscribe: (listener) => this.subscribe(listener) };

  constructor(signIn: AccountSource, mailbox: MailboxHost, graphBaseUrl: string, carddavSources: readonly string[] = []) {
    this.#carddavSources = carddavSources;
    this.#signIn = signIn;
    this.#mailbox = mailbox;
    this.#graphBaseUrl = graphBaseUrl;
    signIn.subscribe(() => this.#follow());
    this.#follow();
  }

  current(): MessageMirror | undefined {
    return this.#session;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #accountCommands() {
    const signIn = this.#signIn;
    return {
      ...(signIn.grantConsent ? { grantConsent: () => signIn.grantConsent!() } : {}),
      ...(signIn.signOut ? { removeLocalData: () => signIn.signOut!({ removeLocalData: true }) } : {}),
    };
  }

  #follow(): void {
    const state = this.#signIn.getState();
    const account = mirrorAccountOf(state);
    if (account !== 'keep' && account !== undefined && account.key === this.#wanted && state.status === 'signed-in') this.#session?.accountResumed();
    if (account === 'keep' || account?.key === this.#wanted) return;
    this.#wanted = account?.key;
    const previous = this.#session;
    this.#session = undefined;
    if (previous !== undefined) {
      void previous.close();
      this.#notify();
    }
    if (account === undefined) return;
    void import(/* webpackChunkName: "mirror" */ './mirror-session.js').then(({ MirrorSession }) => {
      if (this.#wanted !== account.key) return;
      this.#session = new MirrorSession({ account, tokens: this.#signIn, graphBaseUrl: this.#graphBaseUrl, mailbox: this.#mailbox, carddavSources: this.#carddavSources, ...this.#accountCommands() });
      this.#session.start();
      this.#notify();
    });
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
