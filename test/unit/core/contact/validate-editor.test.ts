import { describe, expect, it } from 'vitest';
import { checkEditorValues, isCalendarDate, limitProblemsOf } from '../../../../src/core/contact/validate-editor.js';

describe('checkEditorValues', () => {
  it.each([
    ['ann@bee.example', []],
    ['ann@bee', [{ field: 'email2', rule: 'email' }]],
    ['ann bee@x.example', [{ field: 'email2', rule: 'email' }]],
  ])('checks the e-mail syntax of %s', (typed, problems) => {
    expect(checkEditorValues({ email2: typed }).problems).toEqual(problems);
  });

  it('leaves phone numbers to the phone check, which loads apart', () => {
    expect(checkEditorValues({ homePhone2: '12', mobilePhone: '(206) 555-0142' })).toEqual({ problems: [], offers: [] });
  });

  it('flags a birthday that is not a calendar date', () => {
    expect(checkEditorValues({ birthday: '2023-02-29' }).problems).toEqual([{ field: 'birthday', rule: 'date' }]);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-13-01', false],
    ['2024-04-31', false],
    ['2024-4-1', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('limitProblemsOf', () => {
  it('names the first slot of each list over Outlook\'s limit', () => {
    const problems = limitProblemsOf({ emailAddresses: [{ address: 'a@x.io' }, { address: 'b@x.io' }, { address: 'c@x.io' }, { address: 'd@x.io' }], homePhones: ['1', '2', '3'], businessPhones: ['1', '2'] });
    expect(problems).toEqual([{ field: 'email', rule: 'limit' }, { field: 'homePhone', rule: 'limit' }]);
  });
});
