// URL roots and concurrency keys for a mailbox: `/me` or `/users/{id or userPrincipalName}`.
import type { MailboxRef } from '../../ports/contacts-remote.js';

/** The path root of the mailbox, relative to the version root. */
export function mailboxPath(mailbox: MailboxRef): string {
  return mailbox.kind === 'me' ? '/me' : `/users/${encodeURIComponent(mailbox.userId)}`;
}

/** The key the concurrency limiter counts the mailbox's requests under (matches `mailboxKeyOf` for its URLs). */
export function mailboxKey(mailbox: MailboxRef): string {
  return mailbox.kind === 'me' ? 'me' : `users/${encodeURIComponent(mailbox.userId)}`.toLowerCase();
}

/** One path segment (an item or folder id), escaped: Outlook ids may hold `/`, `+` and `=`. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}

/** An OData string literal: single quotes doubled (OData ABNF, `SQUOTE-in-string`). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
