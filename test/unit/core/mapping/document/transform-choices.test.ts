import { describe, expect, it } from 'vitest';
import { FIELD_TARGET_CHOICES } from '../../../../../src/core/mapping/document/field-target-choices.js';
import { TRANSFORM_KINDS } from '../../../../../src/core/mapping/document/mapping-document.js';
import { parseMappingDocument } from '../../../../../src/core/mapping/document/parse-mapping-document.js';
import { transformKindsFor, transformOfKind } from '../../../../../src/core/mapping/document/transform-choices.js';

describe('the transforms offered for a CSV rule', () => {
  it.each([
    ['birthday', ['text', 'date', 'constant']],
    ['mobilePhone', ['text', 'phone', 'constant']],
    ['businessPhones[1]', ['text', 'phone', 'constant']],
    ['homePhones', ['text', 'list', 'phone', 'constant']],
    ['categories', ['text', 'list', 'constant']],
    ['categories[0]', ['text', 'constant']],
    ['emailAddresses', ['text', 'list', 'constant']],
    ['emailAddresses[0].address', ['text', 'constant']],
    ['displayName', ['text', 'full-name', 'constant']],
    ['givenName', ['text', 'constant']],
    ['businessAddress.city', ['text', 'constant']],
  ])('offers %s: %j', (field, kinds) => {
    expect(transformKindsFor(field)).toEqual(kinds);
  });

  it('always offers the transform a rule already has, even where it is unusual', () => {
    expect(transformKindsFor('givenName', 'list')).toEqual(['text', 'constant', 'list']);
    expect(transformKindsFor('not a field', 'date')).toEqual(['text', 'constant', 'date']);
  });

  it('gives every offered kind a setting that a CSV mapping accepts, except the vCard-only link rule', () => {
    const rules = FIELD_TARGET_CHOICES.flatMap((field, index) =>
      transformKindsFor(field).map((kind) => ({ column: `c${index}-${kind}`, field, transform: transformOfKind(kind) })),
    );
    const parsed = parseMappingDocument({ version: 1, format: 'csv', name: 'All', rules: rules.map((rule) => ({ ...rule, direction: 'import' })) });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(rules.some((rule) => rule.transform.kind === 'uri-or')).toBe(false);
    expect(TRANSFORM_KINDS.filter((kind) => kind !== 'uri-or').every((kind) => rules.some((rule) => rule.transform.kind === kind))).toBe(true);
  });

  it('keeps the previous setting when the kind stays, and starts from the common choice when it changes', () => {
    expect(transformOfKind('phone', { kind: 'phone', format: 'e164', region: 'FR' })).toEqual({ kind: 'phone', format: 'e164', region: 'FR' });
    expect(transformOfKind('list', { kind: 'date', format: 'us' })).toEqual({ kind: 'list', separator: ';' });
    expect(transformOfKind('date')).toEqual({ kind: 'date', format: 'iso' });
    expect(transformOfKind('phone')).toEqual({ kind: 'phone', format: 'as-written' });
    expect(transformOfKind('text', { kind: 'constant', value: 'Work' })).toEqual({ kind: 'text' });
  });
});
