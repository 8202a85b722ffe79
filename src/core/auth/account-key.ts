// The key that isolates one signed-in account's local data (IndexedDB databases, outbox, settings):
// two accounts never share a database, so signing in as someone else never shows the previous account's contacts.

declare const accountKeyBrand: unique symbol;
/** `acct-<tenant>-<homeAccountId>`, lower case, only `[a-z0-9._-]`: safe in database and storage key names. */
export type AccountKey = string & { readonly [accountKeyBrand]: true };

const MAX_PART_LENGTH = 80;

function safePart(text: string, what: string): string {
  const part = text.trim().toLowerCase().replace(/[^a-z0-9.-]/g, '_').slice(0, MAX_PART_LENGTH);
  if (!part) throw new RangeError(`An account key needs a ${what}.`);
  return part;
}

/** Entra's tenant id and MSAL's `homeAccountId` (`<objectId>.<tenantId>`) name the account everywhere. */
export function accountKey(tenantId: string, homeAccountId: string): AccountKey {
  return `acct-${safePart(tenantId, 'tenant id')}-${safePart(homeAccountId, 'home account id')}` as AccountKey;
}

/** The name of a local database that belongs to one account, e.g. `contact-bridge-mirror@acct-…`. */
export function accountDatabaseName(purpose: string, key: AccountKey): string {
  return `contact-bridge-${safePart(purpose, 'purpose')}@${key}`;
}

/** Whether a database or storage name belongs to the account (used when removing its local data). */
export function belongsToAccount(name: string, key: AccountKey): boolean {
  return name.endsWith(`@${key}`);
}
