// Reads `contact-bridge export`'s options: the mailbox connection (as `mirror` takes it), the format to write
// (a built-in one, or `custom` with a mapping document), the folder to export and where the file goes.
import { UserError } from '../core/errors.js';
import type { ExportFormat } from '../core/mapping/export-format.js';
import { parseCommandLine } from './parse-command-line.js';
import { CONNECTION_OPTIONS, CONNECTION_USAGE_LINES, connectionOptionsOf } from './parse-mirror-args.js';
import type { MirrorOptions } from './parse-mirror-args.js';

export const EXPORT_CHOICES = ['outlook-csv', 'google-csv', 'vcard', 'custom'] as const;

export type ExportChoice = (typeof EXPORT_CHOICES)[number];

export const EXPORT_USAGE = [
  `Usage: contact-bridge export --store <file> --format <${EXPORT_CHOICES.join('|')}> [--mapping <file.json>] [--folder <name>] [--graph <base URL>] [--token <bearer> | --client-id <id>] [--out <file>]`,
  '  Syncs the store and writes its contacts (every folder, or one) on stdout, or to --out with a JSON summary on stdout.',
  '  --format      outlook-csv, google-csv, vcard (vCard 4.0), or custom: the columns or properties of --mapping',
  '  --mapping     with --format custom: a mapping document (JSON) naming the CSV columns or vCard properties to write',
  "  --folder      one contact folder's contacts (default: every folder)",
  '  --out         the file to write (default: stdout)',
  ...CONNECTION_USAGE_LINES,
  '  Exit code: 0 written, 2 bad command line or unreadable mapping.',
].join('\n');

/** A built-in format, or the mapping document file to read. */
export type ExportCommandFormat = { readonly kind: 'built-in'; readonly format: ExportFormat } | { readonly kind: 'custom'; readonly mapping: string };

export interface ExportCommandOptions {
  readonly connection: MirrorOptions;
  readonly format: ExportCommandFormat;
  readonly folder?: string;
  readonly out?: string;
}

const EXPORT_OPTIONS = { ...CONNECTION_OPTIONS, format: { type: 'string' }, mapping: { type: 'string' }, folder: { type: 'string' }, out: { type: 'string' } } as const;

function formatOf(format: string | undefined, mapping: string | undefined): ExportCommandFormat {
  if (format === undefined) throw new UserError('Say which format to write with --format.', EXPORT_USAGE);
  const choice = EXPORT_CHOICES.find((each) => each === format);
  if (choice === undefined) throw new UserError(`--format '${format.slice(0, 40)}' is not one of ${EXPORT_CHOICES.join(', ')}.`, EXPORT_USAGE);
  if (choice === 'custom') {
    if (mapping === undefined) throw new UserError('--format custom needs --mapping <file.json>.', EXPORT_USAGE, 'Name the mapping document whose columns or properties the file should have.');
    return { kind: 'custom', mapping };
  }
  if (mapping !== undefined) throw new UserError(`--mapping goes with --format custom, not --format ${choice}.`, EXPORT_USAGE);
  return { kind: 'built-in', format: choice === 'vcard' ? 'vcard-4.0' : choice };
}

export function parseExportArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ExportCommandOptions {
  const { values } = parseCommandLine(argv, EXPORT_OPTIONS, EXPORT_USAGE);
  const format = formatOf(values.format, values.mapping);
  if (values.folder !== undefined && values.folder.trim() === '') throw new UserError('--folder needs the name of a contact folder.', EXPORT_USAGE);
  if (values.out !== undefined && values.out.trim() === '') throw new UserError('--out needs a file name.', EXPORT_USAGE);
  const connection = connectionOptionsOf(values, env, 'export', EXPORT_USAGE);
  return { connection, format, ...(values.folder === undefined ? {} : { folder: values.folder }), ...(values.out === undefined ? {} : { out: values.out }) };
}
