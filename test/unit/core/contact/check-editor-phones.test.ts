import { describe, expect, it } from 'vitest';
import { checkEditorPhones } from '../../../../src/core/contact/check-editor-phones.js';

describe('checkEditorPhones', () => {
  it('offers the E.164 form of a number written nationally, the country read from the language', () => {
    expect(checkEditorPhones({ businessPhone: '(206) 555-0142' }, 'en-US')).toEqual({ problems: [], offers: [{ field: 'businessPhone', e164: '+12065550142' }] });
  });

  it('reads a national number with the country of a language without region', () => {
    expect(checkEditorPhones({ homePhone: '030 1234567' }, 'de')).toEqual({ problems: [], offers: [{ field: 'homePhone', e164: '+49301234567' }] });
  });

  it('offers nothing for a number already in E.164 form', () => {
    expect(checkEditorPhones({ mobilePhone: '+12065550142' }, 'en-US')).toEqual({ problems: [], offers: [] });
  });

  it('offers nothing for a number with an extension, which E.164 cannot write', () => {
    expect(checkEditorPhones({ businessPhone2: '+1 206 555 0142 ext. 12' }, 'en-US')).toEqual({ problems: [], offers: [] });
  });

  it('flags a number that cannot be a phone number', () => {
    expect(checkEditorPhones({ homePhone2: '12' }, 'en-US').problems).toEqual([{ field: 'homePhone2', rule: 'phone' }]);
  });

  it('flags a national number when no country is known, rather than guessing one', () => {
    expect(checkEditorPhones({ homePhone: '030 1234567' }).problems).toEqual([{ field: 'homePhone', rule: 'phone' }]);
  });

  it('ignores every control but the phones', () => {
    expect(checkEditorPhones({ email: 'not an address', birthday: 'soon' }, 'en-US')).toEqual({ problems: [], offers: [] });
  });
});
