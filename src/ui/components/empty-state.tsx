// A view's placeholder text while it has nothing to show.
import type { ComponentChildren } from 'preact';

export function EmptyState({ children }: { children: ComponentChildren }) {
  return <p class="empty-state">{children}</p>;
}
