// Value equality of contact field values: the comparison merge, diff and "did anything change" rest on.
// Empty values (undefined, null, '', [], an address with no parts) are all the same "no value".
import type { ContactFieldName, ContactFields } from './contact.js';

/** True when the value carries no information: missing, empty text, empty list or an object of empties. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.length === 0;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}

/** Deep value equality; lists compare element by element in order, objects ignore empty members. */
export function equalValues(a: unknown, b: unknown): boolean {
  const emptyA = isEmptyValue(a);
  const emptyB = isEmptyValue(b);
  if (emptyA || emptyB) return emptyA && emptyB;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => equalValues(item, b[index]));
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (!equalValues((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    }
    return true;
  }
  return a === b;
}

/** True when one field holds the same value in both contacts. */
export function equalField(a: ContactFields, b: ContactFields, field: ContactFieldName): boolean {
  return equalValues(a[field], b[field]);
}
