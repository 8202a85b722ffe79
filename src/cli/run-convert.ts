// `contact-bridge convert`: reads a CSV or vCard file through the import core (the preset it recognizes, the
// one --from names, or a --mapping document) and writes the contacts in another format through the export
// mappings. Answers the text for stdout, the problem lines for stderr and the exit code.
import { writeCsv } from '../adapters/files/papaparse-csv.js';
import { patchToGraph } from '../adapters/graph/contact-json.js';
import type { ContactFields } from '../core/contact/contact.js';
import { problemLine } from '../core/import/import-draft.js';
import { csvRowsOf } from '../core/mapping/apply-csv-layout.js';
import { vcardOf } from '../core/mapping/apply-vcard-mapping.js';
import { GOOGLE_CSV } from '../core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV } from '../core/mapping/presets/outlook-csv.js';
import { parseConvertArgs } from './parse-convert-args.js';
import type { ConvertTarget } from './parse-convert-args.js';
import { readContactsFile, readMappingFile } from './read-contacts-file.js';

export interface ConvertOutcome {
  readonly stdout: string;
  readonly stderr: readonly string[];
  readonly code: 0 | 1;
}

function write(to: ConvertTarget, contacts: readonly ContactFields[]): string {
  switch (to) {
    case 'outlook-csv':
      return writeCsv(csvRowsOf(OUTLOOK_CSV, contacts));
    case 'google-csv':
      return writeCsv(csvRowsOf(GOOGLE_CSV, contacts));
    case 'vcard-3.0':
      return contacts.map((fields) => vcardOf(fields, '3.0')).join('');
    case 'vcard-4.0':
      return contacts.map((fields) => vcardOf(fields, '4.0')).join('');
    case 'graph-json':
      return `${JSON.stringify(contacts.map((fields) => patchToGraph(fields)), null, 2)}\n`;
  }
}

/** Runs the command. Throws UserError for a bad command line, an unreadable file or mapping, or a bad file. */
export async function runConvert(argv: readonly string[]): Promise<ConvertOutcome> {
  const options = parseConvertArgs(argv);
  const mapping = options.mapping === undefined ? undefined : await readMappingFile(options.mapping);
  const { drafts, problems } = await readContactsFile(options.file, { ...(options.from ? { from: options.from } : {}), ...(mapping ? { mapping } : {}) });
  const kept = drafts.filter((draft) => draft.rejected === undefined);
  const rejected = drafts.filter((draft) => draft.rejected !== undefined);
  const stderr = [
    ...[...problems, ...drafts.flatMap((draft) => draft.problems)].map(problemLine),
    ...rejected.map((draft) => problemLine({ file: draft.file, row: draft.row, message: `rejected: ${draft.rejected ?? ''}` })),
  ];
  return { stdout: write(options.to, kept.map((draft) => draft.fields)), stderr, code: rejected.length > 0 ? 1 : 0 };
}
