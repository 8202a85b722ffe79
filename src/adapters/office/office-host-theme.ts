// HostTheme over Office.js. Outlook reports its theme only as colours (`officeTheme.bodyBackgroundColor`;
// `isDarkTheme` is not supported in Outlook) and announces switches with OfficeThemeChanged (Mailbox 1.14).
import type { HostTheme, ThemeKind } from '../../ports/host-theme.js';
import { globalOffice, type OfficeApi } from './office-async.js';

/** Dark when the background's relative luminance (WCAG 2.x) is below one half. */
export function themeKindOf(theme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | undefined): ThemeKind {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? '');
  if (!match) return 'light';
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

export class OfficeHostTheme implements HostTheme {
  readonly #office: OfficeApi;
  readonly #listeners = new Set<(theme: ThemeKind) => void>();
  #registered = false;

  constructor(office: OfficeApi = globalOffice()) {
    this.#office = office;
  }

  current(): ThemeKind {
    return themeKindOf(this.#office.context.officeTheme);
  }

  onChanged(listener: (theme: ThemeKind) => void): () => void {
    this.#listeners.add(listener);
    if (!this.#registered) {
      this.#registered = true;
      // Hosts without the event answer with a failed result: the pane then keeps its first theme.
      this.#office.context.mailbox.addHandlerAsync(this.#office.EventType.OfficeThemeChanged, (args: Office.OfficeThemeChangedEventArgs) => {
        const theme = themeKindOf(args.officeTheme ?? this.#office.context.officeTheme);
        for (const each of [...this.#listeners]) each(theme);
      });
    }
    return () => this.#listeners.delete(listener);
  }
}
