// A CSV layout declared as a table of columns, each naming the model field it carries with a converter both
// ways: export writes `cellOf` for every column, import runs the same table backwards through `read`.
// Columns are matched by header name, never by position (Outlook versions order them differently).
import type { ContactFieldName, ContactFields, PhysicalAddress } from '../contact/contact.js';
import { birthdayFromText } from './birthday-text.js';
import { setAddressPart, setEmailPart, setListItem } from './contact-draft.js';
import type { AddressField, ContactDraft, StringListField, TextField } from './contact-draft.js';

export interface CsvColumn {
  readonly header: string;
  /** The model field this column carries (several columns may carry parts of one field). */
  readonly field: ContactFieldName;
  /** The cell for a contact: '' when it has nothing for this column. */
  cellOf(fields: ContactFields): string;
  /** Puts a non-empty cell into the contact being imported. */
  read(cell: string, draft: ContactDraft): void;
}

export type CsvLayoutId = 'outlook-csv' | 'google-csv';

export interface CsvLayout {
  readonly id: CsvLayoutId;
  readonly columns: readonly CsvColumn[];
}

/** A single text field, e.g. `Job Title` ↔ jobTitle. */
export function textColumn(header: string, field: TextField): CsvColumn {
  return {
    header,
    field,
    cellOf: (fields) => fields[field] ?? '',
    read: (cell, draft) => {
      draft[field] = cell;
    },
  };
}

/** One slot of a string list, e.g. `Business Phone 2` ↔ businessPhones[1]. */
export function listItemColumn(header: string, field: StringListField, index: number): CsvColumn {
  return {
    header,
    field,
    cellOf: (fields) => fields[field]?.[index] ?? '',
    read: (cell, draft) => setListItem(draft, field, index, cell),
  };
}

/**
 * A whole string list in one cell, its items joined by `separator` (Outlook's `Categories`, Google's
 * `Labels`). An item containing the separator's trimmed text comes back split on import.
 */
export function joinedColumn(header: string, field: StringListField, separator: string, from = 0): CsvColumn {
  const splitter = separator.trim();
  return {
    header,
    field,
    cellOf: (fields) => (fields[field] ?? []).slice(from).join(separator),
    read: (cell, draft) =>
      cell
        .split(splitter)
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .forEach((item, index) => setListItem(draft, field, from + index, item)),
  };
}

/** One part of a postal address, e.g. `Home City` ↔ homeAddress.city. */
export function addressColumn(header: string, field: AddressField, part: keyof PhysicalAddress): CsvColumn {
  return {
    header,
    field,
    cellOf: (fields) => fields[field]?.[part] ?? '',
    read: (cell, draft) => setAddressPart(draft, field, part, cell),
  };
}

/** The address of e-mail slot `index` (0-based), e.g. `E-mail 2 Address` ↔ emailAddresses[1].address. */
export function emailAddressColumn(header: string, index: number): CsvColumn {
  return {
    header,
    field: 'emailAddresses',
    cellOf: (fields) => fields.emailAddresses?.[index]?.address ?? '',
    read: (cell, draft) => setEmailPart(draft, index, 'address', cell),
  };
}

/** The display name of e-mail slot `index`, e.g. `E-mail Display Name` ↔ emailAddresses[0].name. */
export function emailNameColumn(header: string, index: number): CsvColumn {
  return {
    header,
    field: 'emailAddresses',
    cellOf: (fields) => (fields.emailAddresses?.[index]?.address ? (fields.emailAddresses[index]?.name ?? '') : ''),
    read: (cell, draft) => setEmailPart(draft, index, 'name', cell),
  };
}

/** The birthday as an ISO 8601 date (`1990-05-12`); import also reads Outlook's `5/12/1990`. */
export function birthdayColumn(header: string): CsvColumn {
  return {
    header,
    field: 'birthday',
    cellOf: (fields) => (fields.birthday === undefined ? '' : (birthdayFromText(fields.birthday) ?? '')),
    read: (cell, draft) => {
      const date = birthdayFromText(cell);
      if (date !== undefined) draft.birthday = date;
    },
  };
}

/**
 * A constant label written beside a value column when that value is present (Google's `Phone 1 - Label` =
 * `Work`). Import ignores it: the slot, not the label, says which field a value belongs to.
 */
export function labelColumn(header: string, field: ContactFieldName, label: string, isPresent: (fields: ContactFields) => boolean): CsvColumn {
  return { header, field, cellOf: (fields) => (isPresent(fields) ? label : ''), read: () => undefined };
}
