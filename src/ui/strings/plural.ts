// Texts that depend on a count. A locale file writes them as an object of CLDR plural forms
// ({ "one": "{count} contact", "other": "{count} contacts" }); Intl.PluralRules picks the form.
import { pluralCategory } from './intl-format.js';
import { format } from './strings.js';

/** Every language has `other`; each locale file adds the forms its plural rules use (en, de: `one`). */
export type PluralForms = { readonly other: string } & { readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

/** The form of `forms` for `count`, with `{count}` and the other placeholders filled in. */
export function plural(forms: PluralForms, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  const category = pluralCategory(count);
  const template = (category === 'other' ? undefined : forms[category]) ?? forms.other;
  return format(template, { count, ...values });
}
