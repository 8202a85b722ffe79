import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../../../src/adapters/files/papaparse-csv.js';
import { UserError } from '../../../../src/core/errors.js';
import { readCsvHeaderRow } from '../../../../src/core/import/read-csv-import.js';

const file = (text: string) => ({ name: 'crm.csv', bytes: new TextEncoder().encode(text) });

describe('readCsvHeaderRow', () => {
  it.each([
    ['a comma file', 'Name , E-mail,Tier\r\nAda,ada@example.com,Gold\r\n', ['Name', 'E-mail', 'Tier']],
    ['a semicolon file with only its header row', 'Vorname;Nachname\n', ['Vorname', 'Nachname']],
    ['a quoted header with a comma', '"Last, First",Mail\n', ['Last, First', 'Mail']],
  ])('reads the header row of %s', (_, text, headers) => {
    expect(readCsvHeaderRow(file(text), parseCsvRows)).toEqual(headers);
  });

  it('names the file when it is empty', () => {
    expect(() => readCsvHeaderRow(file(''), parseCsvRows)).toThrow(new UserError('“crm.csv” is empty.', undefined, 'Choose the file your contacts were exported to.'));
  });
});
