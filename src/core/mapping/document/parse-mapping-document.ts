// Parses unknown JSON (a saved or user-supplied mapping) into a MappingDocument, or answers every problem
// with its path and the field at fault: `rules[3].field: unknown field 'foo'`.
import { parseFieldTarget } from './field-target.js';
import { DATE_FORMATS, MAPPING_DOCUMENT_VERSION, TRANSFORM_KINDS } from './mapping-document.js';
import type { MappingDocument } from './mapping-document.js';
import { parseVCardSelector } from './vcard-selector.js';

export interface MappingProblem {
  /** Where in the document: `rules[3].field`. */
  readonly path: string;
  readonly message: string;
}

export type ParsedMapping = { readonly ok: true; readonly document: MappingDocument } | { readonly ok: false; readonly problems: readonly MappingProblem[] };

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const shown = (value: unknown): string => (typeof value === 'string' ? `'${value.slice(0, 40)}'` : JSON.stringify(value)?.slice(0, 40) ?? String(value));

const RULE_KEYS = { csv: ['column', 'field', 'transform', 'direction', 'when'], vcard: ['property', 'field', 'transform', 'direction', 'label', 'component', 'fallback'] } as const;

function transformProblems(transform: unknown, path: string, format: 'csv' | 'vcard'): string[] {
  if (!isObject(transform)) return [`${path}: must be an object with a kind`];
  const kind = transform.kind;
  if (!(TRANSFORM_KINDS as readonly unknown[]).includes(kind)) return [`${path}.kind: unknown transform ${shown(kind)} (${TRANSFORM_KINDS.join(', ')})`];
  if (kind === 'list' && (typeof transform.separator !== 'string' || transform.separator === '')) return [`${path}.separator: a list needs a non-empty separator`];
  if (kind === 'date' && !(DATE_FORMATS as readonly unknown[]).includes(transform.format)) return [`${path}.format: unknown date format ${shown(transform.format)} (${DATE_FORMATS.join(', ')})`];
  if (kind === 'phone' && transform.format !== 'e164' && transform.format !== 'as-written') return [`${path}.format: a phone format is 'e164' or 'as-written'`];
  if (kind === 'phone' && transform.region !== undefined && !(typeof transform.region === 'string' && /^[A-Za-z]{2}$/.test(transform.region))) return [`${path}.region: a region is a two-letter country code`];
  if (kind === 'constant' && typeof transform.value !== 'string') return [`${path}.value: a constant needs a text value`];
  if (kind === 'uri-or' && (format !== 'vcard' || !isText(transform.otherwise))) return [`${path}.otherwise: 'uri-or' is for vCard rules and names the other property`];
  return [];
}

function ruleProblems(rule: unknown, path: string, format: 'csv' | 'vcard'): string[] {
  if (!isObject(rule)) return [`${path}: must be an object`];
  const problems = Object.keys(rule).filter((key) => !(RULE_KEYS[format] as readonly string[]).includes(key)).map((key) => `${path}.${key}: unknown key for a ${format} rule`);
  const source = format === 'csv' ? 'column' : 'property';
  if (!isText(rule[source])) problems.push(`${path}.${source}: required text`);
  else if (format === 'vcard' && parseVCardSelector(rule[source]) === undefined) problems.push(`${path}.property: ${shown(rule[source])} is not of the form NAME[;PARAM=a,b] or group.NAME`);
  if (!isText(rule.field)) problems.push(`${path}.field: required text`);
  else {
    const target = parseFieldTarget(rule.field);
    if ('error' in target) problems.push(`${path}.field: ${target.error}`);
  }
  if (rule.transform !== undefined) problems.push(...transformProblems(rule.transform, `${path}.transform`, format));
  if (rule.direction !== undefined && !['both', 'import', 'export'].includes(rule.direction as string)) problems.push(`${path}.direction: ${shown(rule.direction)} is not 'both', 'import' or 'export'`);
  if (rule.when !== undefined && !(isObject(rule.when) && isText(rule.when.column) && typeof rule.when.equals === 'string')) problems.push(`${path}.when: needs a column and the text it equals`);
  if (rule.label !== undefined && !isText(rule.label)) problems.push(`${path}.label: must be text`);
  if (rule.component !== undefined && !(Number.isInteger(rule.component) && (rule.component as number) >= 0 && (rule.component as number) < 10)) problems.push(`${path}.component: a component is a whole number from 0 to 9`);
  if (rule.fallback !== undefined && typeof rule.fallback !== 'boolean') problems.push(`${path}.fallback: must be true or false`);
  return problems;
}

/** Export writes a header once: two rules writing the same column would make a file no import reads back surely. */
function repeatedColumnProblems(rules: readonly unknown[]): string[] {
  const firstWriter = new Map<string, number>();
  const problems: string[] = [];
  rules.forEach((rule, index) => {
    if (!isObject(rule) || !isText(rule.column) || rule.direction === 'import') return;
    const first = firstWriter.get(rule.column.trim());
    if (first === undefined) firstWriter.set(rule.column.trim(), index);
    else problems.push(`rules[${index}].column: ${shown(rule.column)} is written by rules[${first}] too (a column is written once; make one of them 'import' only)`);
  });
  return problems;
}

/** The document `json` describes, or every problem found in it. */
export function parseMappingDocument(json: unknown): ParsedMapping {
  if (!isObject(json)) return { ok: false, problems: [{ path: '', message: 'a mapping is a JSON object with version, format, name and rules' }] };
  const problems: string[] = [];
  if (json.version !== MAPPING_DOCUMENT_VERSION) problems.push(`version: ${shown(json.version)} is not supported (this version reads version ${MAPPING_DOCUMENT_VERSION})`);
  const format = json.format;
  if (format !== 'csv' && format !== 'vcard') problems.push(`format: ${shown(format)} is not 'csv' or 'vcard'`);
  if (!isText(json.name)) problems.push('name: required text');
  if (!Array.isArray(json.rules)) problems.push('rules: required list of rules');
  else if (json.rules.length === 0) problems.push('rules: a mapping needs at least one rule');
  else if (format === 'csv' || format === 'vcard') json.rules.forEach((rule: unknown, index) => problems.push(...ruleProblems(rule, `rules[${index}]`, format)));
  if (format === 'csv' && Array.isArray(json.rules)) problems.push(...repeatedColumnProblems(json.rules));
  if (problems.length > 0) return { ok: false, problems: problems.map(toProblem) };
  return { ok: true, document: json as unknown as MappingDocument };
}

function toProblem(text: string): MappingProblem {
  const colon = text.indexOf(': ');
  return { path: text.slice(0, colon), message: text };
}
