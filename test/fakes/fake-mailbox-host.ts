// An in-memory MailboxHost for engine and UI tests: select items, change recipients, and observe listeners.
import type { MailboxAddress, MailboxHost, MailboxUser, MessageBody, OpenItem } from '../../src/ports/mailbox-host.js';

export interface FakeItem {
  readonly item: OpenItem;
  readonly body: MessageBody;
}

const DEFAULT_OWNER: MailboxUser = { displayName: 'Dana Whitfield', emailAddress: 'dana.whitfield@contoso.example', displayLanguage: 'en-US' };

/** Supported requirement sets: name → highest version, like a host that supports Mailbox up to 1.14. */
const DEFAULT_SETS: Readonly<Record<string, string>> = { Mailbox: '1.14', DialogApi: '1.2' };

function versionAtMost(version: string, max: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [x = 0, y = 0] = max.split('.').map(Number);
  return a < x || (a === x && b <= y);
}

export class FakeMailboxHost implements MailboxHost {
  #current: FakeItem | null = null;
  readonly #owner: MailboxUser;
  readonly #sets: Readonly<Record<string, string>>;
  readonly #itemListeners = new Set<() => void>();
  readonly #recipientListeners = new Set<() => void>();

  constructor(options: { owner?: MailboxUser; sets?: Readonly<Record<string, string>>; current?: FakeItem | null } = {}) {
    this.#owner = options.owner ?? DEFAULT_OWNER;
    this.#sets = options.sets ?? DEFAULT_SETS;
    this.#current = options.current ?? null;
  }

  /** Selects another item (or none) and fires ItemChanged. */
  select(next: FakeItem | null): void {
    this.#current = next;
    for (const listener of [...this.#itemListeners]) listener();
  }

  /** Replaces recipients of the item being composed and fires RecipientsChanged. */
  setRecipients(field: 'to' | 'cc', list: readonly MailboxAddress[]): void {
    if (!this.#current || this.#current.item.mode !== 'compose') throw new Error('FakeMailboxHost: no item is being composed.');
    this.#current = { ...this.#current, item: { ...this.#current.item, [field]: list } };
    for (const listener of [...this.#recipientListeners]) listener();
  }

  async currentItem(): Promise<OpenItem | null> {
    return this.#current?.item ?? null;
  }

  async bodyOfCurrentItem(): Promise<MessageBody> {
    if (!this.#current) throw new Error('Outlook could not read the message body: no message is open.');
    return this.#current.body;
  }

  onItemChanged(listener: () => void): () => void {
    this.#itemListeners.add(listener);
    return () => this.#itemListeners.delete(listener);
  }

  onRecipientsChanged(listener: () => void): () => void {
    this.#recipientListeners.add(listener);
    return () => this.#recipientListeners.delete(listener);
  }

  user(): MailboxUser {
    return this.#owner;
  }

  isSetSupported(name: string, minVersion = '1.1'): boolean {
    const max = this.#sets[name];
    return max !== undefined && versionAtMost(minVersion, max);
  }
}
