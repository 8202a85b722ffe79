// Small DOM helpers for the manifest validator: element children, xsi:type, line numbers and element paths.
import type { Element, Node } from '@xmldom/xmldom';
import type { IssueLocation } from './manifest-issue.js';

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const ELEMENT_NODE = 1;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Element children in document order (text, comments and processing instructions are skipped). */
export function childElements(element: Element): Element[] {
  const result: Element[] = [];
  for (let index = 0; index < element.childNodes.length; index += 1) {
    const node = element.childNodes.item(index);
    if (node && isElement(node)) result.push(node);
  }
  return result;
}

export function childrenNamed(element: Element, localName: string): Element[] {
  return childElements(element).filter((child) => nameOf(child) === localName);
}

export function firstChildNamed(element: Element, localName: string): Element | undefined {
  return childrenNamed(element, localName)[0];
}

/** Local name without prefix: `bt:Image` → `Image`. */
export function nameOf(element: Element): string {
  return element.localName ?? element.nodeName;
}

/** The xsi:type value without any prefix (`bt:MobileIconList` → `MobileIconList`), or undefined. */
export function xsiTypeOf(element: Element): string | undefined {
  const value = element.getAttributeNS(XSI_NAMESPACE, 'type') ?? element.getAttribute('xsi:type');
  if (value === null || value === undefined || value === '') return undefined;
  const colon = value.indexOf(':');
  return colon >= 0 ? value.slice(colon + 1) : value;
}

/** Attribute value or undefined when absent. */
export function attributeOf(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

export function textOf(element: Element): string {
  return (element.textContent ?? '').trim();
}

export function parentElement(element: Element): Element | undefined {
  const parent = element.parentNode;
  return parent && isElement(parent) ? parent : undefined;
}

/** Nearest ancestor (not the element itself) with the given local name. */
export function closest(element: Element, localName: string): Element | undefined {
  for (let node = parentElement(element); node; node = parentElement(node)) {
    if (nameOf(node) === localName) return node;
  }
  return undefined;
}

/** `/OfficeApp/VersionOverrides/Hosts/Host/.../ExtensionPoint[2]`; the index appears only among same-named siblings. */
export function elementPath(element: Element): string {
  const parts: string[] = [];
  for (let node: Element | undefined = element; node; node = parentElement(node)) {
    const parent = parentElement(node);
    const name = nameOf(node);
    const siblings = parent ? childrenNamed(parent, name) : [node];
    parts.unshift(siblings.length > 1 ? `${name}[${siblings.indexOf(node) + 1}]` : name);
  }
  return `/${parts.join('/')}`;
}

export function lineOf(element: Element): number {
  return element.lineNumber ?? 0;
}

export function locate(file: string, element: Element): IssueLocation {
  return { file, line: lineOf(element), path: elementPath(element) };
}

/** Every element below (and including) `root`, in document order. */
export function allElements(root: Element): Element[] {
  const result: Element[] = [root];
  for (const child of childElements(root)) result.push(...allElements(child));
  return result;
}
