// Reads parsed vCard properties into a contact through a vCard mapping document: each property goes to the
// best-fitting rule whose slot is free (see fitOf), then to a fallback rule of its name; component rules
// (N, ORG) all take their component. Properties no rule takes are reported, not guessed.
import type { ContactFieldName } from '../../contact/contact.js';
import type { ContactDraft } from '../contact-draft.js';
import type { VCardProperty } from '../write-vcard.js';
import { fieldNameOf, targetOf } from './field-target.js';
import type { FieldTarget } from './field-target.js';
import { reads } from './mapping-document.js';
import type { VCardMappingDocument, VCardMappingRule } from './mapping-document.js';
import { addressTaken, putValue } from './target-values.js';
import { quoted, readValues } from './transform-value.js';
import { distinctiveTypes, fitOf, parseVCardSelector, propertyTypes } from './vcard-selector.js';
import type { VCardSelector } from './vcard-selector.js';

const ADR_PARTS = [undefined, undefined, 'street', 'city', 'state', 'postalCode', 'countryOrRegion'] as const;

export interface VCardReadProblem {
  readonly property: string;
  readonly field?: ContactFieldName;
  readonly message: string;
}

interface Prepared {
  readonly rule: VCardMappingRule;
  readonly selector: VCardSelector;
  readonly target: FieldTarget;
  readonly wanted: readonly string[];
}

const joined = (property: VCardProperty, index: number): string => property.value[index]?.join(',') ?? '';

/** The property's text: its first value; a `tel:` URI is read as the number (RFC 6350 6.4.1). */
function textOf(property: VCardProperty): string {
  const value = property.value[0]?.[0] ?? '';
  return property.name === 'TEL' ? value.replace(/^tel:/i, '') : value;
}

class ReadProblem extends Error {}

type Outcome = 'put' | 'taken' | { readonly problem: string };

function apply({ rule, target }: Prepared, property: VCardProperty, draft: ContactDraft): Outcome {
  if (target.kind === 'address' && target.part === undefined) {
    if (addressTaken(draft, target)) return 'taken';
    ADR_PARTS.forEach((part, index) => {
      const value = joined(property, index);
      if (part !== undefined && value !== '') putValue(draft, { ...target, part }, value);
    });
    return 'put';
  }
  const texts = rule.transform?.kind === 'list' ? property.value.flat() : [textOf(property)];
  const values = texts.filter((text) => text !== '').flatMap((text) => {
    const read = rule.transform?.kind === 'list' || rule.transform?.kind === 'uri-or' || rule.transform?.kind === 'full-name' ? { values: [text] } : readValues(rule.transform, text);
    if (read.problem !== undefined) throw new ReadProblem(read.problem);
    return read.values;
  });
  if (values.length === 0) return 'put';
  if (putValue(draft, target, values[0] ?? '') === 'taken') return 'taken';
  values.slice(1).forEach((value) => putValue(draft, target, value));
  return 'put';
}

function tryApply(prepared: Prepared, property: VCardProperty, draft: ContactDraft): Outcome {
  try {
    return apply(prepared, property, draft);
  } catch (error) {
    if (error instanceof ReadProblem) return { problem: error.message };
    throw error;
  }
}

/** The X-ABLabel of each group in the card (Apple, Google). */
function labelsOf(properties: readonly VCardProperty[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of properties) if (property.name === 'X-ABLABEL' && property.group !== undefined) labels.set(property.group.toLowerCase(), property.value[0]?.[0] ?? '');
  return labels;
}

const PREPARED = new WeakMap<VCardMappingDocument, ReadonlyMap<string, readonly Prepared[]>>();

/** The document's reading rules by property name, parsed once per document. */
function preparedRules(document: VCardMappingDocument): ReadonlyMap<string, readonly Prepared[]> {
  const cached = PREPARED.get(document);
  if (cached !== undefined) return cached;
  const byName = new Map<string, Prepared[]>();
  for (const rule of document.rules.filter(reads)) {
    const selector = parseVCardSelector(rule.property);
    if (selector !== undefined) byName.set(selector.name, [...(byName.get(selector.name) ?? []), { rule, selector, target: targetOf(rule.field), wanted: distinctiveTypes(selector) }]);
  }
  PREPARED.set(document, byName);
  return byName;
}

/** Reads the properties into `draft`; answers what could not be kept. */
export function readVCardThrough(document: VCardMappingDocument, properties: readonly VCardProperty[], draft: ContactDraft): VCardReadProblem[] {
  const byName = preparedRules(document);
  const labels = labelsOf(properties);
  const problems: VCardReadProblem[] = [];
  for (const property of properties) {
    const rules = byName.get(property.name);
    if (rules === undefined) continue;
    const label = property.group === undefined ? undefined : labels.get(property.group.toLowerCase());
    const types = propertyTypes(property, label);
    const fitting: { prepared: Prepared; fit: number }[] = [];
    let components = 0;
    for (const prepared of rules) {
      const fit = fitOf(prepared.rule, prepared.selector, prepared.wanted, property, types, label);
      if (fit === undefined) continue;
      if (prepared.rule.component === undefined) fitting.push({ prepared, fit });
      else {
        components += 1;
        const value = joined(property, prepared.rule.component);
        if (value !== '') putValue(draft, prepared.target, value);
      }
    }
    if (components > 0) continue;
    const ordered = fitting.sort((a, b) => b.fit - a.fit).map(({ prepared }) => prepared);
    const fallbacks = rules.filter((prepared) => prepared.rule.fallback === true);
    let placed = false;
    for (const prepared of [...ordered, ...fallbacks]) {
      const outcome = tryApply(prepared, property, draft);
      if (outcome === 'taken') continue;
      if (outcome !== 'put') problems.push({ property: property.name, field: fieldNameOf(prepared.target), message: outcome.problem });
      placed = true;
      break;
    }
    if (!placed && textOf(property) !== '') {
      const field = ordered[0] ?? fallbacks[0];
      const message = property.name === 'EMAIL' ? `more e-mail addresses than Outlook keeps (3): '${quoted(textOf(property))}' left out` : `no field left for ${property.name} '${quoted(textOf(property))}': left out`;
      problems.push({ property: property.name, ...(field ? { field: fieldNameOf(field.target) } : {}), message });
    }
  }
  return problems;
}
