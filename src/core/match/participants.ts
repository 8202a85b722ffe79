// The people on an open message: sender, From, To and Cc folded into one de-duplicated list with roles,
// without the signed-in user. Input is the host's recipient records, which may lack names or repeat.

import { looksLikeEmail, normalizeEmail } from '../contact/normalize-email.js';

/** A recipient as the mail host reports it (Office `EmailAddressDetails`); names may be empty or absent. */
export interface MailRecipient {
  readonly displayName?: string | null;
  readonly emailAddress?: string | null;
}

export interface MessageHeaders {
  readonly sender?: MailRecipient | null;
  readonly from?: MailRecipient | null;
  readonly to?: readonly MailRecipient[] | null;
  readonly cc?: readonly MailRecipient[] | null;
}

export type ParticipantRole = 'from' | 'to' | 'cc';

export interface Participant {
  /** The address as written by the host, trimmed. */
  readonly address: string;
  /** `normalizeEmail(address)`: the identity of the participant. */
  readonly key: string;
  /** The first non-empty display name seen that is not the address itself. */
  readonly displayName?: string;
  /** Every role the address appears in, in the order from, to, cc. */
  readonly roles: readonly ParticipantRole[];
}

const ROLE_ORDER: readonly ParticipantRole[] = ['from', 'to', 'cc'];

interface Draft {
  address: string;
  displayName: string | undefined;
  roles: Set<ParticipantRole>;
}

function usableName(name: string | null | undefined, key: string): string | undefined {
  const trimmed = name?.trim();
  if (trimmed === undefined || trimmed === '' || normalizeEmail(trimmed) === key) return undefined;
  return trimmed;
}

/**
 * Lists the participants of a message. The sender (who sent on behalf of From, if different) counts as
 * `from` too. Entries without a usable address (empty, or Exchange X.500 paths without `@`) are skipped,
 * as are the user's own addresses, compared case-insensitively.
 */
export function participantsOf(headers: MessageHeaders, ownAddresses: readonly string[]): Participant[] {
  const own = new Set(ownAddresses.map(normalizeEmail));
  const byKey = new Map<string, Draft>();
  const add = (recipient: MailRecipient | null | undefined, role: ParticipantRole): void => {
    const address = recipient?.emailAddress?.trim() ?? '';
    if (!looksLikeEmail(address)) return;
    const key = normalizeEmail(address);
    if (own.has(key)) return;
    const name = usableName(recipient?.displayName, key);
    const draft = byKey.get(key);
    if (draft === undefined) {
      byKey.set(key, { address, displayName: name, roles: new Set([role]) });
      return;
    }
    draft.roles.add(role);
    draft.displayName ??= name;
  };
  add(headers.from, 'from');
  add(headers.sender, 'from');
  for (const recipient of headers.to ?? []) add(recipient, 'to');
  for (const recipient of headers.cc ?? []) add(recipient, 'cc');
  return [...byKey.entries()].map(([key, draft]) => ({
    address: draft.address,
    key,
    ...(draft.displayName === undefined ? {} : { displayName: draft.displayName }),
    roles: ROLE_ORDER.filter((role) => draft.roles.has(role)),
  }));
}
