// The line above the contact list that says how many contacts (or search matches) there are and how many are shown.
import { plural } from '../../strings/plural.js';
import { strings } from '../../strings/strings.js';

const t = strings.contacts.count;

export interface CountInput {
  /** Rows rendered now. */
  readonly shown: number;
  /** Whether more rows match than are rendered. */
  readonly more: boolean;
  /** Every matching row, once counted; undefined while counting. */
  readonly total: number | undefined;
  /** Whether a search text narrows the list (the line speaks of matches, not contacts). */
  readonly searching: boolean;
}

export function countLabel({ shown, more, total, searching }: CountInput): string {
  const words = searching ? t.matches : t.contacts;
  if (!more) return plural(words.all, shown);
  if (total === undefined) return plural(words.first, shown, { shown });
  return plural(words.shown, total, { shown, total });
}
