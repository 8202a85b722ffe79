// The host's colour theme (Office's officeTheme), so the task pane can follow light and dark mode.

export type ThemeKind = 'light' | 'dark';

export interface HostTheme {
  /** The theme the host shows now. */
  current(): ThemeKind;
  /** Calls `listener` with the new theme when the user switches it. Returns an unsubscribe function. */
  onChanged(listener: (theme: ThemeKind) => void): () => void;
}
