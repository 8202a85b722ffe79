// Filtering contacts by category: a contact is in a category when one of its categories has that name, trimmed
// (Outlook writes a contact's categories with the names of the master list, so names are compared as written).
import type { ContactFields } from './contact.js';

/** The contact's category names as the list filters them: trimmed, without empty or repeated names. */
export function categoryNamesOf(fields: Pick<ContactFields, 'categories'>): readonly string[] {
  return [...new Set((fields.categories ?? []).map((name) => name.trim()).filter((name) => name !== ''))];
}

/** True when the contact is in the category named `category`. */
export function isInCategory(fields: Pick<ContactFields, 'categories'>, category: string): boolean {
  return categoryNamesOf(fields).includes(category.trim());
}
