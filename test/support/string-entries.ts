// Flattens a locale file (src/ui/strings/<locale>.json) into its entries: one per text, and one per plural entry
// (an object whose keys are all CLDR plural categories, `other` among them), keyed by the dotted path.
const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export interface StringEntry {
  /** Dotted path, e.g. `contacts.heading`. */
  readonly key: string;
  readonly plural: boolean;
  /** The plural categories present (empty for a text). */
  readonly forms: readonly string[];
  /** The text, or each plural form's text. */
  readonly texts: readonly string[];
}

function isPluralObject(value: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((key) => PLURAL_CATEGORIES.includes(key) && typeof value[key] === 'string');
}

export function stringEntries(tree: unknown, prefix = ''): StringEntry[] {
  if (typeof tree !== 'object' || tree === null) throw new Error(`Expected an object of strings at "${prefix || '(root)'}".`);
  return Object.entries(tree).flatMap(([name, value]): StringEntry[] => {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') return [{ key, plural: false, forms: [], texts: [value] }];
    if (typeof value === 'object' && value !== null && isPluralObject(value as Record<string, unknown>)) {
      const forms = value as Record<string, string>;
      return [{ key, plural: true, forms: Object.keys(forms), texts: Object.values(forms) }];
    }
    return stringEntries(value, key);
  });
}
