// Runs a CSV layout table: contacts to rows of cells (header first, formula-like cells escaped), and one
// record of an imported file (header → cell) back to ContactFields through the same table.
import type { ContactFields } from '../contact/contact.js';
import { finishDraft } from './contact-draft.js';
import type { ContactDraft } from './contact-draft.js';
import type { CsvLayout } from './csv-layout.js';
import { escapeFormula, unescapeFormula } from './csv-safety.js';

/** The layout's header row, then one row per contact; every cell is safe to open in a spreadsheet. */
export function csvRowsOf(layout: CsvLayout, contacts: readonly ContactFields[]): string[][] {
  const header = layout.columns.map((column) => column.header);
  const rows = contacts.map((fields) => layout.columns.map((column) => escapeFormula(column.cellOf(fields))));
  return [header, ...rows];
}

/**
 * The contact one row of an imported file describes. `record` maps header names to cells; headers the
 * layout does not know are ignored, cells are trimmed and their formula escaping is undone.
 */
export function contactFromCsvRecord(layout: CsvLayout, record: Readonly<Record<string, string | undefined>>): ContactFields {
  const draft: ContactDraft = {};
  for (const column of layout.columns) {
    const cell = unescapeFormula((record[column.header] ?? '').trim()).trim();
    if (cell !== '') column.read(cell, draft);
  }
  return finishDraft(draft);
}
