// Value rules of the add-in commands (VersionOverrides): schema versions and namespaces, hosts, extension
// points, tabs, unique group and control ids, control and action types, pinning, and resource string lengths.
import type { Element } from '@xmldom/xmldom';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { allElements, attributeOf, closest, firstChildNamed, locate, nameOf, parentElement, textOf, xsiTypeOf } from './xml-nodes.js';

/** Namespace required for each mail VersionOverrides xsi:type. */
export const VERSION_OVERRIDES_NAMESPACES: Readonly<Record<string, string>> = {
  VersionOverridesV1_0: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  VersionOverridesV1_1: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};
export const EXTENSION_POINT_TYPES = [
  'MessageReadCommandSurface',
  'MessageComposeCommandSurface',
  'AppointmentOrganizerCommandSurface',
  'AppointmentAttendeeCommandSurface',
  'Module',
  'MobileMessageReadCommandSurface',
  'MobileOnlineMeetingCommandSurface',
  'MobileLogEventAppointmentAttendee',
  'LaunchEvent',
  'Events',
  'DetectedEntity',
  'ReportPhishingCommandSurface',
] as const;
const COMMAND_SURFACES = new Set(['MessageReadCommandSurface', 'MessageComposeCommandSurface', 'AppointmentOrganizerCommandSurface', 'AppointmentAttendeeCommandSurface']);
export const MAX_ID_CHARS = 125;
export const MAX_SHORT_STRING_CHARS = 125;
export const MAX_LONG_STRING_CHARS = 250;

type Report = (element: Element, rule: string, message: string, fix: string) => void;

function allowed(report: Report, element: Element, what: string, value: string | undefined, values: readonly string[]): void {
  if (value !== undefined && values.includes(value)) return;
  report(element, 'allowed-value', `${what} is ${value === undefined ? 'missing' : `"${value}"`}; allowed: ${values.join(', ')}.`, `Set ${what} to one of: ${values.join(', ')}.`);
}

function checkVersionOverrides(element: Element, report: Report): void {
  const type = xsiTypeOf(element);
  allowed(report, element, 'VersionOverrides xsi:type', type, Object.keys(VERSION_OVERRIDES_NAMESPACES));
  const expected = type === undefined ? undefined : VERSION_OVERRIDES_NAMESPACES[type];
  if (expected !== undefined && element.namespaceURI !== expected) {
    report(element, 'namespace', `A ${type} block must use namespace "${expected}", not "${element.namespaceURI ?? ''}".`, `Set xmlns="${expected}" on this <VersionOverrides>.`);
  }
  const parent = parentElement(element);
  const parentType = parent && nameOf(parent) === 'VersionOverrides' ? xsiTypeOf(parent) : undefined;
  const parentKnown = parentType !== undefined && parentType in VERSION_OVERRIDES_NAMESPACES;
  if (parentKnown && !(parentType === 'VersionOverridesV1_0' && type === 'VersionOverridesV1_1')) {
    report(element, 'version-overrides-nesting', 'Only a VersionOverridesV1_1 block may be nested, and only inside a VersionOverridesV1_0 block.', 'Nest the 1.1 block at the end of the 1.0 block, or move it up.');
  }
}

function checkExtensionPoint(element: Element, report: Report): void {
  const type = xsiTypeOf(element);
  allowed(report, element, 'ExtensionPoint xsi:type', type, EXTENSION_POINT_TYPES);
  if (type === undefined || !COMMAND_SURFACES.has(type)) return;
  const tabs = ['OfficeTab', 'CustomTab'].filter((name) => firstChildNamed(element, name) !== undefined);
  if (tabs.length !== 1) {
    report(element, 'command-surface-tab', `A ${type} needs exactly one <OfficeTab> or <CustomTab>; found ${tabs.length}.`, 'Keep one <OfficeTab id="TabDefault"> (or one <CustomTab>).');
  }
  const officeTab = firstChildNamed(element, 'OfficeTab');
  if (officeTab && attributeOf(officeTab, 'id') !== 'TabDefault') {
    report(officeTab, 'allowed-value', `Outlook supports only <OfficeTab id="TabDefault">, not "${attributeOf(officeTab, 'id') ?? ''}".`, 'Set id="TabDefault".');
  }
}

function checkUniqueIds(root: Element, name: string, report: Report): void {
  const seen = new Map<string, Element>();
  for (const element of allElements(root).filter((node) => nameOf(node) === name)) {
    const id = attributeOf(element, 'id');
    if (id === undefined || id === '') {
      report(element, 'required-attribute', `<${name}> has no id.`, `Give every <${name}> a unique id of up to ${MAX_ID_CHARS} characters.`);
      continue;
    }
    if (id.length > MAX_ID_CHARS) report(element, 'max-length', `<${name}> id has ${id.length} characters; the limit is ${MAX_ID_CHARS}.`, 'Shorten the id.');
    if (seen.has(id)) {
      report(element, 'unique-id', `<${name}> id "${id}" is already used at line ${seen.get(id)?.lineNumber ?? '?'}.`, `Ids must be unique across all <${name}> elements of the manifest; rename this one.`);
    } else {
      seen.set(id, element);
    }
  }
}

function checkAction(action: Element, report: Report): void {
  const type = xsiTypeOf(action);
  allowed(report, action, 'Action xsi:type', type, ['ShowTaskpane', 'ExecuteFunction']);
  for (const flag of ['SupportsPinning', 'SupportsMultiselect', 'SupportsNoItemContext']) {
    const element = firstChildNamed(action, flag);
    if (element) allowed(report, element, `<${flag}>`, textOf(element), ['true', 'false']);
  }
  const pinning = firstChildNamed(action, 'SupportsPinning');
  if (pinning && xsiTypeOf(closest(action, 'VersionOverrides') ?? action) !== 'VersionOverridesV1_1') {
    report(pinning, 'pinning-needs-v1-1', '<SupportsPinning> is defined only in the VersionOverrides 1.1 schema.', 'Move this button into the nested VersionOverridesV1_1 block (Mailbox 1.5).');
  }
  const formFactor = closest(action, 'DesktopFormFactor');
  if (type === 'ExecuteFunction' && formFactor && !firstChildNamed(formFactor, 'FunctionFile')) {
    report(action, 'function-file', 'An ExecuteFunction action needs a <FunctionFile> in its <DesktopFormFactor>.', 'Add <FunctionFile resid="..."/> pointing at the commands page.');
  }
}

function checkStrings(root: Element, report: Report): void {
  for (const string of allElements(root).filter((node) => nameOf(node) === 'String')) {
    const kind = nameOf(parentElement(string) ?? string);
    const max = kind === 'LongStrings' ? MAX_LONG_STRING_CHARS : MAX_SHORT_STRING_CHARS;
    const values = [string, ...allElements(string).filter((node) => nameOf(node) === 'Override')];
    for (const element of values) {
      const value = attributeOf(element, element === string ? 'DefaultValue' : 'Value') ?? '';
      if (value.trim() === '') report(element, 'non-empty', `A <${kind}> string is empty.`, 'Give the string a value.');
      else if (value.length > max) report(element, 'max-length', `A <${kind}> string has ${value.length} characters; the limit is ${max}.`, `Shorten it to at most ${max} characters.`);
    }
  }
}

/** Checks every VersionOverrides block under the root. */
export function checkCommands(root: Element, file: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const report: Report = (element, rule, message, fix) => issues.push(anError(locate(file, element), rule, message, fix));
  for (const element of allElements(root)) {
    const name = nameOf(element);
    if (name === 'VersionOverrides') checkVersionOverrides(element, report);
    else if (name === 'ExtensionPoint') checkExtensionPoint(element, report);
    else if (name === 'Action') checkAction(element, report);
    else if (name === 'Control') allowed(report, element, 'Control xsi:type', xsiTypeOf(element), ['Button', 'Menu', 'MobileButton']);
    else if (name === 'Host' && closest(element, 'VersionOverrides')) allowed(report, element, 'the VersionOverrides Host xsi:type', xsiTypeOf(element), ['MailHost']);
  }
  checkUniqueIds(root, 'Group', report);
  checkUniqueIds(root, 'Control', report);
  checkStrings(root, report);
  return issues;
}
