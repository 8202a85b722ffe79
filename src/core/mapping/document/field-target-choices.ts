// The closed set of field targets a mapping editor offers for a rule: every text field, each list field whole
// and by slot, each e-mail slot's address and name, and each part of the three postal addresses.
import { CONTACT_FIELD_NAMES } from '../../contact/contact.js';
import { ADDRESS_PARTS, SLOT_LIMITS } from './field-target.js';

/** Slots offered one by one for a list field (more stay reachable through the whole list). */
const OFFERED_SLOTS = 3;

const LIST_FIELDS = new Set<string>(['imAddresses', 'businessPhones', 'homePhones', 'children', 'categories']);
const ADDRESS_FIELDS = new Set<string>(['homeAddress', 'businessAddress', 'otherAddress']);

function targetsOf(name: (typeof CONTACT_FIELD_NAMES)[number]): string[] {
  if (name === 'emailAddresses') {
    const slots = Array.from({ length: SLOT_LIMITS.emailAddresses }, (_, index) => index);
    return [...slots.flatMap((index) => [`emailAddresses[${index}].address`, `emailAddresses[${index}].name`]), 'emailAddresses'];
  }
  if (LIST_FIELDS.has(name)) {
    const count = Math.min(OFFERED_SLOTS, SLOT_LIMITS[name as keyof typeof SLOT_LIMITS]);
    return [name, ...Array.from({ length: count }, (_, index) => `${name}[${index}]`)];
  }
  if (ADDRESS_FIELDS.has(name)) return ADDRESS_PARTS.map((part) => `${name}.${part}`);
  return [name];
}

/** Every target text the editor offers, in the model's field order; each parses with parseFieldTarget. */
export const FIELD_TARGET_CHOICES: readonly string[] = CONTACT_FIELD_NAMES.flatMap(targetsOf);
