import { describe, expect, it } from 'vitest';
import type { SignatureSuggestion } from '../../../src/core/match/signature/signature-types.js';
import { draftFor } from '../../../src/engine/capture-contact.js';
import { contactFieldsOf, fieldSuggestionsOf, formValuesOf } from '../../../src/engine/capture-form-fields.js';

const s = (suggestion: Omit<SignatureSuggestion, 'source'>): SignatureSuggestion => ({ ...suggestion, source: 'signature' }) as SignatureSuggestion;

const SUGGESTIONS: SignatureSuggestion[] = [
  s({ field: 'phone', value: { kind: 'office', raw: '(206) 555-0142', e164: '+12065550142' }, confidence: 0.9 }),
  s({ field: 'phone', value: { kind: 'mobile', raw: '(206) 555-0187', e164: '+12065550187' }, confidence: 0.9 }),
  s({ field: 'phone', value: { kind: 'fax', raw: '(206) 555-0100' }, confidence: 0.9 }),
  s({ field: 'jobTitle', value: 'Purchasing Manager', confidence: 0.6 }),
  s({ field: 'jobTitle', value: 'Manager', confidence: 0.3 }),
  s({ field: 'companyName', value: 'Fabrikam Inc.', confidence: 0.8 }),
  s({ field: 'website', value: 'www.fabrikam.example', confidence: 0.85 }),
  s({ field: 'address', value: { text: '1200 Pine Street, Seattle, WA 98101', street: '1200 Pine Street', city: 'Seattle', state: 'WA', postalCode: '98101' }, confidence: 0.7 }),
  s({ field: 'email', value: 'john.doe@fabrikam.example', confidence: 0.95 }),
];

describe('capture form fields', () => {
  it('offers one suggestion per field, the most confident, phones by kind in international form and no fax', () => {
    const offered = fieldSuggestionsOf(SUGGESTIONS);
    expect(offered.map((each) => [each.field, each.value])).toEqual([
      ['jobTitle', 'Purchasing Manager'],
      ['companyName', 'Fabrikam Inc.'],
      ['mobilePhone', '+12065550187'],
      ['businessPhone', '+12065550142'],
      ['businessHomePage', 'www.fabrikam.example'],
      ['businessAddress', '1200 Pine Street, Seattle, WA 98101'],
    ]);
    expect(offered.every((each) => each.source === 'signature')).toBe(true);
  });

  it('keeps where the country of a number without a country code came from, and nothing for an international one', () => {
    const offered = fieldSuggestionsOf([
      s({ field: 'phone', value: { kind: 'office', raw: '030 1234567', e164: '+49301234567', countrySource: 'mailbox' }, confidence: 0.9 }),
      s({ field: 'phone', value: { kind: 'mobile', raw: '+49 171 2345678', e164: '+491712345678' }, confidence: 0.9 }),
    ]);
    expect(offered.find((each) => each.field === 'businessPhone')?.countrySource).toBe('mailbox');
    expect(offered.find((each) => each.field === 'mobilePhone')).not.toHaveProperty('countrySource');
  });

  it('saves the header draft with only the accepted values, keeping the parsed address of an accepted suggestion', () => {
    const draft = draftFor({ displayName: 'Doe, John', address: 'john.doe@fabrikam.example' });
    const offered = fieldSuggestionsOf(SUGGESTIONS);
    const values = { ...formValuesOf(draft), jobTitle: 'Purchasing Manager', businessAddress: '1200 Pine Street, Seattle, WA 98101' };
    const saved = contactFieldsOf(draft, values, offered);
    expect(saved).toEqual({
      displayName: 'Doe, John',
      givenName: 'John',
      surname: 'Doe',
      jobTitle: 'Purchasing Manager',
      emailAddresses: [{ address: 'john.doe@fabrikam.example', name: 'Doe, John' }],
      businessAddress: { street: '1200 Pine Street', city: 'Seattle', state: 'WA', postalCode: '98101' },
    });
  });

  it('drops a field the user cleared and trims typed values', () => {
    const draft = draftFor({ displayName: 'Ann Bee', address: 'ann@bee.example' });
    const saved = contactFieldsOf(draft, { ...formValuesOf(draft), givenName: '  ', companyName: ' Bee Co ' });
    expect(saved.givenName).toBeUndefined();
    expect(saved.companyName).toBe('Bee Co');
    expect(saved.surname).toBe('Bee');
  });
});
