// Maps the records of a CSV file to import drafts through a CSV layout: each draft with the problems of its
// row (a bad e-mail address, more addresses than Outlook keeps, a birthday that cannot be read surely).
// Values are plain text: nothing is evaluated or neutralized, and a formula-like cell is kept as written.
import type { ContactFieldName } from '../contact/contact.js';
import { MAX_EMAIL_ADDRESSES } from '../contact/contact.js';
import { looksLikeEmail } from '../contact/normalize-email.js';
import { mapCsvRecord } from '../mapping/apply-csv-layout.js';
import { finishDraft } from '../mapping/contact-draft.js';
import type { ContactDraft } from '../mapping/contact-draft.js';
import type { CsvLayout } from '../mapping/csv-layout.js';
import { quoted } from '../mapping/document/transform-value.js';
import type { ImportDraft, ImportProblem } from './import-draft.js';

/** Drops addresses that are not e-mail addresses and those past Outlook's three, with a problem for each. */
function checkEmails(draft: ContactDraft, problem: (message: string) => void): void {
  const entries = (draft.emailAddresses ?? []).filter((entry) => entry !== undefined && entry.address !== '');
  const good = entries.filter((entry) => {
    if (looksLikeEmail(entry.address)) return true;
    problem(`'${quoted(entry.address)}' is not an e-mail address: left out`);
    return false;
  });
  if (good.length > MAX_EMAIL_ADDRESSES) {
    const dropped = good.slice(MAX_EMAIL_ADDRESSES).map((entry) => `'${quoted(entry.address)}'`);
    problem(`${good.length} e-mail addresses; Outlook keeps ${MAX_EMAIL_ADDRESSES}: ${dropped.join(', ')} left out`);
  }
  draft.emailAddresses = good.slice(0, MAX_EMAIL_ADDRESSES);
}

/** The draft of one record; `row` counts the header as row 1. */
export function draftOfRecord(file: string, row: number, layout: CsvLayout, record: Readonly<Record<string, string>>): ImportDraft {
  const mapped = mapCsvRecord(layout, record);
  const problems: ImportProblem[] = mapped.problems.map((problem) => ({ file, row, field: problem.field, message: `${problem.column}: ${problem.message}` }));
  const draft: ContactDraft = { ...mapped.draft };
  checkEmails(draft, (message) => problems.push({ file, row, field: 'emailAddresses', message }));
  const fields = finishDraft(draft);
  const present = mapped.present.filter((field: ContactFieldName) => fields[field] !== undefined);
  const rejected = Object.keys(fields).length === 0 ? 'the row has nothing to import' : undefined;
  return { file, row, fields, present, problems, ...(rejected === undefined ? {} : { rejected }) };
}

/** One problem naming the columns no rule of the layout reads: they are ignored. */
export function unknownColumnsProblem(file: string, layout: CsvLayout, headers: readonly string[], mappingName: string): ImportProblem | undefined {
  const known = new Set(layout.importColumns.flatMap((column) => [column.header, ...(column.rule.when ? [column.rule.when.column] : [])]));
  const unknown = headers.filter((header) => header.trim() !== '' && !known.has(header.trim()));
  if (unknown.length === 0) return undefined;
  const shown = unknown.slice(0, 8).map((header) => `'${quoted(header)}'`).join(', ') + (unknown.length > 8 ? ` and ${unknown.length - 8} more` : '');
  return { file, row: 1, message: `${unknown.length === 1 ? 'column' : 'columns'} ${shown} not in the ${mappingName} mapping: ignored` };
}

/** The drafts of every record (rows of cells after the header). */
export function mapCsvRows(file: string, layout: CsvLayout, headers: readonly string[], rows: readonly (readonly string[])[]): ImportDraft[] {
  const names = headers.map((header) => header.trim());
  return rows.map((cells, index) => {
    const record: Record<string, string> = {};
    names.forEach((name, column) => {
      // A header used twice keeps its first non-empty cell.
      if (!record[name]) record[name] = cells[column] ?? '';
    });
    return draftOfRecord(file, index + 2, layout, record);
  });
}
