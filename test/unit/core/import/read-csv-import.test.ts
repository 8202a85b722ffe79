// The CSV fixtures (test/fixtures/csv), each read end to end and compared with the expected result beside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../../../src/adapters/files/papaparse-csv.js';
import { UserError } from '../../../../src/core/errors.js';
import { problemLine, problemsOf } from '../../../../src/core/import/import-draft.js';
import { readCsvImport } from '../../../../src/core/import/read-csv-import.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/csv');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));
const expected = (name: string) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Record<string, unknown>;

describe('readCsvImport', () => {
  for (const name of ['outlook-classic-1252.csv', 'outlook-new.csv', 'google.csv', 'semicolon.csv', 'utf16-tab.csv']) {
    it(`reads ${name} as its expected contacts and problems`, () => {
      const result = readCsvImport({ name, bytes: bytesOf(name) }, parseCsvRows);
      const want = expected(name.replace(/\.csv$/, '.expected.json'));
      expect({ encoding: result.encoding, delimiter: result.delimiter, mappingName: result.mappingName, recognized: result.recognized }).toEqual({
        encoding: want.encoding,
        delimiter: want.delimiter,
        mappingName: want.mappingName,
        recognized: want.recognized,
      });
      expect(result.drafts.map((draft) => draft.fields)).toEqual(want.contacts);
      expect([...result.problems, ...problemsOf(result.drafts)].map(problemLine)).toEqual(want.problems);
    });
  }

  const bad = expected('bad-files.expected.json') as Record<string, string>;
  for (const [name, message] of Object.entries(bad)) {
    it(`refuses ${name} with an error naming the file`, () => {
      let error: unknown;
      try {
        readCsvImport({ name, bytes: bytesOf(name) }, parseCsvRows);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(message);
      expect((error as UserError).fix).toEqual(expect.any(String));
    });
  }

  it('refuses a file over 100 MB before decoding it', () => {
    const bytes = new Uint8Array(100 * 1024 * 1024 + 1);
    expect(() => readCsvImport({ name: 'huge.csv', bytes }, parseCsvRows)).toThrow('“huge.csv” is 101 MB; import reads files up to 100 MB.');
  });

  it('keeps the rows of a file where a row has nothing to import, and rejects that row', () => {
    const bytes = new TextEncoder().encode('First Name,Last Name,Spare\r\nA,B,\r\n,,unused\r\n');
    const result = readCsvImport({ name: 'gaps.csv', bytes }, parseCsvRows);
    expect(result.drafts.map((draft) => [draft.row, draft.rejected])).toEqual([[2, undefined], [3, 'the row has nothing to import']]);
  });

  it('keeps formula-like cells as plain text', () => {
    const bytes = new TextEncoder().encode('First Name,Last Name,Notes\r\n=cmd|calc,@SUM(A1),+1-2\r\n');
    expect(readCsvImport({ name: 'f.csv', bytes }, parseCsvRows).drafts[0]?.fields).toEqual({ givenName: '=cmd|calc', surname: '@SUM(A1)', personalNotes: '+1-2' });
  });
});
