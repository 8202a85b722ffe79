// The Contacts view's category filter: a row of toggle buttons, All categories and one per category, each drawn as
// its chip in the colour Outlook gives it. The categories offered are those of the master list (when read) and
// those the mirrored contacts carry; the one chosen narrows the list together with the search and the folder.
// Category names are untrusted text, rendered as text.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { categoryNamed } from '../../../core/contact/master-category.js';
import { CategoryChip } from '../../components/category-chips.js';
import { useCategories } from '../../hooks/use-categories.js';
import { strings } from '../../strings/strings.js';
import type { ContactsMirror } from './contacts-mirror.js';

const t = strings.contacts.categoryFilter;

/** The category names the mirror's contacts carry, read again after every change to the mirror. */
function useCategoriesInUse(mirror: Pick<ContactsMirror, 'categoriesInUse' | 'onChanged'>): readonly string[] {
  const [names, setNames] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    const read = (): void =>
      void mirror.categoriesInUse().then(
        (list) => live && setNames((before) => (before.join('\u0000') === list.join('\u0000') ? before : list)),
        () => live && setNames([]),
      );
    read();
    const unsubscribe = mirror.onChanged(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [mirror]);
  return names;
}

export interface CategoryFilterProps {
  readonly mirror: Pick<ContactsMirror, 'categoriesInUse' | 'onChanged'>;
  readonly chosen: string | undefined;
  onChoose(category: string | undefined): void;
}

export function CategoryFilter({ mirror, chosen, onChoose }: CategoryFilterProps) {
  const inUse = useCategoriesInUse(mirror);
  const { categories } = useCategories({ passive: true });
  const offered = useMemo(() => {
    const names = new Set([...categories.map((category) => category.displayName.trim()), ...inUse].filter((name) => name !== ''));
    if (chosen !== undefined) names.add(chosen);
    return [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  }, [categories, inUse, chosen]);
  if (offered.length === 0) return null;
  return (
    <div class="category-filter" role="group" aria-label={t.label}>
      <span class="contacts-view__label" aria-hidden="true">
        {t.label}
      </span>
      <div class="category-filter__options">
        <button type="button" class="category-filter__option" aria-pressed={chosen === undefined} onClick={() => onChoose(undefined)}>
          {t.all}
        </button>
        {offered.map((name) => (
          <button key={name} type="button" class="category-filter__option" aria-pressed={chosen === name} data-testid="category-filter-option" onClick={() => onChoose(chosen === name ? undefined : name)}>
            <CategoryChip name={name} category={categoryNamed(categories, name)} />
          </button>
        ))}
      </div>
    </div>
  );
}
