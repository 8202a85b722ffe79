// `contact-bridge convert`, spawned as users run it (bin/contact-bridge.mjs through tsx's loader).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const TEMP = mkdtempSync(path.join(os.tmpdir(), 'contact-bridge-convert-'));

afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function convert(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/contact-bridge.mjs'), 'convert', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

const temp = (name: string, text: string): string => {
  const file = path.join(TEMP, name);
  writeFileSync(file, text);
  return file;
};

describe('contact-bridge convert', () => {
  it('converts a Google CSV file to vCard 4.0 on stdout, problems with file, row and field on stderr', async () => {
    const run = await convert(path.join(FIXTURES, 'csv/google.csv'), '--to', 'vcard-4.0');
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    expect(run.stdout).toContain('TEL;TYPE=cell:+91 98765 43210\r\n');
    expect(run.stderr).toContain("google.csv, row 3, birthday: Birthday: birthday '--04-01' has no year: left out");
  });

  it('converts vCard to Graph JSON', async () => {
    const run = await convert(path.join(FIXTURES, 'vcard/thunderbird-4.0.vcf'), '--to', 'graph-json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ givenName: 'Klaus', surname: 'Fischer', spouseName: 'Anna Fischer' })]);
  });

  it('exits 1 when rows are rejected, naming them', async () => {
    const file = temp('gaps.csv', 'First Name,Last Name,Spare\r\nA,B,\r\n,,unused\r\n');
    const run = await convert(file, '--to', 'outlook-csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('gaps.csv, row 3: rejected: the row has nothing to import');
    expect(run.stdout.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
  });

  it('reads the columns a mapping document names', async () => {
    const mapping = temp('crm.json', JSON.stringify({ version: 1, format: 'csv', name: 'CRM', rules: [{ column: 'Who', field: 'displayName', transform: { kind: 'full-name' } }, { column: 'Mail', field: 'emailAddresses[0].address' }] }));
    const run = await convert(temp('crm.csv', 'Who,Mail\r\nAda Lovelace,ada@x.example\r\n'), '--to', 'graph-json', '--mapping', mapping);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ displayName: 'Ada Lovelace', givenName: 'Ada', surname: 'Lovelace' })]);
  });

  it.each([
    [['--to', 'vcard-4.0'], 'Name the file to convert.'],
    [['x.csv', '--to', 'xml'], "--to 'xml' is not one of outlook-csv, google-csv, vcard-3.0, vcard-4.0, graph-json."],
    [['/nonexistent/contacts.csv', '--to', 'vcard-4.0'], '“/nonexistent/contacts.csv” cannot be read'],
  ])('exits 2 for %j', async (args, message) => {
    const run = await convert(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a mapping that is not valid, naming the rule at fault', async () => {
    const mapping = temp('bad.json', JSON.stringify({ version: 1, format: 'csv', name: 'x', rules: [{ column: 'A', field: 'foo' }] }));
    const run = await convert(path.join(FIXTURES, 'csv/semicolon.csv'), '--to', 'vcard-3.0', '--mapping', mapping);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rules[0].field: unknown field 'foo'");
  });
});
