import { describe, expect, it } from 'vitest';
import { CONTACT_FIELD_NAMES, MAX_EMAIL_ADDRESSES } from '../../../../src/core/contact/contact.js';

describe('CONTACT_FIELD_NAMES', () => {
  it('lists every field once', () => {
    expect(new Set(CONTACT_FIELD_NAMES).size).toBe(CONTACT_FIELD_NAMES.length);
  });

  it('keeps Outlook’s three e-mail slots', () => {
    expect(MAX_EMAIL_ADDRESSES).toBe(3);
  });
});
