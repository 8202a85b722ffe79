// MailboxHost over Office.js: the open item (read or compose mode), its body, and Outlook's item events.
// Outlook keeps one handler per event type and add-in, so this adapter registers one and fans out to listeners.
import type { MailboxAddress, MailboxHost, MailboxUser, MessageBody, OpenItem } from '../../ports/mailbox-host.js';
import { globalOffice, officeCall, type OfficeApi } from './office-async.js';

type AnyItem = NonNullable<Office.Mailbox['item']>;

function address(details: Office.EmailAddressDetails | Office.EmailUser | undefined): MailboxAddress | undefined {
  if (!details?.emailAddress) return undefined;
  return { displayName: details.displayName ?? '', emailAddress: details.emailAddress };
}

function addresses(list: readonly Office.EmailAddressDetails[] | undefined): MailboxAddress[] {
  return (list ?? []).map(address).filter((a): a is MailboxAddress => a !== undefined);
}

/** Read mode exposes `subject` as a string; compose mode as an object with `getAsync`. */
function isReadMode(item: AnyItem): boolean {
  return typeof (item.subject as unknown) === 'string';
}

export class OfficeMailboxHost implements MailboxHost {
  readonly #office: OfficeApi;
  readonly #itemListeners = new Set<() => void>();
  readonly #recipientListeners = new Set<() => void>();
  #itemHandlerRegistered = false;
  /** Counts ItemChanged events: a composed item has no id, so its key is the selection it belongs to. */
  #selection = 0;

  constructor(office: OfficeApi = globalOffice()) {
    this.#office = office;
  }

  async currentItem(): Promise<OpenItem | null> {
    const item = this.#office.context.mailbox.item;
    if (!item) return null;
    if (isReadMode(item)) {
      const read = item as unknown as Office.MessageRead;
      const from = address(read.from);
      const sender = address(read.sender);
      return {
        mode: 'read',
        key: `read:${read.itemId || read.internetMessageId}`,
        subject: read.subject ?? '',
        ...(from ? { from } : {}),
        ...(sender ? { sender } : {}),
        to: addresses(read.to),
        cc: addresses(read.cc),
      };
    }
    const compose = item as unknown as Office.MessageCompose;
    const key = `compose:${this.#selection}`;
    const [subject, to, cc] = await Promise.all([
      officeCall<string>(this.#office, 'read the subject', (cb) => compose.subject.getAsync(cb)),
      officeCall<Office.EmailAddressDetails[]>(this.#office, 'read the To recipients', (cb) => compose.to.getAsync(cb)),
      officeCall<Office.EmailAddressDetails[]>(this.#office, 'read the Cc recipients', (cb) => compose.cc.getAsync(cb)),
    ]);
    return { mode: 'compose', key, subject, to: addresses(to), cc: addresses(cc) };
  }

  /**
   * The body as HTML, the richest form every Outlook offers in read and compose mode (a plain-text message comes
   * back wrapped in HTML): links, table cells and line structure survive for the signature reader. Text only
   * when the host cannot coerce the body to HTML.
   */
  async bodyOfCurrentItem(): Promise<MessageBody> {
    const item = this.#office.context.mailbox.item;
    if (!item) throw new Error('Outlook could not read the message body: no message is open.');
    try {
      const html = await officeCall<string>(this.#office, 'read the message body', (cb) => item.body.getAsync(this.#office.CoercionType.Html, cb));
      return { type: 'html', content: html };
    } catch {
      const text = await officeCall<string>(this.#office, 'read the message body', (cb) => item.body.getAsync(this.#office.CoercionType.Text, cb));
      return { type: 'text', content: text };
    }
  }

  onItemChanged(listener: () => void): () => void {
    this.#itemListeners.add(listener);
    this.#ensureItemHandler();
    return () => this.#itemListeners.delete(listener);
  }

  onRecipientsChanged(listener: () => void): () => void {
    this.#recipientListeners.add(listener);
    this.#ensureItemHandler();
    if (this.#recipientListeners.size === 1) this.#watchRecipients();
    return () => this.#recipientListeners.delete(listener);
  }

  user(): MailboxUser {
    const profile = this.#office.context.mailbox.userProfile;
    const language = this.#office.context.displayLanguage;
    return { displayName: profile.displayName, emailAddress: profile.emailAddress, ...(language ? { displayLanguage: language } : {}) };
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    return this.#office.context.requirements.isSetSupported(name, minVersion);
  }

  #ensureItemHandler(): void {
    if (this.#itemHandlerRegistered) return;
    this.#itemHandlerRegistered = true;
    this.#office.context.mailbox.addHandlerAsync(this.#office.EventType.ItemChanged, () => {
      this.#selection += 1;
      if (this.#recipientListeners.size > 0) this.#watchRecipients();
      for (const listener of [...this.#itemListeners]) listener();
    });
  }

  /** RecipientsChanged is registered on the item, so it is registered again on every newly selected item. */
  #watchRecipients(): void {
    const item = this.#office.context.mailbox.item;
    if (!item || isReadMode(item)) return;
    (item as unknown as Office.MessageCompose).addHandlerAsync(this.#office.EventType.RecipientsChanged, this.#recipientsChanged);
  }

  readonly #recipientsChanged = (): void => {
    for (const listener of [...this.#recipientListeners]) listener();
  };
}
