// Structural check against the content models: unexpected children, schema order, required and repeated elements.
import type { Element } from '@xmldom/xmldom';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { MODELS, resolveModel, rootModelName } from './manifest-schema.js';
import type { ChildRule, ContentModel } from './manifest-schema.js';
import { childElements, locate, nameOf, xsiTypeOf } from './xml-nodes.js';

function orderList(rules: readonly ChildRule[]): string {
  return rules.map((rule) => rule.name).join(', ');
}

function checkSequence(element: Element, rules: readonly ChildRule[], file: string, issues: ManifestIssue[]): void {
  const counts = rules.map(() => 0);
  let cursor = 0;
  let lastPlaced: Element | undefined;
  for (const child of childElements(element)) {
    const name = nameOf(child);
    const index = rules.findIndex((rule) => rule.name === name);
    const rule = rules[index];
    if (index < 0 || rule === undefined) {
      issues.push(
        anError(
          locate(file, child),
          'unexpected-element',
          `<${name}> is not allowed inside <${nameOf(element)}>.`,
          `Remove <${name}> or move it under the parent the schema gives it. <${nameOf(element)}> may contain: ${orderList(rules) || 'no elements'}.`,
        ),
      );
      continue;
    }
    counts[index] = (counts[index] ?? 0) + 1;
    if (index < cursor && lastPlaced) {
      issues.push(
        anError(
          locate(file, child),
          'element-order',
          `<${name}> is out of schema order: it must come before <${nameOf(lastPlaced)}>.`,
          `Move <${name}> before <${nameOf(lastPlaced)}>. Order inside <${nameOf(element)}>: ${orderList(rules)}.`,
        ),
      );
    } else {
      cursor = index;
      lastPlaced = child;
    }
    if ((counts[index] ?? 0) > rule.max) {
      issues.push(
        anError(
          locate(file, child),
          'max-occurs',
          `<${nameOf(element)}> may contain at most ${rule.max} <${name}> element${rule.max === 1 ? '' : 's'}.`,
          `Remove the extra <${name}>.`,
        ),
      );
    }
    checkElement(child, resolveModel(rule.model, xsiTypeOf(child)), file, issues);
  }
  rules.forEach((rule, index) => {
    if ((counts[index] ?? 0) < rule.min) {
      issues.push(
        anError(
          locate(file, element),
          'required-element',
          `<${nameOf(element)}> is missing the required <${rule.name}>${rule.min > 1 ? ` (at least ${rule.min})` : ''}.`,
          `Add <${rule.name}> inside <${nameOf(element)}>${index > 0 ? ` after <${rules[index - 1]?.name ?? ''}>` : ' as its first child'} (schema order: ${orderList(rules)}).`,
        ),
      );
    }
  });
}

function checkElement(element: Element, model: ContentModel | undefined, file: string, issues: ManifestIssue[]): void {
  if (model === undefined || model.kind === 'open') return;
  if (model.kind === 'leaf') {
    for (const child of childElements(element)) {
      issues.push(
        anError(
          locate(file, child),
          'unexpected-element',
          `<${nameOf(element)}> takes no child elements, but contains <${nameOf(child)}>.`,
          `Remove <${nameOf(child)}>.`,
        ),
      );
    }
    return;
  }
  checkSequence(element, model.children, file, issues);
}

/** Checks the whole tree under the root <OfficeApp>; non-mail add-in types are reported by the value checks. */
export function checkStructure(root: Element, file: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const modelName = rootModelName(xsiTypeOf(root));
  if (nameOf(root) !== 'OfficeApp' || modelName === undefined) return issues;
  checkElement(root, MODELS[modelName], file, issues);
  return issues;
}
