// The phone part of the contact editor's checks, apart from the rest because it carries libphonenumber-js and its
// full metadata: the pane loads it when an editor opens, not with the pane. A number is kept as typed; its E.164
// form is offered beside the control, never applied, and a number that cannot be a phone number stops the save.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { countryFromLanguage } from '../match/signature/country-hint.js';
import { SLOTS, type EditorField, type EditorValues } from './editor-values.js';
import type { EditorCheck, EditorProblem, PhoneOffer } from './validate-editor.js';

const PHONE_FIELDS: readonly EditorField[] = [...SLOTS.businessPhones, ...SLOTS.homePhones, 'mobilePhone'];

function checkPhone(field: EditorField, typed: string, country: CountryCode | undefined): EditorProblem | PhoneOffer | undefined {
  const number = parsePhoneNumberFromString(typed, country === undefined ? undefined : { defaultCountry: country });
  if (number === undefined || !number.isPossible()) return { field, rule: 'phone' };
  if (number.ext !== undefined) return undefined;
  return number.number === typed ? undefined : { field, e164: number.number };
}

/**
 * The findings for the editor's phone controls. `language` is the user's BCP 47 display language: the country of
 * numbers written without a country code ("de-DE" reads "030 1234567" as German); without one such a number is
 * flagged rather than read with a guessed country.
 */
export function checkEditorPhones(values: EditorValues, language?: string): EditorCheck {
  const country = countryFromLanguage(language);
  const problems: EditorProblem[] = [];
  const offers: PhoneOffer[] = [];
  for (const field of PHONE_FIELDS) {
    const typed = values[field]?.trim();
    const found = typed ? checkPhone(field, typed, country) : undefined;
    if (found === undefined) continue;
    if ('rule' in found) problems.push(found);
    else offers.push(found);
  }
  return { problems, offers };
}
