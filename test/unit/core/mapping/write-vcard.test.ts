import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeVCardValue, foldLine, MAX_LINE_OCTETS, vcardText } from '../../../../src/core/mapping/write-vcard.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('escapeVCardValue', () => {
  it.each([
    ['a\\b', '4.0', false, 'a\\\\b'],
    ['a,b', '4.0', false, 'a\\,b'],
    ['line 1\nline 2\r\nline 3', '4.0', false, 'line 1\\nline 2\\nline 3'],
    ['a;b', '4.0', false, 'a;b'],
    ['a;b', '4.0', true, 'a\\;b'],
    ['a;b', '3.0', false, 'a\\;b'],
    ['a,b;c\\d', '3.0', true, 'a\\,b\\;c\\\\d'],
  ] as const)('escapes %j in vCard %s (compound %s) as %j', (text, version, compound, escaped) => {
    expect(escapeVCardValue(text, version, compound)).toBe(escaped);
  });
});

describe('contentLine', () => {
  it('writes components separated by semicolons and list items by commas', () => {
    expect(contentLine({ name: 'N', value: [['Doe'], ['John'], [''], ['Dr.'], ['Jr., III']] }, '4.0')).toBe('N:Doe;John;;Dr.;Jr.\\, III');
    expect(contentLine({ name: 'CATEGORIES', value: [['Clients', 'A,B']] }, '4.0')).toBe('CATEGORIES:Clients,A\\,B');
  });

  it('writes parameters and quotes a value holding a separator', () => {
    expect(contentLine({ name: 'TEL', params: { TYPE: ['work', 'voice'] }, value: [['+1 206 555 0142']] }, '4.0')).toBe('TEL;TYPE=work,voice:+1 206 555 0142');
    expect(contentLine({ name: 'X-A', params: { LABEL: ['a;b'] }, value: [['x']] }, '4.0')).toBe('X-A;LABEL="a;b":x');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds a longer one', () => {
    expect(foldLine('N'.repeat(75))).toBe('N'.repeat(75));
    expect(foldLine('N'.repeat(76))).toBe(`${'N'.repeat(75)}\r\n N`);
  });

  it('folds by octets, never inside a character', () => {
    const line = `FN:${'李雷😀é'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const physical of folded) expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(folded.map((physical, index) => (index === 0 ? physical : physical.slice(1))).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });

  it('keeps every line within 75 octets and unfolds to the original, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }).filter((text) => !/[\r\n]/.test(text)), (text) => {
        const physical = foldLine(`NOTE:${text}`).split('\r\n');
        for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
        expect(physical.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`NOTE:${text}`);
      }),
    );
  });
});

describe('vcardText', () => {
  it('wraps the properties in BEGIN, VERSION and END, every line ending in CRLF', () => {
    expect(vcardText([{ name: 'FN', value: [['Ada']] }], '3.0')).toBe('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n');
  });
});
