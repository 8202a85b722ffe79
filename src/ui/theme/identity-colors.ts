// Colours that identify rather than decorate: the initials' backgrounds (dark enough for white text at WCAG AA,
// from Fluent's persona palette) and Outlook's 25 category presets (as Outlook on the web draws them; the actual
// shade is up to each Outlook client, learn.microsoft.com/javascript/api/outlook/office.mailboxenums.categorycolor).
import type { CategoryColor } from '../../core/contact/master-category.js';

export const AVATAR_BACKGROUNDS: readonly string[] = ['#750b1c', '#a4262c', '#8e562e', '#8a3707', '#0b6a0b', '#005b70', '#004e8c', '#5c2e91', '#393939', '#6b2929'];

const PRESET_HEX: readonly string[] = [
  '#d13438', '#f7630c', '#8e562e', '#fce100', '#13a10e', '#00b7c3', '#6b7a00', '#0078d4', '#8764b8', '#c50f1f', '#69797e', '#374649', '#a0a0a0',
  '#5d5a58', '#1b1a19', '#750b1c', '#ca5010', '#603d30', '#986f0b', '#0b6a0b', '#005b70', '#3b4a00', '#004e8c', '#32145a', '#6e0811',
];

/** The swatch colour of a category colour; undefined for `none` (drawn neutral). */
export function categorySwatch(color: CategoryColor): string | undefined {
  const match = /^preset(\d+)$/.exec(color);
  return match === null ? undefined : PRESET_HEX[Number(match[1])];
}
