// `contact-bridge import`'s options: defaults, every choice, and each mistake answered with what to pass.
import { describe, expect, it } from 'vitest';
import { IMPORT_USAGE, parseImportArgs } from '../../../src/cli/parse-import-args.js';
import { DEFAULT_AUTHORITY, DEFAULT_GRAPH_URL } from '../../../src/cli/parse-mirror-args.js';
import { UserError } from '../../../src/core/errors.js';

const TOKEN = ['--store', 's.json', '--token', 't'];

function errorOf(args: readonly string[], env: Readonly<Record<string, string>> = {}): UserError {
  try {
    parseImportArgs(args, env);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`parseImportArgs accepted ${JSON.stringify(args)}`);
}

describe('parseImportArgs', () => {
  it('skips matched contacts into the default folder unless told otherwise', () => {
    expect(parseImportArgs(['contacts.csv', ...TOKEN])).toEqual({
      file: 'contacts.csv',
      connection: { graph: DEFAULT_GRAPH_URL, store: 's.json', auth: { kind: 'token', token: 't' } },
      onMatch: 'skip',
      dryRun: false,
    });
  });

  it('reads the folder, mapping, choice for matches, dry run and Graph URL, options before or after the file', () => {
    expect(parseImportArgs(['--folder', 'Family', ...TOKEN, 'cards.vcf', '--mapping', 'm.json', '--on-match', 'update', '--dry-run', '--graph', 'http://127.0.0.1:4000/v1.0/'])).toEqual({
      file: 'cards.vcf',
      connection: { graph: 'http://127.0.0.1:4000/v1.0', store: 's.json', auth: { kind: 'token', token: 't' } },
      folder: 'Family',
      mapping: 'm.json',
      onMatch: 'update',
      dryRun: true,
    });
    expect(parseImportArgs(['c.csv', ...TOKEN, '--on-match', 'create']).onMatch).toBe('create');
  });

  it('signs in with the device code flow when no token is given', () => {
    expect(parseImportArgs(['c.csv', '--store', 's.json'], { CLIENT_ID: 'app-1' }).connection.auth).toEqual({ kind: 'device-code', clientId: 'app-1', authority: DEFAULT_AUTHORITY });
  });

  it.each([
    ['no file', TOKEN, 'Name the file to import.'],
    ['two files', ['a.csv', 'b.csv', ...TOKEN], 'Import one file at a time (got 2).'],
    ['an unknown --on-match', ['c.csv', ...TOKEN, '--on-match', 'merge'], "--on-match 'merge' is not one of skip, update, create."],
    ['an empty --folder', ['c.csv', ...TOKEN, '--folder', ' '], '--folder needs the name of a contact folder.'],
    ['an unknown option', ['c.csv', ...TOKEN, '--password', 'p'], "Unknown option '--password'"],
    ['an option without its value', ['c.csv', ...TOKEN, '--folder'], "Option '--folder <value>' argument missing"],
    ['no store', ['c.csv', '--token', 't'], 'contact-bridge import needs --store.'],
    ['a Graph base that is not a URL', ['c.csv', ...TOKEN, '--graph', 'graph.local'], '--graph must be an http(s) URL, got "graph.local".'],
    ['no token and no client id', ['c.csv', '--store', 's.json'], 'contact-bridge import needs --client-id (or the environment variable CLIENT_ID) to sign in, or --token.'],
    ['an authority that is not https', ['c.csv', '--store', 's.json', '--client-id', 'a', '--authority', 'http://x'], '--authority must be an https URL, got "http://x".'],
  ])('refuses %s with the usage text', (_, args, message) => {
    const error = errorOf(args);
    expect(error.message).toContain(message);
    expect(error.details).toBe(IMPORT_USAGE);
  });

  it('never repeats the token in its messages', () => {
    expect(errorOf(['c.csv', '--store', 's.json', '--token', 'secret-token', '--on-match', 'x']).message).not.toContain('secret-token');
  });

  it('explains the exit codes, --on-match and --dry-run in the usage text', () => {
    expect(IMPORT_USAGE).toContain('--on-match <skip|update|create>');
    expect(IMPORT_USAGE).toContain('--dry-run');
    expect(IMPORT_USAGE).toContain('Exit code: 0');
  });
});
