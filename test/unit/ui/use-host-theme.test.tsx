// @vitest-environment happy-dom
// The pane follows the host's theme, including a switch made after the first render but before the pane
// subscribed to the host's theme events (which the host then never repeats).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostTheme, ThemeKind } from '../../../src/ports/host-theme.js';
import { useHostTheme } from '../../../src/ui/hooks/use-host-theme.js';

class ScriptedTheme implements HostTheme {
  kind: ThemeKind = 'light';
  readonly listeners = new Set<(theme: ThemeKind) => void>();
  current(): ThemeKind {
    return this.kind;
  }
  onChanged(listener: (theme: ThemeKind) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(kind: ThemeKind): void {
    this.kind = kind;
    for (const listener of this.listeners) listener(kind);
  }
}

function Probe({ theme }: { theme: HostTheme }) {
  return <span>{useHostTheme(theme)}</span>;
}

const root = document.createElement('div');
afterEach(() => render(null, root));

describe('useHostTheme', () => {
  it('applies the theme the host switched to before the pane subscribed', async () => {
    const theme = new ScriptedTheme();
    // Rendered outside act, the effects wait for the next frame: the host switches while no one listens.
    render(<Probe theme={theme} />, root);
    expect(theme.listeners.size).toBe(0);
    theme.set('dark');
    await vi.waitFor(() => expect(theme.listeners.size).toBe(1));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(root.textContent).toBe('dark');
  });

  it('follows later switches and stops listening when unmounted', () => {
    const theme = new ScriptedTheme();
    act(() => render(<Probe theme={theme} />, root));
    act(() => theme.set('dark'));
    expect(root.textContent).toBe('dark');
    act(() => theme.set('light'));
    expect(document.documentElement.dataset.theme).toBe('light');
    act(() => render(null, root));
    expect(theme.listeners.size).toBe(0);
  });
});
