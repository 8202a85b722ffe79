// Runs a CSV layout: contacts to rows of cells (header first, formula-like cells escaped), and one record
// of an imported file (header → cell) back to ContactFields through the same rules, with what was left out.
import type { ContactFieldName, ContactFields } from '../contact/contact.js';
import { finishDraft } from './contact-draft.js';
import type { ContactDraft } from './contact-draft.js';
import type { CsvColumn, CsvLayout } from './csv-layout.js';
import { escapeFormula, unescapeFormula } from './csv-safety.js';
import { splitNameParts } from './document/full-name.js';

/** The layout's header row, then one row per contact; every cell is safe to open in a spreadsheet. */
export function csvRowsOf(layout: CsvLayout, contacts: readonly ContactFields[]): string[][] {
  const header = layout.columns.map((column) => column.header);
  const rows = contacts.map((fields) => layout.columns.map((column) => escapeFormula(column.cellOf(fields))));
  return [header, ...rows];
}

export interface CsvRecordProblem {
  readonly column: string;
  readonly field: ContactFieldName;
  readonly message: string;
}

export interface MappedCsvRecord {
  /** The draft before finishing: it may hold more e-mail addresses than Outlook keeps. */
  readonly draft: ContactDraft;
  readonly problems: readonly CsvRecordProblem[];
  /** The fields some non-empty cell of the record was read into. */
  readonly present: readonly ContactFieldName[];
}

type CsvRecord = Readonly<Record<string, string | undefined>>;

const cellIn = (record: CsvRecord, header: string): string => unescapeFormula((record[header] ?? '').trim()).trim();
const labelOf = (text: string): string => text.replace(/^\*\s*/, '').trim().toLowerCase();

/** The columns that read a record's cell of `header`: those whose `when` label matches, else those without one. */
function readersOf(columns: readonly CsvColumn[], record: CsvRecord): CsvColumn[] {
  const byHeader = new Map<string, CsvColumn[]>();
  for (const column of columns) byHeader.set(column.header, [...(byHeader.get(column.header) ?? []), column]);
  return [...byHeader.values()].flatMap((group) => {
    const matching = group.filter((column) => column.rule.when !== undefined && labelOf(cellIn(record, column.rule.when.column)) === labelOf(column.rule.when.equals));
    return matching.length > 0 ? matching : group.filter((column) => column.rule.when === undefined);
  });
}

/**
 * Maps one record of an imported file. Headers the layout does not know are ignored; cells are trimmed and
 * their formula escaping is undone, and otherwise kept as plain text.
 */
export function mapCsvRecord(layout: CsvLayout, record: CsvRecord): MappedCsvRecord {
  const draft: ContactDraft = {};
  const problems: CsvRecordProblem[] = [];
  const present = new Set<ContactFieldName>();
  let fullName = false;
  for (const column of readersOf(layout.importColumns, record)) {
    const cell = cellIn(record, column.header);
    if (cell === '' || column.rule.transform?.kind === 'constant') continue;
    const problem = column.read(cell, draft);
    if (problem !== undefined) problems.push({ column: column.header, field: column.field, message: problem });
    present.add(column.field);
    fullName ||= column.rule.transform?.kind === 'full-name';
  }
  if (fullName) splitNameParts(draft);
  return { draft, problems, present: [...present] };
}

/** The contact one record of an imported file describes (see mapCsvRecord). */
export function contactFromCsvRecord(layout: CsvLayout, record: CsvRecord): ContactFields {
  return finishDraft(mapCsvRecord(layout, record).draft);
}
