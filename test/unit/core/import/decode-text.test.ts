import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/core/import/decode-text.js';
import { detectDelimiter } from '../../../../src/core/import/detect-delimiter.js';
import { recognizePreset } from '../../../../src/core/import/recognize-preset.js';

const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...[...text].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff])]);

describe('decodeText', () => {
  it.each([
    ['UTF-8 without a byte order mark', new TextEncoder().encode('Zoë,李雷'), 'utf-8', 'Zoë,李雷', false],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zoë')]), 'utf-8', 'Zoë', true],
    ['UTF-16 BE with a byte order mark', utf16be('Åberg'), 'utf-16be', 'Åberg', true],
    ['Windows-1252 when the bytes are not UTF-8', new Uint8Array([0x52, 0x65, 0x6e, 0xe9, 0x20, 0x80, 0x20, 0x84, 0x93]), 'windows-1252', 'René € „“', false],
  ])('reads %s', (_, bytes, encoding, text, bom) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding, bom });
  });

  it('calls text with NUL bytes binary', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary' });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['First Name,Last Name\r\nA;B,C', ','],
    ['"Name, full";Company;Phone\nx', ';'],
    ['First Name\tLast Name', '\t'],
    ['just one column', undefined],
  ])('reads the delimiter of %j from its header row', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('recognizePreset', () => {
  it('tells Outlook and Google headers apart, and gives up on strangers', () => {
    expect(recognizePreset(['First Name', 'Last Name', 'E-mail Address', 'Mobile Phone'])?.preset.id).toBe('outlook-csv');
    expect(recognizePreset(['First Name', 'Last Name', 'E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 1 - Value'])?.preset.id).toBe('google-csv');
    expect(recognizePreset(['Given Name', 'Family Name', 'Group Membership'])?.preset.name).toBe('Google CSV');
    expect(recognizePreset(['Foo', 'Bar', 'First Name'])).toBeUndefined();
  });
});
