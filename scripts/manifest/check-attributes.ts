// Required attributes: the schema's `use="required"` attributes of the elements this add-in can contain,
// e.g. DefaultValue on localizable values, resid on command texts and icons, id and DefaultValue on resources.
import type { Element } from '@xmldom/xmldom';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { allElements, closest, locate, nameOf, parentElement } from './xml-nodes.js';

interface AttributeRule {
  readonly element: string;
  /** When given, the rule applies only where this returns true (element names repeat in different contexts). */
  readonly where?: (element: Element) => boolean;
  readonly attributes: readonly string[];
}

const parentIs = (...names: string[]) => (element: Element): boolean => names.includes(nameOf(parentElement(element) ?? element));
const inCommands = (element: Element): boolean => closest(element, 'VersionOverrides') !== undefined;
const inBase = (element: Element): boolean => !inCommands(element);

export const REQUIRED_ATTRIBUTES: readonly AttributeRule[] = [
  { element: 'DisplayName', where: inBase, attributes: ['DefaultValue'] },
  { element: 'Description', where: parentIs('OfficeApp'), attributes: ['DefaultValue'] },
  { element: 'IconUrl', attributes: ['DefaultValue'] },
  { element: 'HighResolutionIconUrl', attributes: ['DefaultValue'] },
  { element: 'SupportUrl', attributes: ['DefaultValue'] },
  { element: 'SourceLocation', where: inBase, attributes: ['DefaultValue'] },
  { element: 'Override', where: inBase, attributes: ['Locale', 'Value'] },
  { element: 'Override', where: parentIs('Image', 'Url', 'String'), attributes: ['Locale', 'Value'] },
  { element: 'Host', where: inBase, attributes: ['Name'] },
  { element: 'Set', attributes: ['Name'] },
  { element: 'SourceLocation', where: parentIs('Action'), attributes: ['resid'] },
  { element: 'FunctionFile', attributes: ['resid'] },
  { element: 'Label', where: inCommands, attributes: ['resid'] },
  { element: 'Tooltip', attributes: ['resid'] },
  { element: 'Title', where: parentIs('Supertip'), attributes: ['resid'] },
  { element: 'Description', where: parentIs('Supertip'), attributes: ['resid'] },
  { element: 'Image', where: parentIs('Icon'), attributes: ['size', 'resid'] },
  { element: 'Image', where: parentIs('Images'), attributes: ['id', 'DefaultValue'] },
  { element: 'Url', where: parentIs('Urls'), attributes: ['id', 'DefaultValue'] },
  { element: 'String', where: parentIs('ShortStrings', 'LongStrings'), attributes: ['id', 'DefaultValue'] },
  { element: 'OfficeTab', attributes: ['id'] },
];

/** Reports each required attribute that is absent. */
export function checkAttributes(root: Element, file: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  for (const element of allElements(root)) {
    const name = nameOf(element);
    for (const rule of REQUIRED_ATTRIBUTES) {
      if (rule.element !== name || (rule.where && !rule.where(element))) continue;
      for (const attribute of rule.attributes.filter((candidate) => !element.hasAttribute(candidate))) {
        issues.push(
          anError(
            locate(file, element),
            'required-attribute',
            `<${name}> is missing its required ${attribute} attribute.`,
            `Add ${attribute}="..." to <${name}>.`,
          ),
        );
      }
    }
  }
  return issues;
}
