// `contact-bridge export`: syncs the store like `mirror`, then writes its live contacts (every folder, or the
// one --folder names) through the engine's exportContacts: Outlook or Google CSV (formula-like cells
// neutralized), vCard 4.0, or a mapping document's own columns or properties. The file goes to stdout, or to
// --out with a JSON summary on stdout.
import { writeFile } from 'node:fs/promises';
import { writeCsv } from '../adapters/files/papaparse-csv.js';
import { systemClock } from '../adapters/browser/system-clock.js';
import { UserError } from '../core/errors.js';
import type { ExportTarget } from '../core/mapping/export-format.js';
import { exportContacts } from '../engine/export-contacts.js';
import type { TokenProviderDependencies } from './choose-token-provider.js';
import { findFolder } from './find-folder.js';
import { parseExportArgs } from './parse-export-args.js';
import type { ExportCommandOptions } from './parse-export-args.js';
import { readMappingFile } from './read-contacts-file.js';
import { withSyncedMirror } from './synced-mirror.js';

export interface ExportOutcome {
  /** The file's text, or with --out the JSON summary: file written, format, folder, contacts. */
  readonly stdout: string;
  readonly code: 0;
}

export interface RunExportDependencies extends TokenProviderDependencies {
  readonly env?: Readonly<Record<string, string | undefined>>;
}

async function targetOf(options: ExportCommandOptions): Promise<ExportTarget> {
  return options.format.kind === 'custom' ? readMappingFile(options.format.mapping) : options.format.format;
}

async function writeOut(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new UserError(`“${file}” cannot be written: ${error instanceof Error ? error.message : String(error)}`, undefined, 'Pass --out a file in a folder you can write to.');
  }
}

/** Runs the command. Throws UserError for a bad command line, an unreadable mapping, an unknown folder or an --out that cannot be written. */
export async function runExport(argv: readonly string[], dependencies: RunExportDependencies = {}): Promise<ExportOutcome> {
  const options = parseExportArgs(argv, dependencies.env);
  const format = await targetOf(options);
  return withSyncedMirror(options.connection, dependencies, async (mirror) => {
    await mirror.sync();
    const folder = options.folder === undefined ? undefined : findFolder(await mirror.file.store.listFolders(), options.folder);
    const date = new Date(systemClock.now()).toISOString().slice(0, 10);
    const file = await exportContacts({ store: mirror.file.store, writeCsv }, { format, date, ...(folder === undefined ? {} : { folderId: folder.id }) });
    if (options.out === undefined) return { stdout: file.text, code: 0 };
    await writeOut(options.out, file.text);
    const summary = { out: options.out, format: typeof format === 'string' ? format : `custom: ${format.name}`, folder: folder?.displayName ?? null, contacts: file.count };
    return { stdout: `${JSON.stringify(summary)}\n`, code: 0 };
  });
}
