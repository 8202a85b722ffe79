import { describe, expect, it } from 'vitest';
import type { Uid } from '../../../../src/core/carddav/card-link.js';
import { projectFields, readCard, revText, revisionTime, writeCard } from '../../../../src/core/carddav/card-text.js';
import { VCARD_30_MAPPING, VCARD_40_MAPPING } from '../../../../src/core/mapping/presets/vcard-mapping.js';

const V30 = { document: VCARD_30_MAPPING, version: '3.0' as const };
const V40 = { document: VCARD_40_MAPPING, version: '4.0' as const };

const foreign = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'UID:card-1',
  'FN:Ada Lovelace',
  'N:Lovelace;Ada;;;',
  'EMAIL;TYPE=internet,pref:ada@example.com',
  'X-ANNIVERSARY:2001-02-03',
  'X-CUSTOM;X-PARAM=kept:some value',
  'GEO:geo:51.5,-0.1',
  'REV:20250101T101010Z',
  'END:VCARD',
  '',
].join('\r\n');

describe('card text', () => {
  it('reads the UID, the mapped fields and REV of a card', () => {
    const card = readCard(foreign, V30);
    expect(card?.uid).toBe('card-1');
    expect(card?.fields).toMatchObject({ givenName: 'Ada', surname: 'Lovelace', emailAddresses: [{ address: 'ada@example.com' }] });
    expect(card?.revisedAt).toBe(Date.UTC(2025, 0, 1, 10, 10, 10));
  });

  it('keeps the properties the mapping does not know exactly as they were when it rewrites a card', () => {
    const card = readCard(foreign, V30);
    const text = writeCard({ ...card?.fields, jobTitle: 'Analyst' }, 'card-1' as Uid, V30, Date.UTC(2026, 5, 7, 8, 9, 10), card?.properties);
    expect(text).toContain('X-ANNIVERSARY:2001-02-03\r\n');
    expect(text).toContain('X-CUSTOM;X-PARAM=kept:some value\r\n');
    expect(text).toContain('GEO:geo:51.5\\,-0.1\r\n');
    expect(text).toContain('REV:20260607T080910Z\r\n');
    expect(text.match(/^UID:/gm)).toHaveLength(1);
    expect(readCard(text, V30)?.fields).toMatchObject({ jobTitle: 'Analyst', givenName: 'Ada' });
  });

  it.each([0, Date.UTC(1999, 11, 31, 23, 59, 59), Date.UTC(2024, 1, 29, 12, 0, 0), Date.UTC(2100, 2, 1)])('writes REV %i as a basic UTC timestamp that reads back', (at) => {
    expect(revisionTime(revText(at))).toBe(at);
  });

  it('keeps multiple typed e-mails, phones, addresses, a birthday without a year, categories and notes through the mapping', () => {
    const fields = {
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      surname: 'Lovelace',
      emailAddresses: [{ address: 'ada@example.com' }, { address: 'ada@work.example' }],
      businessPhones: ['+44 20 1234 5678'],
      homePhones: ['+44 20 8765 4321'],
      mobilePhone: '+44 7700 900123',
      homeAddress: { street: '1 Home St', city: 'London', postalCode: 'N1', countryOrRegion: 'UK' },
      businessAddress: { street: '2 Work Rd', city: 'London' },
      categories: ['Friends', 'Math'],
      personalNotes: 'Line one\nline two',
    };
    for (const mapping of [V30, V40]) {
      expect(readCard(writeCard(fields, 'u' as Uid, mapping, 0), mapping)?.fields).toMatchObject(fields);
      expect(projectFields({ ...fields, birthday: '1815-12-10' }, mapping)).toMatchObject({ birthday: '1815-12-10' });
    }
  });

  it('keeps a birthday without a year on the card, which the mapping cannot carry to Outlook', () => {
    const text = foreign.replace('REV:', 'BDAY:--1210\r\nREV:');
    const card = readCard(text, V30);
    expect(card?.fields.birthday).toBeUndefined();
    expect(writeCard({ ...card?.fields, jobTitle: 'Analyst' }, 'card-1' as Uid, V30, 0, card?.properties)).toContain('BDAY:--1210\r\n');
    expect(writeCard({ ...card?.fields, birthday: '1815-12-10' }, 'card-1' as Uid, V30, 0, card?.properties)).not.toContain('--1210');
  });
});
