// The signed-in account's master category list for any component: the CategoryMirror comes through a context
// (from the composition root), the list is read on first use and follows every change. Without a mirror (no
// account, unit tests) the list is empty and every category is drawn neutral.
import { createContext } from 'preact';
import { useEffect } from 'preact/hooks';
import type { CategoryBookState, CategoryMirror } from '../ports/category-mirror.js';
import { useAccountSource, type AccountSource } from './use-account-source.js';
import { useExternalValue } from './use-external-value.js';

export type CategoryMirrorSource = AccountSource<CategoryMirror>;

export const CategoryMirrorContext = createContext<CategoryMirrorSource | undefined>(undefined);

const NONE: CategoryBookState = { status: 'unread', categories: [] };

export function useCategoryMirror(): CategoryMirror | undefined {
  return useAccountSource(CategoryMirrorContext);
}

/** The list as it stands; asks for it the first time a component needs it (`passive`: see ensureCategories). */
export function useCategories(options: { readonly passive?: boolean } = {}): CategoryBookState {
  const mirror = useCategoryMirror();
  const passive = options.passive === true;
  useEffect(() => mirror?.ensureCategories({ passive }), [mirror, passive]);
  return useExternalValue(mirror, () => mirror?.categoryState() ?? NONE, mirror && ((listener) => mirror.onCategoriesChanged(listener))) ?? NONE;
}
