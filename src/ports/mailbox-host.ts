// The mail host (Outlook) as the add-in sees it: the open item, its participants and body, and host events.
// Implemented by the Office.js adapter (and by the simulator's shim underneath it in the demo).

export interface MailboxAddress {
  /** As the message carries it: untrusted, possibly empty. */
  readonly displayName: string;
  readonly emailAddress: string;
}

export interface OpenItem {
  /** `read` for a received message, `compose` for one being written. */
  readonly mode: 'read' | 'compose';
  /** A stable key for this item, used to discard results that arrive after the user moved on. */
  readonly key: string;
  readonly subject: string;
  readonly from?: MailboxAddress;
  readonly sender?: MailboxAddress;
  readonly to: readonly MailboxAddress[];
  readonly cc: readonly MailboxAddress[];
}

export interface MessageBody {
  readonly type: 'text' | 'html';
  /** Untrusted: never rendered as HTML. */
  readonly content: string;
}

export interface MailboxUser {
  readonly displayName: string;
  readonly emailAddress: string;
  /** The language Outlook shows its interface in, a BCP 47 tag such as `de-DE` (`Office.context.displayLanguage`). */
  readonly displayLanguage?: string;
}

export interface MailboxHost {
  /** The item open in the reading or compose pane, or `null` when none is selected. */
  currentItem(): Promise<OpenItem | null>;
  /** The body of the current item. Rejects with `Error` when the host cannot read it. */
  bodyOfCurrentItem(): Promise<MessageBody>;
  /** Calls `listener` when the selected item changes (pinned task pane, Mailbox 1.5). Returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Calls `listener` when the recipients of the item being composed change. Returns an unsubscribe function. */
  onRecipientsChanged(listener: () => void): () => void;
  /** The mailbox owner. */
  user(): MailboxUser;
  /** Whether the host supports a requirement set, e.g. `("NestedAppAuth", "1.1")`. */
  isSetSupported(name: string, minVersion?: string): boolean;
}
