// How the contact editor lays out its controls, grouped as Outlook groups a contact: the common fields first,
// always shown, then groups a 320 px pane keeps folded until opened (or until one of their fields needs a look).
import { ADDRESS_PARTS, addressField, type AddressKind, type EditorField } from '../../../core/contact/editor-values.js';
import { format, strings } from '../../strings/strings.js';

export type ControlKind = 'text' | 'email' | 'tel' | 'url' | 'date' | 'lines';

export interface EditorGroup {
  /** Absent for the group always shown. */
  readonly id?: keyof typeof strings.editor.groups;
  readonly controls: readonly EditorField[];
}

export const COMMON_GROUP: EditorGroup = {
  controls: ['displayName', 'givenName', 'surname', 'email', 'mobilePhone', 'businessPhone', 'companyName', 'jobTitle'],
};

const addressGroup = (kind: AddressKind): EditorGroup => ({ id: kind, controls: ADDRESS_PARTS.map((part) => addressField(kind, part)) });

/** The folded groups; the phonetic names only where the language writes them (Japanese) or the contact has them. */
export function foldedGroups(withReading: boolean): readonly EditorGroup[] {
  return [
    { id: 'names', controls: ['title', 'middleName', 'generation', 'nickName', 'initials', 'fileAs'] },
    ...(withReading ? [{ id: 'reading', controls: ['yomiGivenName', 'yomiSurname', 'yomiCompanyName'] } as const] : []),
    { id: 'emails', controls: ['email2', 'email3', 'im', 'im2', 'im3'] },
    { id: 'phones', controls: ['businessPhone2', 'homePhone', 'homePhone2'] },
    { id: 'work', controls: ['department', 'officeLocation', 'profession', 'manager', 'assistantName', 'businessHomePage'] },
    addressGroup('business'),
    addressGroup('home'),
    addressGroup('other'),
    { id: 'personal', controls: ['birthday', 'spouseName', 'children', 'personalNotes'] },
    { id: 'categories', controls: ['categories'] },
  ];
}

export function kindOf(field: EditorField): ControlKind {
  if (field.startsWith('email')) return 'email';
  if (/Phone/.test(field)) return 'tel';
  if (field === 'businessHomePage') return 'url';
  if (field === 'birthday') return 'date';
  return field === 'children' || field === 'categories' || field === 'personalNotes' ? 'lines' : 'text';
}

/** The control's label: an address part names its address ("Home address: City"). */
export function labelOf(field: EditorField): string {
  const [kind, part] = field.split('.') as [string, string | undefined];
  if (part === undefined) return strings.editor.fields[field as keyof typeof strings.editor.fields];
  return format(strings.editor.partLabel, {
    address: strings.editor.groups[kind as AddressKind],
    part: strings.editor.parts[part as keyof typeof strings.editor.parts],
  });
}

/** An id safe in CSS selectors: `contact-form-home-city`. Kept from the earlier form for the fields it had. */
export const controlIdOf = (field: EditorField): string => `contact-form-${field.replace('.', '-')}`;
