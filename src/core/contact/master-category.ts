// The user's master categories (learn.microsoft.com/graph/api/resources/outlookcategory): a name and one of
// Outlook's 25 preset colours, or none. The colour names are those of Office.MailboxEnums.CategoryColor
// (learn.microsoft.com/javascript/api/outlook/office.mailboxenums.categorycolor), as Outlook shows them.

export const CATEGORY_COLOR_NAMES = [
  'Red', 'Orange', 'Brown', 'Yellow', 'Green', 'Teal', 'Olive', 'Blue', 'Purple', 'Cranberry', 'Steel', 'DarkSteel', 'Gray',
  'DarkGray', 'Black', 'DarkRed', 'DarkOrange', 'DarkBrown', 'DarkYellow', 'DarkGreen', 'DarkTeal', 'DarkOlive', 'DarkBlue',
  'DarkPurple', 'DarkCranberry',
] as const;

/** `none` or `preset0` … `preset24`. */
export type CategoryColor = 'none' | `preset${number}`;

export const CATEGORY_COLORS: readonly CategoryColor[] = ['none', ...CATEGORY_COLOR_NAMES.map((_, index) => `preset${index}` as const)];

export interface MasterCategory {
  readonly id: string;
  readonly displayName: string;
  readonly color: CategoryColor;
}

/** Longest category name kept (Graph states none; longer untrusted text is cut). */
export const MAX_CATEGORY_NAME_CHARS = 255;

/** The colour Graph answered, or `none` for anything that is not one of the presets. */
export function categoryColorOf(value: unknown): CategoryColor {
  return typeof value === 'string' && (CATEGORY_COLORS as readonly string[]).includes(value) ? (value as CategoryColor) : 'none';
}

/** Names compare case-insensitively, as Outlook does (it refuses a second category differing only in case). */
export const sameCategoryName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The master category a contact's category name refers to, or undefined (a name not in the list: shown neutral). */
export function categoryNamed(categories: readonly MasterCategory[], name: string): MasterCategory | undefined {
  return categories.find((category) => sameCategoryName(category.displayName, name));
}
