// Expands a Preact element tree in Node, without a DOM: function components that use no hooks are called with
// their props, so presentational components can be inspected by tag, attribute and text.
import { Fragment } from 'preact';
import type { ComponentChildren, VNode } from 'preact';

export interface RenderedElement {
  readonly tag: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly children: readonly RenderedNode[];
}
export type RenderedNode = RenderedElement | string;

function expand(node: ComponentChildren): RenderedNode[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [String(node)];
  if (Array.isArray(node)) return node.flatMap((child: ComponentChildren) => expand(child));
  const vnode = node as VNode<Record<string, unknown>>;
  const { children, ...props } = vnode.props as { children?: ComponentChildren };
  if (vnode.type === Fragment) return expand(children);
  if (typeof vnode.type === 'function') return expand((vnode.type as (p: unknown) => ComponentChildren)(vnode.props));
  return [{ tag: vnode.type, props, children: expand(children) }];
}

/** The element tree `node` renders to (one root element expected). */
export function renderTree(node: ComponentChildren): RenderedElement {
  const [root, ...rest] = expand(node);
  if (root === undefined || typeof root === 'string' || rest.length > 0) throw new Error('Expected one root element.');
  return root;
}

export function textOf(node: RenderedNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Every element under (and including) `root` that `test` accepts, in document order. */
export function findAll(root: RenderedElement, test: (element: RenderedElement) => boolean): RenderedElement[] {
  const found = test(root) ? [root] : [];
  for (const child of root.children) if (typeof child !== 'string') found.push(...findAll(child, test));
  return found;
}

export const byTag = (tag: string) => (element: RenderedElement) => element.tag === tag;
