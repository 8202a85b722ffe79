// Merging a group of duplicates into one contact, field by field. List fields whose values add up (e-mail
// addresses, phones, IM addresses, children, categories) are united, duplicates dropped and Outlook's slot limits
// kept (three e-mail addresses, two business and two home phones, three IM addresses; see contact.ts); every other
// field takes one contact's value: the one the user picked, else the first contact's that has one.
import {
  CONTACT_FIELD_NAMES,
  MAX_BUSINESS_PHONES,
  MAX_EMAIL_ADDRESSES,
  MAX_HOME_PHONES,
  MAX_IM_ADDRESSES,
  type ContactFieldName,
  type ContactFields,
} from '../contact/contact.js';
import { equalValues, isEmptyValue } from '../contact/equal-fields.js';
import { normalizeEmail } from '../contact/normalize-email.js';
import { phoneDigits } from '../contact/normalize-phone.js';

type ListField = 'emailAddresses' | 'businessPhones' | 'homePhones' | 'imAddresses' | 'children' | 'categories';

interface UnionRule {
  readonly limit: number;
  readonly keyOf: (value: unknown) => string;
}

const text = (value: unknown): string => String(value).trim().toLowerCase();

const UNION_RULES: Readonly<Record<ListField, UnionRule>> = {
  emailAddresses: { limit: MAX_EMAIL_ADDRESSES, keyOf: (value) => normalizeEmail((value as { address: string }).address) },
  businessPhones: { limit: MAX_BUSINESS_PHONES, keyOf: (value) => phoneDigits(String(value)) },
  homePhones: { limit: MAX_HOME_PHONES, keyOf: (value) => phoneDigits(String(value)) },
  imAddresses: { limit: MAX_IM_ADDRESSES, keyOf: text },
  children: { limit: Number.POSITIVE_INFINITY, keyOf: text },
  categories: { limit: Number.POSITIVE_INFINITY, keyOf: text },
};

/** Which contact (by index in the group) gives each picked field; fields left out take the default. */
export type MergePicks = Partial<Record<ContactFieldName, number>>;

export interface MergeRow {
  readonly field: ContactFieldName;
  /** `union`: the values add up; `pick`: one contact's value is kept. */
  readonly kind: 'union' | 'pick';
  /** Each contact's value, in group order (undefined where it has none). */
  readonly values: readonly unknown[];
  /** Whether the contacts that have a value disagree (or only some have one). */
  readonly differs: boolean;
  /** For `pick`: the contact whose value is kept by default. */
  readonly defaultPick?: number;
  /** For `union`: values over the slot limit, which the merged contact cannot keep. */
  readonly leftOut?: readonly unknown[];
}

export function isUnionField(field: ContactFieldName): field is ListField {
  return field in UNION_RULES;
}

function united(field: ListField, contacts: readonly ContactFields[]): { readonly kept: unknown[]; readonly leftOut: unknown[] } {
  const rule = UNION_RULES[field];
  const seen = new Set<string>();
  const kept: unknown[] = [];
  const leftOut: unknown[] = [];
  for (const contact of contacts) {
    for (const value of (contact[field] ?? []) as readonly unknown[]) {
      const key = rule.keyOf(value);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      (kept.length < rule.limit ? kept : leftOut).push(value);
    }
  }
  return { kept, leftOut };
}

function firstWith(field: ContactFieldName, contacts: readonly ContactFields[]): number | undefined {
  const found = contacts.findIndex((contact) => !isEmptyValue(contact[field]));
  return found < 0 ? undefined : found;
}

/** The rows of the side-by-side view: one per field some contact of the group has, in the model's order. */
export function mergeRowsOf(contacts: readonly ContactFields[]): readonly MergeRow[] {
  const rows: MergeRow[] = [];
  for (const field of CONTACT_FIELD_NAMES) {
    const values = contacts.map((contact) => (isEmptyValue(contact[field]) ? undefined : contact[field]));
    const present = values.filter((value) => value !== undefined);
    if (present.length === 0) continue;
    const differs = present.length < values.length || present.some((value) => !equalValues(value, present[0]));
    if (isUnionField(field)) {
      const { leftOut } = united(field, contacts);
      rows.push({ field, kind: 'union', values, differs, ...(leftOut.length > 0 ? { leftOut } : {}) });
    } else rows.push({ field, kind: 'pick', values, differs, defaultPick: firstWith(field, contacts) ?? 0 });
  }
  return rows;
}

/** The merged contact's fields: list fields united within their limits, the others from the picked contact. */
export function mergeDuplicateFields(contacts: readonly ContactFields[], picks: MergePicks = {}): ContactFields {
  const merged: Record<string, unknown> = {};
  for (const field of CONTACT_FIELD_NAMES) {
    if (isUnionField(field)) {
      const { kept } = united(field, contacts);
      if (kept.length > 0) merged[field] = kept;
      continue;
    }
    const picked = picks[field];
    const from = picked !== undefined && picked >= 0 && picked < contacts.length ? picked : firstWith(field, contacts);
    const value = from === undefined ? undefined : contacts[from]?.[field];
    if (!isEmptyValue(value)) merged[field] = value;
  }
  return merged as ContactFields;
}

/** The contact the merge keeps (updated in place; the others are deleted): the one with the most fields filled, the first on a tie. */
export function survivorIndexOf(contacts: readonly ContactFields[]): number {
  let best = 0;
  let bestCount = -1;
  contacts.forEach((contact, index) => {
    const count = CONTACT_FIELD_NAMES.filter((field) => !isEmptyValue(contact[field])).length;
    if (count > bestCount) [best, bestCount] = [index, count];
  });
  return best;
}
