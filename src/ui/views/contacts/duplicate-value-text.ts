// A contact field's value as one line of text for the side-by-side duplicates table (every value is untrusted and
// rendered as text): lists joined, e-mail addresses by address, postal addresses part by part.
import type { EmailAddress, PhysicalAddress } from '../../../core/contact/contact.js';

const isEmail = (value: unknown): value is EmailAddress => typeof value === 'object' && value !== null && 'address' in value;

function itemText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isEmail(value)) return value.address;
  if (typeof value === 'object' && value !== null) {
    const address = value as PhysicalAddress;
    return [address.street, address.city, address.state, address.postalCode, address.countryOrRegion].filter((part) => part !== undefined && part.trim() !== '').join(', ');
  }
  return String(value);
}

export function duplicateValueText(value: unknown): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(itemText).join(', ') : itemText(value);
}
