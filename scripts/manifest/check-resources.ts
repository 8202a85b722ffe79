// Resource references: every resid names a resource of the right kind in the Resources of its own
// VersionOverrides block (a nested block inherits nothing from its parent), ids are unique and at most 32 characters.
import type { Element } from '@xmldom/xmldom';
import { anError, aWarning } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { allElements, attributeOf, childElements, closest, firstChildNamed, locate, nameOf, parentElement } from './xml-nodes.js';

export type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
export const MAX_RESID_CHARS = 32;
const KIND_LABEL: Readonly<Record<ResourceKind, string>> = {
  Images: '<bt:Image> in <bt:Images>',
  Urls: '<bt:Url> in <bt:Urls>',
  ShortStrings: '<bt:String> in <bt:ShortStrings>',
  LongStrings: '<bt:String> in <bt:LongStrings>',
};

/** The kind of resource an element's resid must name, from the element and its parent. */
export function expectedKind(element: Element): ResourceKind | undefined {
  const parent = nameOf(parentElement(element) ?? element);
  switch (nameOf(element)) {
    case 'Image':
      return 'Images';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
      return 'Urls';
    case 'Label':
    case 'Title':
      return 'ShortStrings';
    case 'Tooltip':
      return 'LongStrings';
    case 'Description':
      return parent === 'Supertip' || parent === 'VersionOverrides' ? 'LongStrings' : undefined;
    default:
      return undefined;
  }
}

interface ResourceTable {
  readonly byKind: Map<ResourceKind, Map<string, Element>>;
  readonly used: Set<Element>;
}

function collectResources(resources: Element | undefined, report: (issue: ManifestIssue) => void, file: string): ResourceTable {
  const byKind = new Map<ResourceKind, Map<string, Element>>();
  const seen = new Map<string, Element>();
  for (const group of resources ? childElements(resources) : []) {
    const kind = nameOf(group) as ResourceKind;
    const table = new Map<string, Element>();
    byKind.set(kind, table);
    for (const resource of childElements(group)) {
      const id = attributeOf(resource, 'id') ?? '';
      const earlier = seen.get(id);
      if (earlier) {
        report(anError(locate(file, resource), 'unique-resource-id', `Resource id "${id}" is already declared at line ${earlier.lineNumber ?? '?'}.`, 'Give each resource in this <Resources> a distinct id.'));
      } else {
        seen.set(id, resource);
        table.set(id, resource);
      }
      if (id.length > MAX_RESID_CHARS) {
        report(anError(locate(file, resource), 'resid-length', `Resource id "${id}" has ${id.length} characters; the limit is ${MAX_RESID_CHARS}.`, 'Use a shorter id.'));
      }
    }
  }
  return { byKind, used: new Set() };
}

function resolveReference(element: Element, table: ResourceTable, file: string, report: (issue: ManifestIssue) => void): void {
  const resid = attributeOf(element, 'resid') ?? '';
  const at = locate(file, element);
  if (resid.length > MAX_RESID_CHARS) {
    report(anError(at, 'resid-length', `resid "${resid}" has ${resid.length} characters; the limit is ${MAX_RESID_CHARS}.`, 'Use a shorter resource id.'));
  }
  const kind = expectedKind(element);
  const wanted = kind ? table.byKind.get(kind)?.get(resid) : undefined;
  if (wanted) {
    table.used.add(wanted);
    return;
  }
  const elsewhere = [...table.byKind.entries()].find(([, entries]) => entries.has(resid));
  if (elsewhere && kind) {
    table.used.add(elsewhere[1].get(resid) as Element);
    report(anError(at, 'resid-kind', `resid "${resid}" names a ${KIND_LABEL[elsewhere[0]]}, but <${nameOf(element)}> needs a ${KIND_LABEL[kind]}.`, `Point resid at a ${KIND_LABEL[kind]}, or declare "${resid}" there.`));
  } else if (elsewhere) {
    table.used.add(elsewhere[1].get(resid) as Element);
  } else {
    const where = kind ? KIND_LABEL[kind] : 'resource';
    report(anError(at, 'resid-resolves', `resid "${resid}" does not resolve: no ${where} with that id in this VersionOverrides block.`, `Declare a ${where} with id="${resid}" in the <Resources> of the same <VersionOverrides> (nested blocks do not inherit), or fix the resid.`));
  }
}

/** Checks each VersionOverrides block's references against its own Resources. */
export function checkResources(root: Element, file: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const report = (issue: ManifestIssue): void => {
    issues.push(issue);
  };
  for (const block of allElements(root).filter((node) => nameOf(node) === 'VersionOverrides')) {
    const resources = firstChildNamed(block, 'Resources');
    const table = collectResources(resources, report, file);
    const references = allElements(block).filter(
      (node) => node.hasAttribute('resid') && closest(node, 'VersionOverrides') === block,
    );
    for (const reference of references) resolveReference(reference, table, file, report);
    for (const entries of table.byKind.values()) {
      for (const [id, resource] of entries) {
        if (!table.used.has(resource)) {
          report(aWarning(locate(file, resource), 'unused-resource', `Resource "${id}" is declared but never referenced.`, 'Remove it or reference it.'));
        }
      }
    }
  }
  return issues;
}
