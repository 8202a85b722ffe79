// The transforms the mapping editor offers for a CSV rule, by the field the rule carries: a date form for the
// birthday, a phone form for phone numbers, a separator for a whole list in one cell, the full name for the
// display name, and plain text or a fixed label for any field. A rule's current transform is always offered,
// so an imported mapping never shows a choice it does not hold.
import { parseFieldTarget } from './field-target.js';
import type { Transform, TransformKind } from './mapping-document.js';

const PHONE_FIELDS = new Set<string>(['mobilePhone', 'businessPhones', 'homePhones']);

/** The transform kinds that make sense for `field` (a rule's field text), `text` first. */
export function transformKindsFor(field: string, current?: TransformKind): readonly TransformKind[] {
  const target = parseFieldTarget(field);
  const kinds: TransformKind[] = ['text'];
  if (!('error' in target)) {
    const name = target.kind === 'email' ? 'emailAddresses' : target.field;
    const wholeList = (target.kind === 'list' || target.kind === 'email') && target.index === undefined;
    if (wholeList) kinds.push('list');
    if (name === 'birthday') kinds.push('date');
    if (PHONE_FIELDS.has(name)) kinds.push('phone');
    if (name === 'displayName') kinds.push('full-name');
  }
  kinds.push('constant');
  if (current !== undefined && !kinds.includes(current)) kinds.push(current);
  return kinds;
}

/**
 * The transform a rule gets when the user picks `kind`, keeping what the previous one said where it still
 * applies (a phone's region), else the common choice: `;` between list items, ISO dates, phones as written.
 */
export function transformOfKind(kind: TransformKind, previous?: Transform): Transform {
  if (previous?.kind === kind) return previous;
  switch (kind) {
    case 'list':
      return { kind, separator: ';' };
    case 'date':
      return { kind, format: 'iso' };
    case 'phone':
      return { kind, format: 'as-written' };
    case 'constant':
      return { kind, value: '' };
    case 'uri-or':
      return { kind, otherwise: 'X-URI' };
    default:
      return { kind };
  }
}
