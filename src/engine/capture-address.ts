// "Add this address to <contact>": appends a participant's address to an existing contact through the outbox
// (one transaction), within Outlook's three e-mail slots that Graph enforces (MAX_EMAIL_ADDRESSES).
import { MAX_EMAIL_ADDRESSES } from '../core/contact/contact.js';
import type { ContactFields } from '../core/contact/contact.js';
import { normalizeEmail } from '../core/contact/normalize-email.js';
import type { LocalId } from '../core/sync/mirror-contact.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';

export type AddAddressOutcome = 'added' | 'already-there' | 'full' | 'read-only' | 'gone';

/** How many more addresses the contact can take. */
export function emailSlotsLeft(fields: Pick<ContactFields, 'emailAddresses'>): number {
  return Math.max(0, MAX_EMAIL_ADDRESSES - (fields.emailAddresses?.length ?? 0));
}

/** Adds `address` to the contact unless it is there already, the contact is full, read-only or gone. */
export async function addAddressToContact(
  store: ContactReader & OutboxStore,
  localId: LocalId,
  entry: { readonly address: string; readonly name?: string },
  now: number,
): Promise<AddAddressOutcome> {
  const row = await store.getContact(localId);
  if (row === undefined || row.deleted === true) return 'gone';
  const folder = (await store.listFolders()).find((each) => each.id === row.folderId);
  if (folder?.readOnly === true) return 'read-only';
  let outcome: AddAddressOutcome = 'gone';
  const key = normalizeEmail(entry.address);
  await store.enqueue(localId, (current) => {
    if (current === undefined || current.deleted === true) return undefined;
    const emails = current.fields.emailAddresses ?? [];
    if (emails.some((email) => normalizeEmail(email.address) === key)) {
      outcome = 'already-there';
      return undefined;
    }
    if (emailSlotsLeft(current.fields) === 0) {
      outcome = 'full';
      return undefined;
    }
    outcome = 'added';
    const added = { address: entry.address.trim(), ...(entry.name === undefined ? {} : { name: entry.name }) };
    const fields = { ...current.fields, emailAddresses: [...emails, added] };
    return { contact: { ...current, fields, localChangedAt: now }, op: { kind: 'update', fields: ['emailAddresses'] }, at: now };
  });
  return outcome;
}
