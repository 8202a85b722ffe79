import { describe, expect, it } from 'vitest';
import { extractPhones } from '../../../../../src/core/match/signature/extract-phones.js';
import { kindAfter, kindBefore } from '../../../../../src/core/match/signature/phone-labels.js';

const phones = (lines: string[], country?: Parameters<typeof extractPhones>[1]): string[] =>
  extractPhones(lines, country).map((p) => `${p.kind} ${p.e164 ?? `raw ${p.raw}`}`);

describe('phone labels', () => {
  it.each([
    ['Tel.: ', 'phone'], ['T: ', 'phone'], ['Phone ', 'phone'], ['puh. ', 'phone'], ['Direct | ', 'office'], ['Ligne directe : ', 'office'],
    ['M: ', 'mobile'], ['Mob. ', 'mobile'], ['Handy: ', 'mobile'], ['Portable : ', 'mobile'], ['Móvil: ', 'mobile'],
    ['手机：', 'mobile'], ['GSM: ', 'mobile'], ['📱 ', 'mobile'], ['Fax: ', 'fax'], ['F ', 'fax'], ['传真：', 'fax'],
    ['Home: ', 'other'], ['Assistant: Mary, ', undefined], ['', undefined],
  ])('reads %j as %s', (before, kind) => {
    expect(kindBefore(before)).toBe(kind);
  });

  it.each([[' (m)', 'mobile'], [' (fax)', 'fax'], [' office | ', 'office'], [' mobile', 'mobile'], [' ext. 12', undefined], [' | F', undefined]])('reads %j after a number as %s', (after, kind) => {
    expect(kindAfter(after)).toBe(kind);
  });
});

describe('extractPhones', () => {
  it('normalizes national numbers to E.164 with the country', () => {
    expect(phones(['Tél. : 01 42 68 53 00', 'Portable : 06 12 34 56 78'], 'FR')).toEqual(['office +33142685300', 'mobile +33612345678']);
  });

  it('reads several numbers on one line with their own labels', () => {
    expect(phones(['T +49 (0) 89 2180 4410 | F +49 (0) 89 2180 4419'], 'DE')).toEqual(['office +498921804410', 'fax +498921804419']);
  });

  it('reads labels written after the numbers', () => {
    expect(phones(['646.862.4471 office | 917.222.1048 mobile'], 'US')).toEqual(['office +16468624471', 'mobile +19172221048']);
    expect(phones(['(415) 805-2291 (m)'], 'US')).toEqual(['mobile +14158052291']);
  });

  it('takes an unlabelled number as mobile only when its type says so', () => {
    expect(phones(['+49 171 4432198', '+49 711 7824-310'])).toEqual(['mobile +491714432198', 'office +497117824310']);
  });

  it('lets the number type decide behind a label that only says "telephone"', () => {
    expect(phones(['puh. +358 40 123 4567', 'Tel. +358 9 6128 1000', 'Office: +358 40 765 4321'])).toEqual([
      'mobile +358401234567',
      'office +358961281000',
      'office +358407654321',
    ]);
  });

  it('reads national numbers with the country of an international one when no country is given', () => {
    expect(phones(['T +44 20 7946 0321', 'M 07912 482613'])).toEqual(['office +442079460321', 'mobile +447912482613']);
  });

  it('reads a line with the next country when the first finds no valid number', () => {
    expect(phones(['Tel: 01 42 68 53 00', 'NY office: (212) 947-0143'], ['FR', 'US'])).toEqual(['office +33142685300', 'office +12129470143']);
  });

  it('keeps a labelled number as written when no country can be known', () => {
    expect(phones(['Tel: 0161 496 0753'])).toEqual(['office raw 0161 496 0753']);
  });

  it('lists a number once', () => {
    expect(phones(['Tel +41 44 211 45 67', 'Phone: 044 211 45 67'], 'CH')).toEqual(['office +41442114567']);
  });

  it('ignores dates, postal codes and lines too long for a signature', () => {
    expect(phones(['12.03.2025', '70565 Stuttgart', `${'word '.repeat(80)} +49 171 4432198`], 'DE')).toEqual([]);
  });

  it('drops the trunk "(0)" after the country code', () => {
    expect(phones(['T +44 (0)20 7946 0958', 'Mobile : +33 (0)6 12 34 56 78', 'Tel +49(0)30 2345678'])).toEqual(['office +442079460958', 'mobile +33612345678', 'office +49302345678']);
  });

  it('reads both numbers of one line, each with its own label', () => {
    expect(phones(['T +44 20 7946 0123 | M +44 7700 900456'])).toEqual(['office +442079460123', 'mobile +447700900456']);
  });

  it.each([
    ['+1 503-555-0142 x 204', 'US', '204'],
    ['(312) 555-0148 ext. 12', 'US', '12'],
    ['Telefon: +49 30 2345678 Durchwahl -12', 'DE', '12'],
    ['Tel. +39 02 8945 6120 int. 215', 'IT', '215'],
    ['tel. +48 22 123 45 67 wew. 105', 'PL', '105'],
    ['Tél. : 514 288-7410, poste 223', 'CA', '223'],
    ['+1 503 555 0142 (ext. 204)', 'US', '204'],
    ['Tel. 030 2345678 – Durchwahl 12', 'DE', '12'],
    ['电话：010-8261 6688 转 8012', 'CN', '8012'],
  ])('keeps the extension of %s apart from the number', (line, country, extension) => {
    const [phone] = extractPhones([line], country as 'US');
    expect(phone?.extension).toBe(extension);
    expect(phone?.e164?.endsWith(extension)).toBe(false);
    expect(phone?.display).toMatch(new RegExp(` ext\\. ${extension}$`, 'u'));
  });

  it('writes a North American number the way Outlook shows it', () => {
    expect(extractPhones(['O: +1 503-555-0142 x 204'], undefined)[0]?.display).toBe('+1 503-555-0142 ext. 204');
  });

  it('says which country read a national number, and none for an international one', () => {
    const found = extractPhones(['Tel. 089 2101 4455', 'Mobil +49 171 2345678'], [{ code: 'DE', source: 'address' }, { code: 'US', source: 'mailbox' }]);
    expect(found.map((p) => p.countrySource)).toEqual(['address', undefined]);
  });

  it('keeps a labelled national number in a fictional range, never a short labelled figure', () => {
    expect(phones(['Office 020 7946 0958 | Mobile 07700 900456', 'Tel 2023'], 'GB')).toEqual(['office +442079460958', 'mobile +447700900456']);
  });

  it('reads Mexican mobiles still written with the old "+52 1" prefix', () => {
    expect(phones(['Cel. +52 1 55 3421 8876'], 'MX')).toEqual(['mobile +525534218876']);
  });
});
