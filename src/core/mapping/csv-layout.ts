// A CSV layout: the columns of a CSV mapping document, each able to write its cell for a contact (export)
// and to read a cell back into the contact being imported (the same rules run backwards). Columns are
// matched by header name, never by position (Outlook versions order them differently).
import type { ContactFieldName, ContactFields } from '../contact/contact.js';
import type { ContactDraft } from './contact-draft.js';
import { fieldNameOf, targetOf } from './document/field-target.js';
import type { FieldTarget } from './document/field-target.js';
import { reads, writes } from './document/mapping-document.js';
import type { CsvMappingDocument, CsvMappingRule } from './document/mapping-document.js';
import { fullNameOf, readFullName } from './document/full-name.js';
import { hasValueAt, putValue, valuesAt } from './document/target-values.js';
import { quoted, readValues, writeValues } from './document/transform-value.js';

export interface CsvColumn {
  readonly header: string;
  /** The model field this column carries (several columns may carry parts of one field). */
  readonly field: ContactFieldName;
  readonly rule: CsvMappingRule;
  /** The cell for a contact: '' when it has nothing for this column. */
  cellOf(fields: ContactFields): string;
  /** Puts a non-empty cell into the contact being imported; answers a problem when part of it was left out. */
  read(cell: string, draft: ContactDraft): string | undefined;
}

export type CsvLayoutId = string;

export interface CsvLayout {
  readonly id: CsvLayoutId;
  /** The columns export writes, in order. */
  readonly columns: readonly CsvColumn[];
  /** The columns import reads: rules for import only (`when` a label says so) included. */
  readonly importColumns: readonly CsvColumn[];
}

function cellOf(rule: CsvMappingRule, target: FieldTarget, fields: ContactFields): string {
  if (rule.transform?.kind === 'constant') return hasValueAt(fields, target) ? rule.transform.value : '';
  if (rule.transform?.kind === 'full-name') return fullNameOf(fields);
  return writeValues(rule.transform, valuesAt(fields, target));
}

function read(rule: CsvMappingRule, target: FieldTarget, cell: string, draft: ContactDraft): string | undefined {
  if (rule.transform?.kind === 'full-name') return readFullName(draft, cell);
  const { values, problem } = readValues(rule.transform, cell);
  const dropped: string[] = [];
  for (const value of values) {
    // A second address of one slot (Google's " ::: ") goes to the next free slot.
    const outcome = putValue(draft, target, value) === 'put' || (target.kind === 'email' && putValue(draft, { ...target, index: undefined }, value) === 'put');
    if (!outcome) dropped.push(value);
  }
  if (problem !== undefined) return problem;
  return dropped.length === 0 ? undefined : `${fieldNameOf(target)} already has a value: '${quoted(dropped.join(', '))}' left out`;
}

function columnOf(rule: CsvMappingRule): CsvColumn {
  const target = targetOf(rule.field);
  return {
    header: rule.column,
    field: fieldNameOf(target),
    rule,
    cellOf: (fields) => cellOf(rule, target, fields),
    read: (cell, draft) => read(rule, target, cell, draft),
  };
}

/** The layout a CSV mapping document describes (a valid one: see parseMappingDocument). */
export function csvLayoutOf(document: CsvMappingDocument, id: CsvLayoutId = document.name): CsvLayout {
  const columns = document.rules.map(columnOf);
  return { id, columns: columns.filter((column) => writes(column.rule)), importColumns: columns.filter((column) => reads(column.rule)) };
}
