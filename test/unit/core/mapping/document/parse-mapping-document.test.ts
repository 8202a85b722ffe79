import { describe, expect, it } from 'vitest';
import { parseMappingDocument } from '../../../../../src/core/mapping/document/parse-mapping-document.js';
import { GOOGLE_CSV_MAPPING } from '../../../../../src/core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../../../../../src/core/mapping/presets/outlook-csv.js';
import { VCARD_30_MAPPING, VCARD_40_MAPPING } from '../../../../../src/core/mapping/presets/vcard-mapping.js';

const messages = (json: unknown): readonly string[] => {
  const parsed = parseMappingDocument(json);
  return parsed.ok ? [] : parsed.problems.map((problem) => problem.message);
};
const csv = (rules: unknown[]) => ({ version: 1, format: 'csv', name: 'Mine', rules });

describe('parseMappingDocument', () => {
  it('accepts every preset, also after a trip through JSON text', () => {
    for (const preset of [OUTLOOK_CSV_MAPPING, GOOGLE_CSV_MAPPING, VCARD_40_MAPPING, VCARD_30_MAPPING]) {
      expect(parseMappingDocument(JSON.parse(JSON.stringify(preset)))).toEqual({ ok: true, document: preset });
    }
  });

  it.each([
    [csv([{ column: 'A', field: 'givenName' }, { column: 'B', field: 'foo' }]), "rules[1].field: unknown field 'foo'"],
    [csv([{ column: 'A', field: 'emailAddresses[3].address' }]), 'rules[0].field: emailAddresses has 3 slots: index 3 is out of range'],
    [csv([{ column: 'A', field: 'businessAddress.planet' }]), "rules[0].field: unknown part 'planet' of businessAddress (street, city, state, postalCode, countryOrRegion)"],
    [csv([{ column: 'A', field: 'mobilePhone[0]' }]), 'rules[0].field: mobilePhone is not a list'],
    [csv([{ field: 'givenName' }]), 'rules[0].column: required text'],
    [csv([{ column: 'A', field: 'birthday', transform: { kind: 'date', format: 'yyyy' } }]), "rules[0].transform.format: unknown date format 'yyyy' (iso, basic, us, dmy)"],
    [csv([{ column: 'A', field: 'givenName', transform: { kind: 'shout' } }]), "rules[0].transform.kind: unknown transform 'shout' (text, list, date, phone, full-name, constant, uri-or)"],
    [csv([{ column: 'A', field: 'categories', transform: { kind: 'list', separator: '' } }]), 'rules[0].transform.separator: a list needs a non-empty separator'],
    [csv([{ column: 'A', field: 'mobilePhone', transform: { kind: 'phone', format: 'e164', region: 'USA' } }]), 'rules[0].transform.region: a region is a two-letter country code'],
    [csv([{ column: 'A', field: 'givenName', colour: 'red' }]), 'rules[0].colour: unknown key for a csv rule'],
    [{ version: 1, format: 'vcard', name: 'v', rules: [{ property: 'TEL;TYPE', field: 'mobilePhone' }] }, "rules[0].property: 'TEL;TYPE' is not of the form NAME[;PARAM=a,b] or group.NAME"],
    [{ version: 2, format: 'csv', name: 'x', rules: [{ column: 'A', field: 'givenName' }] }, 'version: 2 is not supported (this version reads version 1)'],
    [{ version: 1, format: 'xml', name: 'x', rules: [] }, "format: 'xml' is not 'csv' or 'vcard'"],
    [csv([]), 'rules: a mapping needs at least one rule'],
    [csv([{ column: 'Mail', field: 'emailAddresses[0].address' }, { column: 'Mail', field: 'emailAddresses[1].address' }]), "rules[1].column: 'Mail' is written by rules[0] too (a column is written once; make one of them 'import' only)"],
  ])('names the rule and field at fault (%#)', (json, message) => {
    expect(messages(json)).toContain(message);
  });

  it('reports every problem, each with its path', () => {
    const parsed = parseMappingDocument(csv([{ column: 'A', field: 'foo' }, { column: '', field: 'givenName' }]));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.path)).toEqual(['rules[0].field', 'rules[1].column']);
  });

  it('lets import-only rules share a column that another rule writes', () => {
    expect(messages(csv([{ column: 'Phone', field: 'mobilePhone' }, { column: 'Phone', field: 'businessPhones', direction: 'import', when: { column: 'Kind', equals: 'Work' } }]))).toEqual([]);
  });

  it('rejects what is not a mapping object', () => {
    expect(messages([1, 2])).toEqual(['a mapping is a JSON object with version, format, name and rules']);
    expect(messages(null)).toHaveLength(1);
  });
});
