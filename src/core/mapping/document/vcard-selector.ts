// The `property` of a vCard mapping rule (`TEL;TYPE=work,voice`, `item1.EMAIL`) parsed into group, name and
// parameters, and the test of how well an imported property fits a rule (by TYPE values and X-ABLabel).
import type { VCardProperty } from '../write-vcard.js';
import type { VCardMappingRule } from './mapping-document.js';

export interface VCardSelector {
  readonly group?: string;
  /** Upper case. */
  readonly name: string;
  readonly params: Readonly<Record<string, readonly string[]>>;
}

const SELECTOR = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z][A-Za-z0-9-]*)((?:;[A-Za-z0-9-]+=[^;:"]+)*)$/;

/** The selector `text` names, or undefined when it is not of the form `[group.]NAME[;PARAM=a,b]…`. */
export function parseVCardSelector(text: string): VCardSelector | undefined {
  const match = SELECTOR.exec(text);
  if (!match) return undefined;
  const [, group, name = '', rawParams = ''] = match;
  const params: Record<string, string[]> = {};
  for (const param of rawParams.split(';').filter((part) => part !== '')) {
    const [key = '', value = ''] = param.split('=');
    params[key.toUpperCase()] = value.split(',');
  }
  return { ...(group === undefined ? {} : { group }), name: name.toUpperCase(), params };
}

/** TYPE values that say nothing about which field a value belongs to. */
const GENERIC_TYPES = new Set(['voice', 'pref', 'internet', 'x400']);

/** Apple's `_$!<Mobile>!$_` and a plain `Mobile` both name the label `mobile`. */
export function labelName(label: string): string {
  return label.replace(/^_\$!<(.*)>!\$_$/, '$1').trim().toLowerCase();
}

/** The property's TYPE values, lower case (`TYPE=WORK,voice` → ['work', 'voice']). */
export function typesOf(property: VCardProperty): string[] {
  return (property.params?.TYPE ?? []).flatMap((value) => value.split(',')).map((value) => value.trim().toLowerCase());
}

/** The TYPE values of a selector that say which field a value belongs to (`work` of `TYPE=work,voice`). */
export function distinctiveTypes(selector: VCardSelector): string[] {
  return (selector.params.TYPE ?? []).map((type) => type.toLowerCase()).filter((type) => !GENERIC_TYPES.has(type));
}

/** A property's TYPE values with the X-ABLabel of its group, the label counting as one more (`Work` fits `TYPE=work`). */
export function propertyTypes(property: VCardProperty, label: string | undefined): ReadonlySet<string> {
  const types = new Set(typesOf(property));
  if (label !== undefined) types.add(labelName(label));
  return types;
}

/**
 * How well a property of the rule's name fits the rule: undefined when it does not, else a score (label match
 * 10, each distinctive TYPE value shared 1). A rule without distinctive TYPE values fits every property of its name.
 */
export function fitOf(rule: VCardMappingRule, selector: VCardSelector, wanted: readonly string[], property: VCardProperty, types: ReadonlySet<string>, label: string | undefined): number | undefined {
  if (selector.group !== undefined && selector.group.toLowerCase() !== property.group?.toLowerCase()) return undefined;
  if (rule.label !== undefined && (label === undefined || labelName(rule.label) !== labelName(label))) return undefined;
  let shared = 0;
  for (const type of wanted) if (types.has(type)) shared += 1;
  if (wanted.length > 0 && shared === 0) return undefined;
  return shared + (rule.label === undefined ? 0 : 10);
}
