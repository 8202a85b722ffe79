// The words the pane shows for a mapping rule's field target: `emailAddresses[1].address` is "E-mail 2
// address", `businessAddress.city` is "Business address: city". Slots count from 1 for people.
import { parseFieldTarget } from '../../../core/mapping/document/field-target.js';
import { format, strings } from '../../strings/strings.js';

const S = strings.mappings;

export function fieldTargetLabel(target: string): string {
  const parsed = parseFieldTarget(target);
  if ('error' in parsed) return target;
  switch (parsed.kind) {
    case 'text':
      return S.fields[parsed.field];
    case 'list':
      return parsed.index === undefined ? format(S.fieldAll, { field: S.fields[parsed.field] }) : format(S.fieldSlot, { field: S.fields[parsed.field], number: parsed.index + 1 });
    case 'email':
      if (parsed.index === undefined) return parsed.part === 'address' ? S.emailAllAddresses : format(S.emailName, { number: 1 });
      return format(parsed.part === 'address' ? S.emailAddress : S.emailName, { number: parsed.index + 1 });
    case 'address':
      return parsed.part === undefined ? format(S.addressWhole, { field: S.fields[parsed.field] }) : format(S.addressPart, { field: S.fields[parsed.field], part: S.addressParts[parsed.part] });
  }
}
