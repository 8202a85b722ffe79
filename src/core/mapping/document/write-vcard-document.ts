// Writes a contact's vCard properties through a vCard mapping document, rule by rule in document order.
// Rules naming components of one compound property (N, ORG) make one property where the first of them stands.
import type { ContactFields } from '../../contact/contact.js';
import { InvariantError } from '../../errors.js';
import type { VCardProperty, VCardVersion } from '../write-vcard.js';
import { ADDRESS_PARTS, targetOf } from './field-target.js';
import type { FieldTarget } from './field-target.js';
import { fullNameOf } from './full-name.js';
import { writes } from './mapping-document.js';
import type { VCardMappingDocument, VCardMappingRule } from './mapping-document.js';
import { hasValueAt, valuesAt } from './target-values.js';
import { writeValues } from './transform-value.js';
import { parseVCardSelector } from './vcard-selector.js';
import type { VCardSelector } from './vcard-selector.js';

/** RFC 6350 6.2.2 / RFC 2426 3.1.2: N always has its five components. Other compound values drop empty trailing ones. */
const FULL_COMPONENTS: Readonly<Record<string, number>> = { N: 5 };
/** RFC 2426 3.1.2: N is required in vCard 3.0, so it is written even when every part is empty. */
const REQUIRED: Readonly<Record<VCardVersion, readonly string[]>> = { '3.0': ['N'], '4.0': [] };

/** RFC 6350 6.3.1: post office box; extended address; street; locality; region; postal code; country. */
const ADR_COMPONENTS = [undefined, undefined, ...ADDRESS_PARTS] as const;

const isUri = (value: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(value);

function selectorOf(rule: VCardMappingRule): VCardSelector {
  const selector = parseVCardSelector(rule.property);
  if (selector === undefined) throw new InvariantError(`mapping property '${rule.property}' is not valid`);
  return selector;
}

function property(selector: VCardSelector, value: VCardProperty['value'], name = selector.name): VCardProperty {
  const params = Object.keys(selector.params).length > 0 ? { params: selector.params } : {};
  return { name, ...params, value };
}

function propertiesOf(rule: VCardMappingRule, selector: VCardSelector, target: FieldTarget, fields: ContactFields): VCardProperty[] {
  const transform = rule.transform;
  if (transform?.kind === 'full-name') return [property(selector, [[fullNameOf(fields)]])];
  if (target.kind === 'address' && target.part === undefined) {
    if (!hasValueAt(fields, target)) return [];
    const address = fields[target.field] ?? {};
    return [property(selector, ADR_COMPONENTS.map((part) => [part === undefined ? '' : (address[part] ?? '')]))];
  }
  const values = valuesAt(fields, target);
  if (values.length === 0) return [];
  if (transform?.kind === 'list') return [property(selector, [values])];
  if (transform?.kind === 'uri-or') return values.map((value) => (isUri(value) ? property(selector, [[value]]) : { name: transform.otherwise.toUpperCase(), value: [[value]] }));
  return values.map((value) => writeValues(transform, [value])).filter((value) => value !== '').map((value) => property(selector, [[value]]));
}

interface Compound {
  readonly selector: VCardSelector;
  readonly parts: string[];
  readonly at: number;
}

const PREPARED = new WeakMap<VCardMappingDocument, readonly { rule: VCardMappingRule; selector: VCardSelector; target: FieldTarget }[]>();

/** The document's writing rules, parsed once per document. */
function preparedRules(document: VCardMappingDocument): readonly { rule: VCardMappingRule; selector: VCardSelector; target: FieldTarget }[] {
  const cached = PREPARED.get(document);
  if (cached !== undefined) return cached;
  const prepared = document.rules.filter(writes).map((rule) => ({ rule, selector: selectorOf(rule), target: targetOf(rule.field) }));
  PREPARED.set(document, prepared);
  return prepared;
}

/** The properties of one contact through the document, for the version being written. */
export function vcardPropertiesThrough(document: VCardMappingDocument, fields: ContactFields, version: VCardVersion): VCardProperty[] {
  const out: (VCardProperty | Compound)[] = [];
  const compounds = new Map<string, Compound>();
  for (const { rule, selector, target } of preparedRules(document)) {
    if (rule.component === undefined) {
      out.push(...propertiesOf(rule, selector, target, fields));
      continue;
    }
    let compound = compounds.get(rule.property);
    if (compound === undefined) {
      compound = { selector, parts: [], at: out.length };
      compounds.set(rule.property, compound);
      out.push(compound);
    }
    compound.parts[rule.component] = valuesAt(fields, target)[0] ?? '';
  }
  return out.flatMap((entry) => ('at' in entry ? compoundProperty(entry, version) : [entry]));
}

function compoundProperty({ selector, parts }: Compound, version: VCardVersion): VCardProperty[] {
  const full = FULL_COMPONENTS[selector.name];
  const filledParts = Array.from({ length: parts.length }, (_, index) => parts[index] ?? '');
  if (!filledParts.some((part) => part !== '') && !REQUIRED[version].includes(selector.name)) return [];
  let length = full ?? filledParts.length;
  while (full === undefined && length > 1 && filledParts[length - 1] === '') length -= 1;
  return [property(selector, Array.from({ length }, (_, index) => [filledParts[index] ?? '']))];
}
