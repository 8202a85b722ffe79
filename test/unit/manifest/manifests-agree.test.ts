// The two manifests describe the same add-in: read back from the rendered XML and JSON (not from the declaration),
// ids, names, URLs, permissions, requirement sets, commands and the mobile surface agree. Microsoft's own XML → JSON
// converter (office-addin-manifest-converter) checks the mapping from the other side.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { convert } from 'office-addin-manifest-converter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_BASE_URL } from '../../../scripts/manifest/find-localhost.js';
import { renderJsonManifest } from '../../../scripts/manifest/render-json-manifest.js';
import { renderXmlManifest } from '../../../scripts/manifest/render-xml-manifest.js';
import { allElements, attributeOf, childElements, firstChildNamed, nameOf, textOf, xsiTypeOf } from '../../../scripts/manifest/xml-nodes.js';

/** The parts of a unified manifest this test reads. */
interface JsonControl {
  readonly id: string;
  readonly actionId: string;
  readonly icons: readonly unknown[];
}
interface JsonGroup {
  readonly id: string;
  readonly controls: readonly JsonControl[];
}
interface JsonRibbon {
  readonly requirements: { readonly capabilities: unknown; readonly formFactors: readonly string[] };
  readonly contexts: readonly string[];
  readonly tabs: ReadonlyArray<{ readonly groups?: readonly JsonGroup[]; readonly customMobileRibbonGroups?: readonly JsonGroup[] }>;
}
interface JsonExtension {
  readonly requirements: { readonly capabilities: unknown };
  readonly runtimes: ReadonlyArray<{ readonly code: { readonly page: string }; readonly actions: ReadonlyArray<{ readonly id: string; readonly pinnable: boolean }> }>;
  readonly ribbons: readonly JsonRibbon[];
  readonly alternates: ReadonlyArray<{ readonly alternateIcons: { readonly icon: { readonly url: string }; readonly highResolutionIcon: { readonly url: string } } }>;
}
interface JsonManifest {
  readonly id: string;
  readonly version: string;
  readonly developer: { readonly name: string; readonly websiteUrl: string };
  readonly name: { readonly short: string };
  readonly description: { readonly full: string };
  readonly localizationInfo: unknown;
  readonly validDomains: readonly string[];
  readonly authorization: { readonly permissions: { readonly resourceSpecific: unknown } };
  readonly extensions: readonly [JsonExtension];
}

const BASE = 'https://addins.contoso.com/contact-bridge';
const root = new DOMParser().parseFromString(renderXmlManifest(BASE), 'text/xml').documentElement as unknown as Element;
const json = renderJsonManifest(BASE) as unknown as JsonManifest;
const extension = json.extensions[0];
const isFor = (formFactor: string) => (ribbon: JsonRibbon): boolean => ribbon.requirements.formFactors.includes(formFactor);

const elements = (name: string, under: Element = root): Element[] => allElements(under).filter((element) => nameOf(element) === name);
const only = (name: string, under: Element = root): Element => {
  const found = elements(name, under);
  if (found.length === 0) throw new Error(`no <${name}>`);
  return found[0] as Element;
};
const v11 = elements('VersionOverrides').find((element) => xsiTypeOf(element) === 'VersionOverridesV1_1') as Element;
const resource = (id: string | undefined): string | undefined => attributeOf(elements('Image', v11).concat(elements('Url', v11)).find((element) => attributeOf(element, 'id') === id) as Element, 'DefaultValue');
const override = (element: Element, locale: string): string | undefined => attributeOf(childElements(element).find((child) => attributeOf(child, 'Locale') === locale) as Element, 'Value');

describe('the XML and unified manifests', () => {
  it('carry the same id, version and provider', () => {
    expect(json.id).toBe(textOf(only('Id')));
    expect(`${json.version}.0`).toBe(textOf(only('Version')));
    expect(json.developer.name).toBe(textOf(only('ProviderName')));
  });

  it('carry the same names and descriptions, in English and German', () => {
    expect(json.name.short).toBe(attributeOf(only('DisplayName'), 'DefaultValue'));
    expect(json.description.full).toBe(attributeOf(only('Description'), 'DefaultValue'));
    expect(json.localizationInfo).toEqual({ defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'de-de', file: 'de-de.json' }] });
    expect(override(only('DisplayName'), 'de-DE')).toBeDefined();
    expect(override(only('Description'), 'de-DE')).toMatch(/Kontakte/);
  });

  it('point at the same pane, support page, domain and add-in icons', () => {
    const pane = `${BASE}/taskpane.html`;
    expect(elements('SourceLocation').filter((element) => attributeOf(element, 'DefaultValue') !== undefined).map((element) => attributeOf(element, 'DefaultValue'))).toEqual([pane, pane]);
    expect(resource('Taskpane.Url')).toBe(pane);
    expect(extension.runtimes.map((runtime) => runtime.code.page)).toEqual([pane]);
    expect(json.developer.websiteUrl).toBe(attributeOf(only('SupportUrl'), 'DefaultValue'));
    expect(json.validDomains).toEqual([new URL(textOf(only('AppDomain'))).host]);
    expect(extension.alternates[0]?.alternateIcons.icon.url).toBe(attributeOf(only('IconUrl'), 'DefaultValue'));
    expect(extension.alternates[0]?.alternateIcons.highResolutionIcon.url).toBe(attributeOf(only('HighResolutionIconUrl'), 'DefaultValue'));
  });

  it('ask for the same permission and requirement sets', () => {
    expect(textOf(only('Permissions'))).toBe('ReadItem');
    expect(json.authorization.permissions.resourceSpecific).toEqual([{ name: 'MailboxItem.Read.User', type: 'Delegated' }]);
    const sets = elements('Set', firstChildNamed(root, 'Requirements') as Element).map((set) => ({ name: attributeOf(set, 'Name'), minVersion: attributeOf(set, 'MinVersion') }));
    expect(extension.requirements.capabilities).toEqual(sets);
    for (const ribbon of extension.ribbons) expect(ribbon.requirements.capabilities).toEqual(sets);
  });

  it('offer the same desktop buttons, with pinning on the read pane only', () => {
    const xmlButtons = elements('ExtensionPoint', only('DesktopFormFactor', v11)).map((point) => ({
      context: xsiTypeOf(point) === 'MessageReadCommandSurface' ? 'mailRead' : 'mailCompose',
      groupId: attributeOf(only('Group', point), 'id'),
      controlId: attributeOf(only('Control', point), 'id'),
      pinnable: elements('SupportsPinning', point).some((element) => textOf(element) === 'true'),
      icons: elements('Image', point).map((image) => ({ size: Number(attributeOf(image, 'size')), url: resource(attributeOf(image, 'resid')) })),
    }));
    const actions = new Map((extension.runtimes[0]?.actions ?? []).map((action) => [action.id, action.pinnable]));
    const jsonButtons = extension.ribbons.filter(isFor('desktop')).map((ribbon) => {
      const group = ribbon.tabs[0]?.groups?.[0];
      const control = group?.controls[0];
      return { context: ribbon.contexts[0], groupId: group?.id, controlId: control?.id, pinnable: actions.get(control?.actionId ?? ''), icons: control?.icons };
    });
    expect(jsonButtons).toEqual(xmlButtons);
    expect(xmlButtons.map((button) => button.pinnable)).toEqual([true, false]);
  });

  it('offer the same read button on Outlook mobile, with the same nine icons', () => {
    const xmlControl = only('Control', only('MobileFormFactor', v11));
    const xmlIcons = elements('Image', xmlControl).map((image) => ({ size: Number(attributeOf(image, 'size')), scale: Number(attributeOf(image, 'scale')), url: resource(attributeOf(image, 'resid')) }));
    const mobile = extension.ribbons.find(isFor('mobile'));
    expect(mobile?.contexts).toEqual(['mailRead']);
    const control = mobile?.tabs[0]?.customMobileRibbonGroups?.[0]?.controls[0];
    expect(control?.id).toBe(attributeOf(xmlControl, 'id'));
    expect(control?.icons).toEqual(xmlIcons);
    expect(xmlIcons).toHaveLength(9);
  });
});

/** Each control of a manifest by id: the context, form factors and icons of its ribbon. */
function controlsOf(manifest: JsonManifest): Map<string, { contexts: readonly string[]; formFactors: readonly string[]; icons: readonly unknown[] }> {
  return new Map(
    manifest.extensions[0].ribbons.flatMap((ribbon) =>
      ribbon.tabs
        .flatMap((tab) => [...(tab.groups ?? []), ...(tab.customMobileRibbonGroups ?? [])])
        .flatMap((group) => group.controls.map((control) => [control.id, { contexts: ribbon.contexts, formFactors: ribbon.requirements.formFactors, icons: control.icons }] as const)),
    ),
  );
}

describe('office-addin-manifest-converter on manifest.xml', () => {
  let dir = '';
  let converted = json;
  const ours = renderJsonManifest(DEV_BASE_URL) as unknown as JsonManifest;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'manifest-converter-'));
    writeFileSync(path.join(dir, 'manifest.xml'), renderXmlManifest(DEV_BASE_URL));
    await convert(path.join(dir, 'manifest.xml'), path.join(dir, 'out'), false);
    converted = JSON.parse(readFileSync(path.join(dir, 'out', 'manifest.json'), 'utf8')) as JsonManifest;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps the id, version, permission, requirement sets and alternate icons as we do', () => {
    expect(converted.id).toBe(ours.id);
    expect(converted.version).toBe(ours.version);
    expect(converted.authorization).toEqual(ours.authorization);
    expect(converted.extensions[0].requirements.capabilities).toEqual(ours.extensions[0].requirements.capabilities);
    expect(converted.extensions[0].alternates).toEqual(ours.extensions[0].alternates);
  });

  it('maps the Mailbox 1.5 desktop buttons and the mobile icons as we do', () => {
    const theirs = controlsOf(converted);
    const mine = controlsOf(ours);
    for (const id of ['ContactBridge.ReadOpenPane', 'ContactBridge.ComposeOpenPane']) expect(mine.get(id)).toEqual(theirs.get(id));
    // The converter names the mobile control itself and files it under the "default" context, where the
    // Outlook mobile page of the docs asks for mailRead; the nine icons must agree.
    const mobileIcons = (controls: ReturnType<typeof controlsOf>): unknown => [...controls.values()].find((entry) => entry.formFactors.includes('mobile') && entry.icons.length === 9)?.icons;
    expect(mobileIcons(mine)).toEqual(mobileIcons(theirs));
    expect(mobileIcons(mine)).toHaveLength(9);
  });
});
