// How imported rows map, as a text table: one column per field target the mapping reads (in rule order, each
// once) that some of the rows filled, one row per contact, list items joined by `; `.
import type { ContactFields } from '../contact/contact.js';
import { targetOf } from './document/field-target.js';
import { reads } from './document/mapping-document.js';
import type { CsvMappingDocument } from './document/mapping-document.js';
import { valuesAt } from './document/target-values.js';

export interface MappedFieldsTable {
  /** The field targets shown: `givenName`, `homeAddress.city`. */
  readonly fields: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function mappedFieldsTable(document: CsvMappingDocument, contacts: readonly ContactFields[]): MappedFieldsTable {
  const targets = [...new Set(document.rules.filter((rule) => reads(rule) && rule.transform?.kind !== 'constant').map((rule) => rule.field))];
  const cells = contacts.map((fields) => targets.map((target) => valuesAt(fields, targetOf(target)).join('; ')));
  const shown = targets.map((_, column) => cells.some((row) => row[column] !== '')).map((filled, column) => (filled ? column : -1)).filter((column) => column >= 0);
  return { fields: shown.map((column) => targets[column] ?? ''), rows: cells.map((row) => shown.map((column) => row[column] ?? '')) };
}
