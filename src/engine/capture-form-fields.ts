// The capture form's model: the editable fields of a new contact as text, the header draft they start from,
// the signature suggestions offered for them (each marked suggested until accepted), and the contact fields
// the form saves. Only values the user typed or accepted are saved; untouched suggestions are dropped.
import type { ContactFields, PhysicalAddress } from '../core/contact/contact.js';
import type { CountrySource, SignatureSuggestion } from '../core/match/signature/signature-types.js';
import { phoneFieldValue } from '../core/match/signature/suggestions-to-fields.js';

export const FORM_FIELDS = [
  'displayName', 'givenName', 'surname', 'jobTitle', 'companyName', 'department', 'officeLocation',
  'mobilePhone', 'businessPhone', 'businessHomePage', 'businessAddress',
] as const;

export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField, string>>;

export interface FieldSuggestion {
  readonly field: FormField;
  readonly value: string;
  /** 0–1, from the extractor. */
  readonly confidence: number;
  readonly source: 'signature' | 'organization';
  /** For `businessAddress`: the parsed address the text stands for. */
  readonly address?: PhysicalAddress;
  /** For a phone written without a country code: where the country it was read with came from, so the form can say so. */
  readonly countrySource?: CountrySource;
}

/** The form's starting values from a contact draft (the header data): all accepted. */
export function formValuesOf(fields: ContactFields): FormValues {
  const address = fields.businessAddress;
  const addressText = address === undefined ? undefined : [address.street, address.city, address.state, address.postalCode, address.countryOrRegion].filter(Boolean).join(', ');
  const values: FormValues = {
    displayName: fields.displayName, givenName: fields.givenName, surname: fields.surname, jobTitle: fields.jobTitle,
    companyName: fields.companyName, department: fields.department, officeLocation: fields.officeLocation,
    mobilePhone: fields.mobilePhone, businessPhone: fields.businessPhones?.[0], businessHomePage: fields.businessHomePage,
    businessAddress: addressText || undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')) as FormValues;
}

/** One suggestion per form field (the most confident), from the signature extraction. Fax numbers have no field. */
export function fieldSuggestionsOf(suggestions: readonly SignatureSuggestion[]): FieldSuggestion[] {
  const best = new Map<FormField, FieldSuggestion>();
  const offer = (field: FormField, value: string, confidence: number, extra: Pick<FieldSuggestion, 'address' | 'countrySource'> = {}): void => {
    const trimmed = value.trim();
    const previous = best.get(field);
    if (trimmed !== '' && (previous === undefined || confidence > previous.confidence)) {
      best.set(field, { field, value: trimmed, confidence, source: 'signature', ...extra });
    }
  };
  for (const suggestion of suggestions) {
    switch (suggestion.field) {
      case 'phone': {
        const number = phoneFieldValue(suggestion.value);
        const { countrySource } = suggestion.value;
        const extra = countrySource === undefined ? {} : { countrySource };
        if (suggestion.value.kind === 'mobile') offer('mobilePhone', number, suggestion.confidence, extra);
        else if (suggestion.value.kind !== 'fax') offer('businessPhone', number, suggestion.confidence, extra);
        break;
      }
      case 'jobTitle':
      case 'companyName':
        offer(suggestion.field, suggestion.value, suggestion.confidence);
        break;
      case 'website':
        offer('businessHomePage', suggestion.value, suggestion.confidence);
        break;
      case 'address':
        {
          const { text: written, ...address } = suggestion.value;
          offer('businessAddress', written, suggestion.confidence, { address });
        }
        break;
      case 'email':
        break;
    }
  }
  return FORM_FIELDS.flatMap((field) => best.get(field) ?? []);
}

const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());

/**
 * The contact to save: the draft (its e-mail addresses kept) overlaid with the form's accepted values. An
 * address text equal to an accepted suggestion's keeps that suggestion's parsed parts.
 */
export function contactFieldsOf(draft: ContactFields, values: FormValues, suggestions: readonly FieldSuggestion[] = []): ContactFields {
  const { businessPhones: _phones, businessAddress: _address, ...rest } = draft;
  const fields: Record<string, unknown> = { ...rest };
  for (const field of ['displayName', 'givenName', 'surname', 'jobTitle', 'companyName', 'department', 'officeLocation', 'mobilePhone', 'businessHomePage'] as const) {
    const value = text(values[field]);
    if (value === undefined) delete fields[field];
    else fields[field] = value;
  }
  const phone = text(values.businessPhone);
  if (phone !== undefined) fields.businessPhones = [phone, ...(draft.businessPhones ?? []).slice(1)];
  const address = text(values.businessAddress);
  const parsed = suggestions.find((suggestion) => suggestion.field === 'businessAddress' && suggestion.value === address)?.address;
  if (address !== undefined) fields.businessAddress = address === formValuesOf(draft).businessAddress ? draft.businessAddress : (parsed ?? { street: address });
  return fields as ContactFields;
}
