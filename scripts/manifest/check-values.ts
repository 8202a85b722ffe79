// Value rules of the base manifest: add-in type, GUID id, version, lengths, locales, hosts, requirement sets,
// forms, permissions and activation rules (learn.microsoft.com/javascript/api/manifest/<element>).
import type { Element } from '@xmldom/xmldom';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { allElements, attributeOf, childElements, childrenNamed, closest, locate, nameOf, parentElement, textOf, xsiTypeOf } from './xml-nodes.js';

export const OFFICE_APP_NAMESPACE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
export const OFFICE_APP_TYPES = ['ContentApp', 'MailApp', 'TaskPaneApp'] as const;
export const MAIL_PERMISSIONS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'] as const;
export const RULE_TYPES = ['ItemIs', 'ItemHasAttachment', 'ItemHasKnownEntity', 'ItemHasRegularExpressionMatch', 'RuleCollection'] as const;
/** Outlook add-ins declare the Mailbox requirement set; 1.1 to 1.16 are published. */
export const MAIL_REQUIREMENT_SETS = ['Mailbox'] as const;
export const MAILBOX_VERSIONS = Array.from({ length: 16 }, (_, index) => `1.${index + 1}`);
export const MAX_DISPLAY_NAME_CHARS = 125;
export const MAX_DESCRIPTION_CHARS = 250;
export const MAX_PROVIDER_NAME_CHARS = 125;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** One to four dot-separated parts of at most five digits each (n, n.n, n.n.n or n.n.n.n). */
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Report = (element: Element, rule: string, message: string, fix: string) => void;

function allowed(report: Report, element: Element, what: string, value: string | undefined, values: readonly string[]): void {
  if (value !== undefined && values.includes(value)) return;
  report(
    element,
    'allowed-value',
    `${what} is ${value === undefined ? 'missing' : `"${value}"`}; allowed: ${values.join(', ')}.`,
    `Set ${what} to one of: ${values.join(', ')}.`,
  );
}

function maxLength(report: Report, element: Element, what: string, value: string | undefined, max: number): void {
  if (value === undefined || value.trim() === '') {
    report(element, 'non-empty', `${what} is empty.`, `Give ${what} a value of 1 to ${max} characters.`);
  } else if (value.length > max) {
    report(element, 'max-length', `${what} has ${value.length} characters; the limit is ${max}.`, `Shorten ${what} to at most ${max} characters.`);
  }
}

/** DefaultValue and every <Override Value> of a localizable element. */
function localizedValues(element: Element): Array<{ element: Element; value: string | undefined }> {
  const values = [{ element, value: attributeOf(element, 'DefaultValue') }];
  for (const override of allElements(element).filter((node) => nameOf(node) === 'Override')) {
    values.push({ element: override, value: attributeOf(override, 'Value') });
  }
  return values;
}

function checkRoot(root: Element, report: Report): void {
  if (nameOf(root) !== 'OfficeApp') {
    report(root, 'root-element', `The root element is <${nameOf(root)}>, not <OfficeApp>.`, 'Make <OfficeApp> the root element.');
    return;
  }
  if (root.namespaceURI !== OFFICE_APP_NAMESPACE) {
    report(root, 'namespace', `<OfficeApp> is in namespace "${root.namespaceURI ?? ''}".`, `Set xmlns="${OFFICE_APP_NAMESPACE}" on <OfficeApp>.`);
  }
  const type = xsiTypeOf(root);
  allowed(report, root, 'OfficeApp xsi:type', type, OFFICE_APP_TYPES);
  if (type !== undefined && type !== 'MailApp' && (OFFICE_APP_TYPES as readonly string[]).includes(type)) {
    report(root, 'mail-add-in', `This is a ${type} manifest; Contact Bridge is an Outlook add-in.`, 'Set xsi:type="MailApp" on <OfficeApp>.');
  }
}

function checkBaseElement(element: Element, report: Report): void {
  const value = textOf(element);
  switch (nameOf(element)) {
    case 'Id':
      if (!GUID.test(value) || /^[0-]+$/.test(value)) {
        report(element, 'guid-id', `<Id> "${value}" is not a GUID of its own.`, 'Use a newly generated hyphenated GUID such as 1b0e6c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b, and keep it fixed across versions.');
      }
      break;
    case 'Version':
      if (!VERSION.test(value)) report(element, 'version-format', `<Version> "${value}" is not n.n.n.n.`, 'Use one to four numbers of up to five digits separated by dots, e.g. 1.0.0.0.');
      break;
    case 'ProviderName':
      maxLength(report, element, '<ProviderName>', value, MAX_PROVIDER_NAME_CHARS);
      break;
    case 'DefaultLocale':
      if (!LOCALE.test(value)) report(element, 'locale-format', `<DefaultLocale> "${value}" is not a BCP 47 tag.`, 'Use a language tag such as en-US.');
      break;
    case 'DisplayName':
      for (const entry of localizedValues(element)) maxLength(report, entry.element, 'the display name', entry.value, MAX_DISPLAY_NAME_CHARS);
      break;
    case 'Description':
      for (const entry of localizedValues(element)) maxLength(report, entry.element, 'the description', entry.value, MAX_DESCRIPTION_CHARS);
      break;
    case 'Permissions':
      allowed(report, element, '<Permissions>', value, MAIL_PERMISSIONS);
      break;
    case 'DisableEntityHighlighting':
      allowed(report, element, '<DisableEntityHighlighting>', value, ['true', 'false']);
      break;
    default:
  }
}

function checkOverrideLocales(root: Element, report: Report): void {
  for (const override of allElements(root).filter((node) => nameOf(node) === 'Override')) {
    const locale = attributeOf(override, 'Locale');
    if (locale !== undefined && !LOCALE.test(locale)) {
      report(override, 'locale-format', `<Override Locale="${locale}"> is not a BCP 47 tag.`, 'Use a language tag such as fr-FR.');
    }
  }
}

function checkRequirementSets(root: Element, report: Report): void {
  for (const set of allElements(root).filter((node) => nameOf(node) === 'Set')) {
    allowed(report, set, 'the requirement set Name', attributeOf(set, 'Name'), MAIL_REQUIREMENT_SETS);
    const minVersion = attributeOf(set, 'MinVersion') ?? attributeOf(parentElement(set) ?? set, 'DefaultMinVersion');
    if (minVersion !== undefined) allowed(report, set, 'the Mailbox MinVersion', minVersion, MAILBOX_VERSIONS);
  }
}

function checkForms(root: Element, report: Report): void {
  for (const form of allElements(root).filter((node) => nameOf(node) === 'Form')) {
    const type = xsiTypeOf(form);
    allowed(report, form, 'Form xsi:type', type, ['ItemRead', 'ItemEdit']);
    for (const settings of allElements(form).filter((node) => ['DesktopSettings', 'TabletSettings'].includes(nameOf(node)))) {
      const height = allElements(settings).find((node) => nameOf(node) === 'RequestedHeight');
      if (height === undefined) {
        if (type === 'ItemRead') report(settings, 'requested-height', `<${nameOf(settings)}> of an ItemRead form needs <RequestedHeight>.`, 'Add <RequestedHeight>250</RequestedHeight> after <SourceLocation>.');
        continue;
      }
      const pixels = Number(textOf(height));
      if (!Number.isInteger(pixels) || pixels < 32 || pixels > 450) {
        report(height, 'requested-height', `<RequestedHeight> "${textOf(height)}" is not an integer from 32 to 450.`, 'Use a height in pixels from 32 to 450.');
      }
    }
  }
}

function checkRules(root: Element, report: Report): void {
  for (const rule of allElements(root).filter((node) => nameOf(node) === 'Rule')) {
    const type = xsiTypeOf(rule);
    allowed(report, rule, 'Rule xsi:type', type, RULE_TYPES);
    if (type === 'RuleCollection') allowed(report, rule, 'the RuleCollection Mode', attributeOf(rule, 'Mode'), ['And', 'Or']);
    if (type === 'ItemIs') {
      allowed(report, rule, 'the ItemIs ItemType', attributeOf(rule, 'ItemType'), ['Message', 'Appointment']);
      // FormType is required on activation rules under <OfficeApp>, optional (and Read only) inside an ExtensionPoint.
      const formType = attributeOf(rule, 'FormType');
      if (formType !== undefined || !closest(rule, 'ExtensionPoint')) allowed(report, rule, 'the ItemIs FormType', formType, ['Read', 'Edit', 'ReadOrEdit']);
    }
  }
}

function checkBaseHosts(root: Element, report: Report): void {
  for (const hosts of childrenNamed(root, 'Hosts')) {
    for (const host of childrenNamed(hosts, 'Host')) allowed(report, host, 'the Host Name of a mail add-in', attributeOf(host, 'Name'), ['Mailbox']);
  }
}

/** Value rules for the whole manifest outside the add-in commands. */
export function checkValues(root: Element, file: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const report: Report = (element, rule, message, fix) => issues.push(anError(locate(file, element), rule, message, fix));
  checkRoot(root, report);
  if (nameOf(root) !== 'OfficeApp') return issues;
  for (const child of childElements(root)) checkBaseElement(child, report);
  checkOverrideLocales(root, report);
  checkRequirementSets(root, report);
  checkForms(root, report);
  checkRules(root, report);
  checkBaseHosts(root, report);
  return issues;
}
