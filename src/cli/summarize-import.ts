// The JSON report `contact-bridge import` prints: the counts of the engine's import report, each row not
// imported with its file, row, field and reason, and what was left out of the rows that were imported.
import type { ContactFieldName } from '../core/contact/contact.js';
import type { ImportDraft, ImportProblem } from '../core/import/import-draft.js';
import type { ImportReport } from '../core/import/import-report.js';
import type { OnMatch } from '../core/import/plan-import.js';

export interface RejectedRow {
  readonly file: string;
  readonly row: number;
  /** The field at fault, when the row's problems name one. */
  readonly field?: ContactFieldName;
  readonly reason: string;
}

/** What was imported where, and how. */
export interface ImportSetting {
  /** The file as the command line named it. */
  readonly file: string;
  readonly folder: string;
  readonly onMatch: OnMatch;
  readonly dryRun: boolean;
}

export interface ImportSummary extends ImportSetting {
  readonly created: number;
  readonly updated: number;
  readonly skipped: number;
  readonly rejected: number;
  readonly rejectedRows: readonly RejectedRow[];
  /** What was left out of imported rows, and problems of the file as a whole. */
  readonly notes: readonly ImportProblem[];
  /** Changes still waiting to be sent to the mailbox after the run (0 when everything was applied). */
  readonly pendingOutbox: number;
}

export interface ImportRun extends ImportSetting {
  readonly drafts: readonly ImportDraft[];
  /** Problems of the file as a whole. */
  readonly fileProblems: readonly ImportProblem[];
  readonly report: ImportReport;
  readonly pendingOutbox: number;
}

/** A rejected row's reason with the problems that left it empty: `the row has nothing to import: 'x' is not an e-mail address: left out`. */
function rejectedRowOf(file: string, row: number, reason: string, problems: readonly ImportProblem[]): RejectedRow {
  const field = problems.find((problem) => problem.field !== undefined)?.field;
  const why = [reason, ...problems.map((problem) => problem.message)].join(': ');
  return { file, row, ...(field === undefined ? {} : { field }), reason: why };
}

export function summarizeImport(run: ImportRun): ImportSummary {
  const byRow = new Map(run.drafts.map((draft) => [draft.row, draft]));
  const rejectedRows = run.report.failed.map((result) => {
    const draft = byRow.get(result.row);
    return rejectedRowOf(draft?.file ?? run.report.file, result.row, result.reason ?? result.outcome, result.outcome === 'rejected' ? (draft?.problems ?? []) : []);
  });
  return {
    file: run.file,
    folder: run.folder,
    onMatch: run.onMatch,
    dryRun: run.dryRun,
    created: run.report.created,
    updated: run.report.updated,
    skipped: run.report.skipped,
    rejected: rejectedRows.length,
    rejectedRows,
    notes: [...run.fileProblems, ...run.drafts.filter((draft) => draft.rejected === undefined).flatMap((draft) => draft.problems)],
    pendingOutbox: run.pendingOutbox,
  };
}
