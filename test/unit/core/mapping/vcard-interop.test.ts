// Our vCard text read by an independent parser (ical.js): what another client would see.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { vcardOf } from '../../../../src/core/mapping/apply-vcard-mapping.js';

const CONTACT: ContactFields = {
  givenName: 'María José',
  surname: 'García-López',
  displayName: `María José García-López, ${'李雷'.repeat(30)}`,
  companyName: 'Bodegas del Sur, SL',
  department: 'Ventas',
  businessAddress: { street: 'Calle Mayor 1, 2º', city: 'Sevilla', countryOrRegion: 'España' },
  categories: ['Suppliers', 'Wine, red'],
  personalNotes: 'Line one\nLine two, with a comma \\ and a backslash',
  birthday: '1975-07-04',
};

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

for (const version of ['4.0', '3.0'] as const) {
  describe(`vCard ${version} read by ical.js`, () => {
    const [, properties] = ICAL.parse(vcardOf(CONTACT, version)) as [string, JCardProperty[]];
    const valueOf = (name: string) => properties.find((property) => property[0] === name)?.slice(3);

    it('parses to the same names, address, organization, categories and notes', () => {
      expect(valueOf('version')).toEqual([version]);
      expect(valueOf('fn')).toEqual([CONTACT.displayName]);
      expect(valueOf('n')).toEqual([['García-López', 'María José', '', '', '']]);
      expect(valueOf('adr')).toEqual([['', '', 'Calle Mayor 1, 2º', 'Sevilla', '', '', 'España']]);
      expect(valueOf('org')).toEqual([['Bodegas del Sur, SL', 'Ventas']]);
      expect(valueOf('categories')).toEqual(['Suppliers', 'Wine, red']);
      expect(valueOf('note')).toEqual([CONTACT.personalNotes]);
      expect(valueOf('bday')).toEqual(['1975-07-04']);
    });
  });
}
