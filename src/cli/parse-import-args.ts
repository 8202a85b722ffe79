// Reads `contact-bridge import`'s options: the file to import, the mailbox connection (as `mirror` takes it),
// the folder new contacts go to, a mapping document for the file's columns, what to do with contacts already
// there (--on-match) and --dry-run.
import { UserError } from '../core/errors.js';
import type { OnMatch } from '../core/import/plan-import.js';
import { parseCommandLine } from './parse-command-line.js';
import { CONNECTION_OPTIONS, CONNECTION_USAGE_LINES, connectionOptionsOf } from './parse-mirror-args.js';
import type { MirrorOptions } from './parse-mirror-args.js';

export const ON_MATCH_CHOICES: readonly OnMatch[] = ['skip', 'update', 'create'];

export const IMPORT_USAGE = [
  `Usage: contact-bridge import <file> --store <file> [--graph <base URL>] [--token <bearer> | --client-id <id>] [--folder <name>] [--mapping <file.json>] [--on-match <${ON_MATCH_CHOICES.join('|')}>] [--dry-run]`,
  '  Syncs the store, imports a CSV (Outlook or Google, recognized from its header row) or vCard file into the mailbox,',
  '  and prints a JSON report: created, updated, skipped, rejected, each rejected row with file, row, field and reason.',
  '  --folder      the contact folder new contacts go to (default: your default Contacts folder)',
  "  --mapping     a mapping document (JSON) for the file's columns or properties",
  '  --on-match    contacts already there: skip them (default), update them with the fields the file has, or create new ones',
  '  --dry-run     plan the import against the mirror and report it; nothing is imported',
  ...CONNECTION_USAGE_LINES,
  '  Exit code: 0 everything imported, 1 some rows rejected (the others imported), 2 bad command line or unreadable file.',
].join('\n');

export interface ImportCommandOptions {
  readonly file: string;
  readonly connection: MirrorOptions;
  readonly folder?: string;
  readonly mapping?: string;
  readonly onMatch: OnMatch;
  readonly dryRun: boolean;
}

const IMPORT_OPTIONS = { ...CONNECTION_OPTIONS, folder: { type: 'string' }, mapping: { type: 'string' }, 'on-match': { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;

function onMatchOf(value: string | undefined): OnMatch {
  if (value === undefined) return 'skip';
  const choice = ON_MATCH_CHOICES.find((each) => each === value);
  if (choice === undefined) throw new UserError(`--on-match '${value.slice(0, 40)}' is not one of ${ON_MATCH_CHOICES.join(', ')}.`, IMPORT_USAGE);
  return choice;
}

export function parseImportArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ImportCommandOptions {
  const { positionals, values } = parseCommandLine(argv, IMPORT_OPTIONS, IMPORT_USAGE, true);
  if (positionals.length !== 1) throw new UserError(positionals.length === 0 ? 'Name the file to import.' : `Import one file at a time (got ${positionals.length}).`, IMPORT_USAGE);
  const onMatch = onMatchOf(values['on-match']);
  if (values.folder !== undefined && values.folder.trim() === '') throw new UserError('--folder needs the name of a contact folder.', IMPORT_USAGE);
  const connection = connectionOptionsOf(values, env, 'import', IMPORT_USAGE);
  return {
    file: positionals[0] ?? '',
    connection,
    ...(values.folder === undefined ? {} : { folder: values.folder }),
    ...(values.mapping === undefined ? {} : { mapping: values.mapping }),
    onMatch,
    dryRun: values['dry-run'] === true,
  };
}
