// The element a UI unit test renders into: in the document for each test, emptied (preact unmounts the tree,
// running its effects' cleanups) and taken out after it. Call once at the top of a test file.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function useDomRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => {
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return root;
}
