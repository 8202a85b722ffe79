// The normalized search keys of a contact, kept beside it in the mirror for indexed lookups:
// lower-cased e-mail addresses, digits-only phone numbers and name tokens (see normalize-*.ts).
import type { ContactFields } from './contact.js';
import { normalizeEmail } from './normalize-email.js';
import { nameTokens } from './normalize-name.js';
import { phoneDigits } from './normalize-phone.js';

export interface SearchFields {
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly nameTokens: readonly string[];
}

/** Distinct, non-empty keys; order follows the contact's fields. */
export function searchFieldsOf(fields: ContactFields): SearchFields {
  const emails = (fields.emailAddresses ?? []).map((email) => normalizeEmail(email.address));
  const phones = [...(fields.businessPhones ?? []), ...(fields.homePhones ?? []), fields.mobilePhone ?? ''].map(phoneDigits);
  const names = [fields.displayName, fields.givenName, fields.middleName, fields.surname, fields.nickName, fields.companyName]
    .filter((name): name is string => name !== undefined)
    .flatMap(nameTokens);
  return { emails: distinct(emails), phones: distinct(phones), nameTokens: distinct(names) };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

/**
 * The key contacts are listed by: display name, else given name and surname, lower-cased, with accents and
 * compatibility forms folded (NFKD without combining marks), so "Émile" sorts among the E's, not after "z".
 */
export function sortKeyOf(fields: ContactFields): string {
  const name = fields.displayName ?? [fields.givenName, fields.surname].filter((part) => part !== undefined && part.length > 0).join(' ');
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
