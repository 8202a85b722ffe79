// @vitest-environment happy-dom
// A view loaded on first show: a status line while its code loads, then the view; a failed load reaches the
// view's error boundary, whose Retry loads again.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/components/error-boundary.js';
import { LazyView } from '../../../src/ui/components/lazy-view.js';
import { useDomRoot } from '../../support/dom-root.js';

const root = useDomRoot();

const Loaded = () => <p data-testid="loaded">The view</p>;

describe('LazyView', () => {
  it('says it is loading until the view has loaded, then shows the view', async () => {
    const pending: ((view: typeof Loaded) => void)[] = [];
    const load = vi.fn(() => new Promise<typeof Loaded>((done) => pending.push(done)));
    render(<LazyView load={load} />, root);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    pending[0]?.(Loaded);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="loaded"]')?.textContent).toBe('The view'));
    expect(root.querySelector('[role="status"]')).toBeNull();
  });

  it('hands a failed load to the error boundary, and loads again on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<typeof Loaded>>().mockRejectedValueOnce(new Error('chunk import-export failed')).mockResolvedValue(Loaded);
    render(
      <ErrorBoundary area="the Import and export view">
        <LazyView load={load} />
      </ErrorBoundary>,
      root,
    );
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('chunk import-export failed'));
    root.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="loaded"]')).not.toBeNull());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
