// Reading a rule's target out of a contact (export) and putting a value into the contact being imported,
// slot by slot: a slot already filled is `taken`, so the next rule or slot can take the value instead.
import type { ContactFields } from '../../contact/contact.js';
import { setAddressPart, setEmailPart, setListItem } from '../contact-draft.js';
import type { ContactDraft } from '../contact-draft.js';
import { SLOT_LIMITS } from './field-target.js';
import type { FieldTarget } from './field-target.js';

const filled = (value: string | undefined): value is string => value !== undefined && value !== '';

/** The texts the target holds in `fields`: one per list item for a whole list, none when empty. */
export function valuesAt(fields: ContactFields, target: FieldTarget): string[] {
  switch (target.kind) {
    case 'text':
      return [fields[target.field]].filter(filled);
    case 'list': {
      const list = fields[target.field] ?? [];
      return (target.index === undefined ? list : [list[target.index]]).filter(filled);
    }
    case 'email': {
      const list = (fields.emailAddresses ?? []).slice(0, SLOT_LIMITS.emailAddresses);
      const slots = target.index === undefined ? list : [list[target.index]];
      // A display name is only written beside its address.
      return slots.filter((email) => email !== undefined && filled(email.address)).map((email) => (target.part === 'name' ? (email?.name ?? '') : (email?.address ?? ''))).filter(filled);
    }
    case 'address': {
      const address = fields[target.field];
      return target.part === undefined ? [] : [address?.[target.part]].filter(filled);
    }
  }
}

/** True when the target holds anything in `fields` (a whole address: any part). */
export function hasValueAt(fields: ContactFields, target: FieldTarget): boolean {
  if (target.kind === 'address' && target.part === undefined) return Object.values(fields[target.field] ?? {}).some((value) => filled(value));
  return valuesAt(fields, target).length > 0;
}

export type PutOutcome = 'put' | 'taken';

function firstFree(length: number, taken: (index: number) => boolean): number {
  let index = 0;
  while (index < length && taken(index)) index += 1;
  return index;
}

/**
 * Puts one imported value at the target. A whole list gets it appended; a slot or single field that already
 * has a value answers `taken`. A whole e-mail list takes it in the first free slot (past Outlook's three,
 * the value is kept so the import can report it: finishDraft keeps three).
 */
export function putValue(draft: ContactDraft, target: FieldTarget, value: string): PutOutcome {
  switch (target.kind) {
    case 'text':
      if (filled(draft[target.field])) return 'taken';
      draft[target.field] = value;
      return 'put';
    case 'list': {
      const list = draft[target.field] ?? [];
      const index = target.index ?? list.length;
      if (filled(list[index])) return 'taken';
      setListItem(draft, target.field, index, value);
      return 'put';
    }
    case 'email': {
      const list = draft.emailAddresses ?? [];
      const index = target.index ?? firstFree(list.length, (slot) => filled(list[slot]?.[target.part]));
      if (filled(list[index]?.[target.part])) return 'taken';
      setEmailPart(draft, index, target.part, value);
      return 'put';
    }
    case 'address':
      if (target.part === undefined) return 'taken';
      if (filled(draft[target.field]?.[target.part])) return 'taken';
      setAddressPart(draft, target.field, target.part, value);
      return 'put';
  }
}

/** True when a whole address target already has a part: a second address of the same kind goes elsewhere. */
export function addressTaken(draft: ContactDraft, target: FieldTarget): boolean {
  return target.kind === 'address' && Object.values(draft[target.field] ?? {}).some((value) => filled(value));
}
