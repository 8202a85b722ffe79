import { describe, expect, it } from 'vitest';
import { csvRowsOf } from '../../../../../src/core/mapping/apply-csv-layout.js';
import { csvLayoutOf } from '../../../../../src/core/mapping/csv-layout.js';
import { addRule, moveRule, removeRule, renameColumn, renameMapping, setRuleField, setRuleTransform } from '../../../../../src/core/mapping/document/edit-csv-mapping.js';
import { parseFieldTarget } from '../../../../../src/core/mapping/document/field-target.js';
import { FIELD_TARGET_CHOICES } from '../../../../../src/core/mapping/document/field-target-choices.js';
import type { CsvMappingDocument } from '../../../../../src/core/mapping/document/mapping-document.js';
import { parseMappingDocument } from '../../../../../src/core/mapping/document/parse-mapping-document.js';
import { GOOGLE_CSV_MAPPING } from '../../../../../src/core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../../../../../src/core/mapping/presets/outlook-csv.js';

const SMALL: CsvMappingDocument = {
  version: 1,
  format: 'csv',
  name: 'Small',
  rules: [
    { column: 'First', field: 'givenName' },
    { column: 'Last', field: 'surname' },
    { column: 'Mail', field: 'emailAddresses[0].address' },
  ],
};

const columns = (document: CsvMappingDocument) => document.rules.map((rule) => rule.column);
const problems = (document: CsvMappingDocument) => {
  const parsed = parseMappingDocument(JSON.parse(JSON.stringify(document)));
  return parsed.ok ? [] : parsed.problems.map((problem) => problem.message);
};

describe('editing a CSV mapping document', () => {
  it.each([
    ['renames the mapping', (d: CsvMappingDocument) => renameMapping(d, 'CRM export')],
    ['renames a column', (d: CsvMappingDocument) => renameColumn(d, 0, 'Given')],
    ['points a column at another field', (d: CsvMappingDocument) => setRuleField(d, 2, 'emailAddresses[1].address')],
    ['sets a transform', (d: CsvMappingDocument) => setRuleTransform(d, 1, { kind: 'list', separator: ';' })],
    ['adds a column', (d: CsvMappingDocument) => addRule(d)],
    ['removes a column', (d: CsvMappingDocument) => removeRule(d, 1)],
    ['moves a column up', (d: CsvMappingDocument) => moveRule(d, 2, -1)],
    ['moves a column down', (d: CsvMappingDocument) => moveRule(d, 0, 1)],
  ])('%s and the document stays valid, for each preset', (_name, edit) => {
    for (const document of [SMALL, OUTLOOK_CSV_MAPPING, GOOGLE_CSV_MAPPING]) expect(problems(edit(document))).toEqual([]);
  });

  it('moves a column one place and writes the columns in the new order', () => {
    const moved = moveRule(SMALL, 2, -1);
    expect(columns(moved)).toEqual(['First', 'Mail', 'Last']);
    expect(csvRowsOf(csvLayoutOf(moved), [{ givenName: 'Ada', surname: 'Lovelace', emailAddresses: [{ address: 'ada@example.com' }] }])).toEqual([
      ['First', 'Mail', 'Last'],
      ['Ada', 'ada@example.com', 'Lovelace'],
    ]);
  });

  it('moves nothing past either end, and leaves out-of-range indexes alone', () => {
    expect(moveRule(SMALL, 0, -1)).toBe(SMALL);
    expect(moveRule(SMALL, 2, 1)).toBe(SMALL);
    expect(removeRule(SMALL, 7)).toBe(SMALL);
    expect(renameColumn(SMALL, -1, 'x')).toBe(SMALL);
  });

  it('renames every rule reading the column and every label condition looking at it', () => {
    const renamed = renameColumn(GOOGLE_CSV_MAPPING, GOOGLE_CSV_MAPPING.rules.findIndex((rule) => rule.column === 'Phone 1 - Label'), 'Phone kind');
    expect(renamed.rules.filter((rule) => rule.column === 'Phone 1 - Label' || rule.when?.column === 'Phone 1 - Label')).toEqual([]);
    expect(renamed.rules.filter((rule) => rule.when?.column === 'Phone kind')).toHaveLength(3);
  });

  it('adds a column under a free name carrying a field no column carries yet', () => {
    const added = addRule(addRule(SMALL));
    expect(columns(added)).toEqual(['First', 'Last', 'Mail', 'New column', 'New column 2']);
    expect(added.rules.slice(3).map((rule) => rule.field)).toEqual(['middleName', 'displayName']);
    expect(addRule(SMALL, 'Spouse', 'spouseName').rules[3]).toEqual({ column: 'Spouse', field: 'spouseName' });
  });

  it('drops the transform when set back to text', () => {
    const listed = setRuleTransform(SMALL, 0, { kind: 'list', separator: ';' });
    expect(setRuleTransform(listed, 0, { kind: 'text' }).rules[0]).toEqual({ column: 'First', field: 'givenName' });
  });

  it('keeps a transform the new field uses, and drops one it has no use for', () => {
    const birthday = setRuleTransform(setRuleField(SMALL, 0, 'birthday'), 0, { kind: 'date', format: 'dmy' });
    expect(birthday.rules[0]).toEqual({ column: 'First', field: 'birthday', transform: { kind: 'date', format: 'dmy' } });
    expect(setRuleField(birthday, 0, 'givenName').rules[0]).toEqual({ column: 'First', field: 'givenName' });
    const phone = setRuleTransform(setRuleField(SMALL, 2, 'mobilePhone'), 2, { kind: 'phone', format: 'e164', region: 'DE' });
    expect(setRuleField(phone, 2, 'homePhones[0]').rules[2]?.transform).toEqual({ kind: 'phone', format: 'e164', region: 'DE' });
    const label = setRuleTransform(SMALL, 1, { kind: 'constant', value: 'Work' });
    expect(setRuleField(label, 1, 'companyName').rules[1]?.transform).toEqual({ kind: 'constant', value: 'Work' });
  });

  it('lets validation name the rule the user made invalid', () => {
    expect(problems(renameColumn(SMALL, 1, ''))).toEqual(['rules[1].column: required text']);
    expect(problems(renameMapping(SMALL, ' '))).toEqual(['name: required text']);
    expect(problems(renameColumn(SMALL, 2, 'First'))).toEqual(["rules[2].column: 'First' is written by rules[0] too (a column is written once; make one of them 'import' only)"]);
    expect(problems(removeRule(removeRule(removeRule(SMALL, 0), 0), 0))).toEqual(['rules: a mapping needs at least one rule']);
    expect(problems(setRuleTransform(setRuleField(SMALL, 0, 'categories'), 0, { kind: 'list', separator: '' }))).toEqual(['rules[0].transform.separator: a list needs a non-empty separator']);
    expect(problems(setRuleTransform(setRuleField(SMALL, 0, 'mobilePhone'), 0, { kind: 'phone', format: 'e164', region: 'D' }))).toEqual(['rules[0].transform.region: a region is a two-letter country code']);
  });

  it('offers only field targets that parse', () => {
    expect(FIELD_TARGET_CHOICES.filter((target) => 'error' in parseFieldTarget(target))).toEqual([]);
    expect(FIELD_TARGET_CHOICES).toContain('spouseName');
    expect(FIELD_TARGET_CHOICES).toContain('homeAddress.street');
    expect(FIELD_TARGET_CHOICES).toContain('emailAddresses[2].name');
    expect(FIELD_TARGET_CHOICES).toContain('categories');
  });
});
