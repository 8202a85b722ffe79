// The order saved mappings are listed in: by name, ignoring case and accents, then by id so the order is total.

interface Named {
  readonly id: string;
  readonly document: { readonly name: string };
}

export function compareSavedMappings(a: Named, b: Named): number {
  const byName = a.document.name.localeCompare(b.document.name, 'en', { sensitivity: 'base' });
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
