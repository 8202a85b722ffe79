// The outcome of an import, row by row, and the report as CSV text (RFC 4180) for the user to keep: every
// cell formula-safe (csv-safety), since it quotes values from the imported file.
import { escapeFormula } from '../mapping/csv-safety.js';
import type { ImportProblem } from './import-draft.js';

export type RowOutcome = 'created' | 'updated' | 'skipped' | 'rejected' | 'failed';

export interface ImportRowResult {
  readonly row: number;
  readonly outcome: RowOutcome;
  /** The contact's name, for the report. */
  readonly name?: string;
  readonly reason?: string;
}

export interface ImportReport {
  readonly file: string;
  readonly created: number;
  readonly updated: number;
  readonly skipped: number;
  /** Rejected rows and rows whose write failed, with the reason. */
  readonly failed: readonly ImportRowResult[];
  readonly rows: readonly ImportRowResult[];
  /** What was left out of rows that were imported, and problems of the file. */
  readonly problems: readonly ImportProblem[];
}

/** The counts and failures of the row results. */
export function importReportOf(file: string, rows: readonly ImportRowResult[], problems: readonly ImportProblem[]): ImportReport {
  const count = (outcome: RowOutcome) => rows.filter((row) => row.outcome === outcome).length;
  const failed = rows.filter((row) => row.outcome === 'failed' || row.outcome === 'rejected');
  return { file, created: count('created'), updated: count('updated'), skipped: count('skipped'), failed, rows, problems };
}

function csvCell(value: string): string {
  const safe = escapeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The report as CSV: one line per row outcome, then one per problem; CRLF line ends, UTF-8 byte order mark. */
export function importReportCsv(report: ImportReport): string {
  const lines: string[][] = [['File', 'Row', 'Outcome', 'Contact', 'Field', 'Reason']];
  for (const row of report.rows) lines.push([report.file, String(row.row), row.outcome, row.name ?? '', '', row.reason ?? '']);
  for (const problem of report.problems) lines.push([problem.file, String(problem.row), 'note', '', problem.field ?? '', problem.message]);
  return '\uFEFF' + lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
