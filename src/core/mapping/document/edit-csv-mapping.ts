// Edits of a CSV mapping document, as pure functions from document to document: the mapping editor's
// commands. Each keeps a valid document valid (parseMappingDocument), except where the user's own text makes
// it invalid (an empty name or column, the last rule removed): validation then names the rule at fault.
import { FIELD_TARGET_CHOICES } from './field-target-choices.js';
import type { CsvMappingDocument, CsvMappingRule, Transform } from './mapping-document.js';
import { writes } from './mapping-document.js';
import { transformKindsFor } from './transform-choices.js';

type Edit = (rules: readonly CsvMappingRule[]) => readonly CsvMappingRule[];

const withRules = (document: CsvMappingDocument, edit: Edit): CsvMappingDocument => ({ ...document, rules: edit(document.rules) });

const inRange = (document: CsvMappingDocument, index: number): boolean => Number.isInteger(index) && index >= 0 && index < document.rules.length;

export function renameMapping(document: CsvMappingDocument, name: string): CsvMappingDocument {
  return { ...document, name };
}

/**
 * Renames the column of rule `index`, and with it every rule reading the same column (import-only twins that
 * route a cell by its label) and every `when` that looks at it, so the mapping keeps meaning the same column.
 */
export function renameColumn(document: CsvMappingDocument, index: number, column: string): CsvMappingDocument {
  const old = document.rules[index]?.column;
  if (old === undefined) return document;
  return withRules(document, (rules) =>
    rules.map((rule) => {
      const renamed = rule.column === old ? { ...rule, column } : rule;
      return renamed.when?.column === old ? { ...renamed, when: { ...renamed.when, column } } : renamed;
    }),
  );
}

/**
 * Points rule `index` at another field target (one of FIELD_TARGET_CHOICES, or any valid target text). A
 * transform the new field has no use for (a date form on a name) goes, so the value is written as it is.
 */
export function setRuleField(document: CsvMappingDocument, index: number, field: string): CsvMappingDocument {
  if (!inRange(document, index)) return document;
  return withRules(document, (rules) =>
    rules.map((rule, at) => {
      if (at !== index) return rule;
      const { transform, ...rest } = rule;
      return transform === undefined || transformKindsFor(field).includes(transform.kind) ? { ...rule, field } : { ...rest, field };
    }),
  );
}

/** Sets the transform of rule `index`; undefined (or `text`) writes the value as it is. */
export function setRuleTransform(document: CsvMappingDocument, index: number, transform: Transform | undefined): CsvMappingDocument {
  if (!inRange(document, index)) return document;
  return withRules(document, (rules) =>
    rules.map((rule, at) => {
      if (at !== index) return rule;
      const { transform: _old, ...rest } = rule;
      return transform === undefined || transform.kind === 'text' ? rest : { ...rest, transform };
    }),
  );
}

/** A column name no rule uses yet: `New column`, `New column 2`… */
function freeColumn(rules: readonly CsvMappingRule[], base: string): string {
  const used = new Set(rules.map((rule) => rule.column));
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base} ${suffix}`)) suffix += 1;
  return `${base} ${suffix}`;
}

/**
 * Appends a column written and read both ways: `column` (made unique) carrying `field`, by default the first
 * field target no writing rule carries yet.
 */
export function addRule(document: CsvMappingDocument, column = 'New column', field?: string): CsvMappingDocument {
  const carried = new Set(document.rules.filter(writes).map((rule) => rule.field));
  const chosen = field ?? FIELD_TARGET_CHOICES.find((target) => !carried.has(target)) ?? 'personalNotes';
  return withRules(document, (rules) => [...rules, { column: freeColumn(rules, column), field: chosen }]);
}

export function removeRule(document: CsvMappingDocument, index: number): CsvMappingDocument {
  if (!inRange(document, index)) return document;
  return withRules(document, (rules) => rules.filter((_, at) => at !== index));
}

/** Moves rule `index` one place up (-1) or down (1): the order export writes the columns in. At an end, nothing moves. */
export function moveRule(document: CsvMappingDocument, index: number, by: -1 | 1): CsvMappingDocument {
  const to = index + by;
  if (!inRange(document, index) || !inRange(document, to)) return document;
  return withRules(document, (rules) => {
    const moved = [...rules];
    const [rule] = moved.splice(index, 1);
    if (rule !== undefined) moved.splice(to, 0, rule);
    return moved;
  });
}
