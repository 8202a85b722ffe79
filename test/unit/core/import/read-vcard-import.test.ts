// The vCard fixtures (test/fixtures/vcard: Apple, Google, Outlook 2.1, Android 2.1, Thunderbird 4.0 styles),
// each read end to end through ical.js and the 2.1 reader and compared with the expected result beside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readVCardFile } from '../../../../src/adapters/vcard/ical-vcard-reader.js';
import { problemLine, problemsOf } from '../../../../src/core/import/import-draft.js';
import { readVCardImport } from '../../../../src/core/import/read-vcard-import.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/vcard');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));
const encode = (text: string) => new TextEncoder().encode(text);

describe('readVCardImport', () => {
  for (const name of ['apple-3.0.vcf', 'google-3.0.vcf', 'outlook-2.1.vcf', 'android-2.1.vcf', 'thunderbird-4.0.vcf']) {
    it(`reads ${name} as its expected contacts, photos and problems`, () => {
      const want = JSON.parse(readFileSync(path.join(DIR, name.replace('.vcf', '.expected.json')), 'utf8')) as Record<string, unknown>;
      const result = readVCardImport({ name, bytes: bytesOf(name) }, readVCardFile);
      expect(result.versions).toEqual(want.versions);
      expect(result.drafts.map((draft) => draft.fields)).toEqual(want.contacts);
      expect(result.drafts.map((draft) => (draft.photo ? { mediaType: draft.photo.mediaType, bytes: draft.photo.bytes.length } : null))).toEqual(want.photos);
      expect(problemsOf(result.drafts).map(problemLine)).toEqual(want.problems);
    });
  }

  it('keeps the inline photo as the bytes the card encodes', () => {
    const [draft] = readVCardImport({ name: 'a.vcf', bytes: bytesOf('thunderbird-4.0.vcf') }, readVCardFile).drafts;
    expect([...(draft?.photo?.bytes.slice(0, 8) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('reads a vCard 4.0 birthday in basic form and never shifts it', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nBDAY:19850315\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nBDAY:1985-12-31T23:00:00Z\r\nEND:VCARD\r\n';
    expect(readVCardImport({ name: 'b.vcf', bytes: encode(text) }, readVCardFile).drafts.map((draft) => draft.fields.birthday)).toEqual(['1985-03-15', '1985-12-31']);
  });

  it.each([
    ['empty.vcf', '', '“empty.vcf” is empty.'],
    ['note.vcf', 'just some text', '“note.vcf” holds no vCard (no BEGIN:VCARD … END:VCARD).'],
  ])('refuses %s with an error naming the file', (name, text, message) => {
    expect(() => readVCardImport({ name, bytes: encode(text) }, readVCardFile)).toThrow(expect.objectContaining({ name: 'UserError', message }));
  });

  it('refuses a binary file', () => {
    expect(() => readVCardImport({ name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0, 0, 0x10]) }, readVCardFile)).toThrow('“photo.jpg” is not a vCard file: it holds binary data.');
  });

  it('rejects a card with nothing to import', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:x\r\nEND:VCARD\r\n';
    expect(readVCardImport({ name: 'c.vcf', bytes: encode(text) }, readVCardFile).drafts[0]?.rejected).toBe('the card has nothing to import');
  });
});
