import { describe, expect, it } from 'vitest';
import { FIELD_TARGET_CHOICES } from '../../../src/core/mapping/document/field-target-choices.js';
import { fieldTargetLabel } from '../../../src/ui/views/import-export/field-target-label.js';

describe('fieldTargetLabel', () => {
  it.each([
    ['birthday', 'Birthday'],
    ['emailAddresses[1].address', 'E-mail 2 address'],
    ['emailAddresses[0].name', 'E-mail 1 display name'],
    ['emailAddresses', 'E-mail addresses (all, in one column)'],
    ['businessPhones[0]', 'Business phone 1'],
    ['categories', 'Categories (all, in one column)'],
    ['homeAddress.postalCode', 'Home address: postal code'],
    ['no such field', 'no such field'],
  ])('names %s as “%s”', (target, label) => {
    expect(fieldTargetLabel(target)).toBe(label);
  });

  it('gives every choice the editor offers its own words', () => {
    const labels = FIELD_TARGET_CHOICES.map(fieldTargetLabel);
    expect(new Set(labels).size).toBe(FIELD_TARGET_CHOICES.length);
  });
});
