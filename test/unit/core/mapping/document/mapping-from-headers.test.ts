import { describe, expect, it } from 'vitest';
import { mappingFromHeaders } from '../../../../../src/core/mapping/document/mapping-from-headers.js';
import { parseMappingDocument } from '../../../../../src/core/mapping/document/parse-mapping-document.js';
import { GOOGLE_CSV_MAPPING } from '../../../../../src/core/mapping/presets/google-csv.js';

describe('mappingFromHeaders', () => {
  it.each([
    ['an Outlook column', 'First Name', [{ column: 'First Name', field: 'givenName' }]],
    ['a field name', 'jobTitle', [{ column: 'jobTitle', field: 'jobTitle' }]],
    ['a common word for a field', 'E-mail', [{ column: 'E-mail', field: 'emailAddresses[0].address' }]],
    ['a full name', 'Full name', [{ column: 'Full name', field: 'displayName', transform: { kind: 'full-name' } }]],
    ['tags as a list', 'Tags', [{ column: 'Tags', field: 'categories', transform: { kind: 'list', separator: ';' } }]],
  ])('maps %s', (_, header, rules) => {
    expect(mappingFromHeaders('CRM', [header]).document.rules).toEqual(rules);
  });

  it('keeps every rule a preset has for a column, import-only twins included', () => {
    const rules = mappingFromHeaders('CRM', ['Phone 1 - Value']).document.rules;
    expect(rules).toEqual(GOOGLE_CSV_MAPPING.rules.filter((rule) => rule.column === 'Phone 1 - Value'));
    expect(rules.length).toBeGreaterThan(1);
  });

  it('names the columns it cannot map, once each, and skips empty headers', () => {
    const made = mappingFromHeaders('CRM', ['Tier', 'First Name', '', 'Tier', ' Region code ']);
    expect(made.unmapped).toEqual(['Tier', 'Region code']);
    expect(made.document.rules.map((rule) => rule.column)).toEqual(['First Name']);
  });

  it('gives a field to the first of two columns that name it', () => {
    const made = mappingFromHeaders('CRM', ['Email', 'Mail']);
    expect(made.document.rules).toEqual([{ column: 'Email', field: 'emailAddresses[0].address' }]);
    expect(made.unmapped).toEqual(['Mail']);
  });

  it('makes a valid document with the name given', () => {
    const { document } = mappingFromHeaders('My CRM', ['Name', 'Email', 'Company', 'Phone', 'Notes', 'Birthday']);
    expect(document.name).toBe('My CRM');
    expect(parseMappingDocument(JSON.parse(JSON.stringify(document))).ok).toBe(true);
  });
});
