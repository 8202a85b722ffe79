// The JSON report of `contact-bridge import`: counts, each rejected row with the field that left it empty,
// and notes on the rows that were imported.
import { describe, expect, it } from 'vitest';
import { summarizeImport } from '../../../src/cli/summarize-import.js';
import type { ImportDraft } from '../../../src/core/import/import-draft.js';
import { importReportOf } from '../../../src/core/import/import-report.js';

const DRAFTS: readonly ImportDraft[] = [
  { file: 'c.csv', row: 2, fields: { givenName: 'Ada' }, present: ['givenName'], problems: [{ file: 'c.csv', row: 2, field: 'birthday', message: "Birthday: birthday '--04-01' has no year: left out" }] },
  { file: 'c.csv', row: 3, fields: {}, present: [], problems: [{ file: 'c.csv', row: 3, field: 'emailAddresses', message: "'nope' is not an e-mail address: left out" }], rejected: 'the row has nothing to import' },
  { file: 'c.csv', row: 4, fields: { givenName: 'Grace' }, present: ['givenName'], problems: [] },
];
const FILE_PROBLEMS = [{ file: 'c.csv', row: 1, message: "column 'Spare' not in the Outlook CSV mapping: ignored" }];

const run = (pendingOutbox = 0) =>
  summarizeImport({
    file: 'in/c.csv',
    folder: 'Contacts',
    onMatch: 'skip',
    dryRun: false,
    drafts: DRAFTS,
    fileProblems: FILE_PROBLEMS,
    report: importReportOf('c.csv', [{ row: 2, outcome: 'created' }, { row: 3, outcome: 'rejected', reason: 'the row has nothing to import' }, { row: 4, outcome: 'failed', reason: 'The transaction was aborted.' }], []),
    pendingOutbox,
  });

describe('summarizeImport', () => {
  it('counts the outcomes and names each row not imported with its file, row, field and reason', () => {
    expect(run()).toMatchObject({ file: 'in/c.csv', folder: 'Contacts', created: 1, updated: 0, skipped: 0, rejected: 2, pendingOutbox: 0 });
    expect(run().rejectedRows).toEqual([
      { file: 'c.csv', row: 3, field: 'emailAddresses', reason: "the row has nothing to import: 'nope' is not an e-mail address: left out" },
      { file: 'c.csv', row: 4, reason: 'The transaction was aborted.' },
    ]);
  });

  it("notes the file's problems and what was left out of rows that were imported, not of rejected ones", () => {
    expect(run().notes).toEqual([FILE_PROBLEMS[0], DRAFTS[0]?.problems[0]]);
  });
});
