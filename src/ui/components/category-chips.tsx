// A contact's categories as chips: each with the colour its master category has in Outlook, or neutral for a
// name the master list does not hold (or before the list is read). The name is untrusted text, shown as text;
// the colour is never the only sign (the name is always written).
import { categoryNamed } from '../../core/contact/master-category.js';
import type { MasterCategory } from '../../core/contact/master-category.js';
import { useCategories } from '../hooks/use-categories.js';
import { strings } from '../strings/strings.js';
import './category-chips.css';
import { categorySwatch } from '../theme/identity-colors.js';

export interface CategoryChipProps {
  readonly name: string;
  readonly category: MasterCategory | undefined;
}

export function CategoryChip({ name, category }: CategoryChipProps) {
  const swatch = category === undefined ? undefined : categorySwatch(category.color);
  return (
    <span class={`category-chip${swatch === undefined ? ' category-chip--neutral' : ''}`} data-testid="category-chip" data-color={category?.color ?? 'unlisted'}>
      <span class="category-chip__swatch" style={swatch === undefined ? undefined : { background: swatch }} aria-hidden="true" />
      {name}
    </span>
  );
}

export interface CategoryChipsProps {
  readonly names: readonly string[] | undefined;
  /** Inside a button (a list row) the chips are plain text: no list semantics there. */
  readonly inControl?: boolean;
}

/** Only a contact that has categories needs the master list: the first such chip is what first asks for it. */
export function CategoryChips({ names, inControl = false }: CategoryChipsProps) {
  const shown = (names ?? []).filter((name) => name.trim() !== '');
  return shown.length === 0 ? null : <ColouredChips names={shown} inControl={inControl} />;
}

function ColouredChips({ names: shown, inControl }: { readonly names: readonly string[]; readonly inControl: boolean }) {
  const { categories } = useCategories({ passive: true });
  return (
    <span class="category-chips" role={inControl ? undefined : 'list'} aria-label={inControl ? undefined : strings.categories.chipsLabel}>
      {shown.map((name) => (
        <span key={name} role={inControl ? undefined : 'listitem'}>
          <CategoryChip name={name} category={categoryNamed(categories, name)} />
        </span>
      ))}
    </span>
  );
}
