// `contact-bridge export`'s options: the formats, a custom mapping, the folder and --out, and each mistake.
import { describe, expect, it } from 'vitest';
import { EXPORT_USAGE, parseExportArgs } from '../../../src/cli/parse-export-args.js';
import { DEFAULT_GRAPH_URL } from '../../../src/cli/parse-mirror-args.js';
import { UserError } from '../../../src/core/errors.js';

const TOKEN = ['--store', 's.json', '--token', 't'];

function errorOf(args: readonly string[]): UserError {
  try {
    parseExportArgs(args, {});
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`parseExportArgs accepted ${JSON.stringify(args)}`);
}

describe('parseExportArgs', () => {
  it.each([
    ['outlook-csv', 'outlook-csv'],
    ['google-csv', 'google-csv'],
    ['vcard', 'vcard-4.0'],
  ])('writes --format %s as %s, every folder on stdout', (choice, format) => {
    expect(parseExportArgs([...TOKEN, '--format', choice])).toEqual({
      connection: { graph: DEFAULT_GRAPH_URL, store: 's.json', auth: { kind: 'token', token: 't' } },
      format: { kind: 'built-in', format },
    });
  });

  it('reads a custom mapping, a folder and --out', () => {
    expect(parseExportArgs([...TOKEN, '--format', 'custom', '--mapping', 'crm.json', '--folder', 'Work', '--out', 'out.csv'])).toMatchObject({
      format: { kind: 'custom', mapping: 'crm.json' },
      folder: 'Work',
      out: 'out.csv',
    });
  });

  it.each([
    ['no format', TOKEN, 'Say which format to write with --format.'],
    ['an unknown format', [...TOKEN, '--format', 'xml'], "--format 'xml' is not one of outlook-csv, google-csv, vcard, custom."],
    ['custom without a mapping', [...TOKEN, '--format', 'custom'], '--format custom needs --mapping <file.json>.'],
    ['a mapping with a built-in format', [...TOKEN, '--format', 'vcard', '--mapping', 'm.json'], '--mapping goes with --format custom, not --format vcard.'],
    ['an empty --folder', [...TOKEN, '--format', 'vcard', '--folder', ''], '--folder needs the name of a contact folder.'],
    ['an empty --out', [...TOKEN, '--format', 'vcard', '--out', ' '], '--out needs a file name.'],
    ['a positional argument', [...TOKEN, '--format', 'vcard', 'contacts.vcf'], "Unexpected argument 'contacts.vcf'. This command does not take positional arguments"],
    ['an unknown option', [...TOKEN, '--format', 'vcard', '--to', 'x'], "Unknown option '--to'"],
    ['no store', ['--token', 't', '--format', 'vcard'], 'contact-bridge export needs --store.'],
    ['a Graph base that is not a URL', [...TOKEN, '--format', 'vcard', '--graph', 'ftp://x'], '--graph must be an http(s) URL, got "ftp://x".'],
    ['no token and no client id', ['--store', 's.json', '--format', 'vcard'], 'contact-bridge export needs --client-id (or the environment variable CLIENT_ID) to sign in, or --token.'],
    ['an authority that is not https', ['--store', 's.json', '--client-id', 'a', '--authority', 'http://x', '--format', 'vcard'], '--authority must be an https URL, got "http://x".'],
  ])('refuses %s with the usage text', (_, args, message) => {
    const error = errorOf(args);
    expect(error.message).toContain(message);
    expect(error.details).toBe(EXPORT_USAGE);
  });
});
