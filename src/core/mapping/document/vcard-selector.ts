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

/**
 * How well `property` (with the X-ABLabel of its group, if any) fits the rule: undefined when it does not,
 * else a score (label match 10, each distinctive TYPE value shared 1). A rule without distinctive TYPE values
 * fits every property of its name; the label counts as one more TYPE value (`Work` fits `TYPE=work`).
 */
export function fitOf(rule: VCardMappingRule, selector: VCardSelector, property: VCardProperty, label: string | undefined): number | undefined {
  if (selector.name !== property.name) return undefined;
  if (selector.group !== undefined && selector.group.toLowerCase() !== property.group?.toLowerCase()) return undefined;
  const labelled = label === undefined ? undefined : labelName(label);
  if (rule.label !== undefined && labelName(rule.label) !== labelled) return undefined;
  const types = new Set([...typesOf(property), ...(labelled === undefined ? [] : [labelled])]);
  const wanted = (selector.params.TYPE ?? []).map((type) => type.toLowerCase()).filter((type) => !GENERIC_TYPES.has(type));
  const shared = wanted.filter((type) => types.has(type)).length;
  if (wanted.length > 0 && shared === 0) return undefined;
  return shared + (rule.label === undefined ? 0 : 10);
}
