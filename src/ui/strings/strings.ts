// The pane's user-visible strings (en-US) and a small formatter for `{name}` placeholders.
import enUS from './en-US.json';

export type Strings = typeof enUS;

export const strings: Strings = enUS;

/** Replaces `{name}` placeholders with the given values; unknown placeholders stay as written. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
