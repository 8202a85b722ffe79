// Reads `contact-bridge convert`'s options: the input file, the format to write (--to), the input's format
// when it should not be recognized (--from) and a mapping document for the input (--mapping).
import { UserError } from '../core/errors.js';
import { parseCommandLine } from './parse-command-line.js';

export const CONVERT_TARGETS = ['outlook-csv', 'google-csv', 'vcard-3.0', 'vcard-4.0', 'graph-json'] as const;
export const CONVERT_SOURCES = ['outlook-csv', 'google-csv', 'vcard'] as const;

export type ConvertTarget = (typeof CONVERT_TARGETS)[number];
export type ConvertSource = (typeof CONVERT_SOURCES)[number];

export const CONVERT_USAGE = [
  `Usage: contact-bridge convert <file> --to <${CONVERT_TARGETS.join('|')}> [--from <${CONVERT_SOURCES.join('|')}>] [--mapping <file.json>]`,
  '  Writes the converted contacts on stdout; problems go to stderr with file, row and field.',
  '  --from      the input format (default: recognized from the file: .vcf cards, or the CSV header row)',
  '  --mapping   a mapping document (JSON) for the input\'s columns or properties',
  '  Exit code: 0 nothing rejected, 1 some rows rejected, 2 bad command line or unreadable file.',
].join('\n');

export interface ConvertOptions {
  readonly file: string;
  readonly to: ConvertTarget;
  readonly from?: ConvertSource;
  readonly mapping?: string;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${option} '${value}' is not one of ${allowed.join(', ')}.`, CONVERT_USAGE);
}

export function parseConvertArgs(argv: readonly string[]): ConvertOptions {
  const { positionals, values } = parseCommandLine(argv, { to: { type: 'string' }, from: { type: 'string' }, mapping: { type: 'string' } }, CONVERT_USAGE, true);
  if (positionals.length !== 1) throw new UserError(positionals.length === 0 ? 'Name the file to convert.' : `Convert one file at a time (got ${positionals.length}).`, CONVERT_USAGE);
  const to = oneOf(values.to, CONVERT_TARGETS, 'to');
  if (to === undefined) throw new UserError('Say which format to write with --to.', CONVERT_USAGE);
  const from = oneOf(values.from, CONVERT_SOURCES, 'from');
  return { file: positionals[0] ?? '', to, ...(from ? { from } : {}), ...(values.mapping ? { mapping: values.mapping } : {}) };
}
