// Turns accepted signature suggestions into contact fields for the capture form, within Outlook's
// slots: one mobile, two business phones, three e-mail addresses (the sender's own first).
// Fax and other numbers have no Graph contact field and are left for the user to place.

import { MAX_BUSINESS_PHONES, MAX_EMAIL_ADDRESSES, type ContactFields } from '../../contact/contact.js';
import { normalizeEmail } from '../../contact/normalize-email.js';
import type { PhoneSuggestion, SignatureSuggestion } from './signature-types.js';

/**
 * The one string Graph keeps for a phone: E.164 for a plain number, Outlook's form with the extension
 * ("+1 503-555-0142 ext. 204") when there is one, the number as written when it could not be read.
 */
export function phoneFieldValue(phone: PhoneSuggestion['value']): string {
  if (phone.e164 === undefined) return phone.raw;
  return phone.extension !== undefined && phone.display !== undefined ? phone.display : phone.e164;
}

export type SignatureFields = Pick<ContactFields, 'mobilePhone' | 'businessPhones' | 'emailAddresses' | 'jobTitle' | 'companyName' | 'businessHomePage' | 'businessAddress'>;

export function suggestionsToFields(suggestions: readonly SignatureSuggestion[], senderAddress?: string): SignatureFields {
  const fields: { -readonly [K in keyof SignatureFields]: SignatureFields[K] } = {};
  const business: string[] = [];
  const emails = senderAddress === undefined ? [] : [normalizeEmail(senderAddress)];
  for (const suggestion of suggestions) {
    switch (suggestion.field) {
      case 'phone': {
        const number = phoneFieldValue(suggestion.value);
        if (suggestion.value.kind === 'mobile') fields.mobilePhone ??= number;
        else if (suggestion.value.kind === 'office' && business.length < MAX_BUSINESS_PHONES && !business.includes(number)) business.push(number);
        break;
      }
      case 'email':
        if (emails.length < MAX_EMAIL_ADDRESSES && !emails.includes(suggestion.value)) emails.push(suggestion.value);
        break;
      case 'jobTitle':
        fields.jobTitle ??= suggestion.value;
        break;
      case 'companyName':
        fields.companyName ??= suggestion.value;
        break;
      case 'website':
        fields.businessHomePage ??= suggestion.value;
        break;
      case 'address': {
        const { text: _text, ...address } = suggestion.value;
        fields.businessAddress ??= address;
        break;
      }
    }
  }
  if (business.length > 0) fields.businessPhones = business;
  if (emails.length > 0) fields.emailAddresses = emails.map((address) => ({ address }));
  return fields;
}
