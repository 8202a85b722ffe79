// Renders the unified manifest for Microsoft 365 (manifest.json, version 1.24) and its German localization file
// from the add-in declaration. Mapping after learn.microsoft.com/microsoft-365/extensibility/schema (root,
// extensions, runtimes, ribbons, customMobileRibbonGroups, alternates, authorization) and the XML → JSON
// conversion of office-addin-manifest-converter (alternate icons, TabDefault, the ReadItem permission).
import { ADDIN, mobileIconPx, urlBelow } from './addin-declaration.js';
import type { AddinDeclaration, LocaleTag, PaneCommand } from './addin-declaration.js';

export const MANIFEST_VERSION = '1.24';
export const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** The unified manifest's resource-specific permission for each XML Permissions value. */
export const RESOURCE_PERMISSION = { ReadItem: 'MailboxItem.Read.User' } as const;

type Json = Record<string, unknown>;

/** A file of the app package: its path inside the zip and, for icons, the file under the repository it copies. */
export interface PackageFile {
  readonly path: string;
  readonly json?: Json;
  readonly asset?: string;
}

const CONTEXT = { read: 'mailRead', compose: 'mailCompose' } as const;
const languageTag = (locale: LocaleTag): string => locale.toLowerCase();
const localizationFile = (locale: LocaleTag): string => `${languageTag(locale)}.json`;
const actionId = (command: PaneCommand): string => `openPane.${command.context}`;
const MOBILE_ACTION_ID = 'openPane.mobileRead';

function requirements(addin: AddinDeclaration, formFactor?: 'desktop' | 'mobile'): Json {
  return {
    capabilities: addin.requirementSets.map((set) => ({ name: set.name, minVersion: set.minVersion })),
    scopes: ['mail'],
    ...(formFactor === undefined ? {} : { formFactors: [formFactor] }),
  };
}

function runtime(addin: AddinDeclaration, baseUrl: string): Json {
  const open = (id: string, displayName: string, pinnable: boolean): Json => ({ id, type: 'openPage', displayName, pinnable, view: 'taskpane' });
  return {
    id: 'taskpane',
    type: 'general',
    code: { page: urlBelow(baseUrl, addin.pages.taskpane) },
    lifetime: 'short',
    actions: [
      ...addin.commands.map((command) => open(actionId(command), `${addin.buttonLabel} (${command.context})`, command.pinnable)),
      // Outlook mobile has no pinned pane.
      open(MOBILE_ACTION_ID, `${addin.buttonLabel} (mobile)`, false),
    ],
  };
}

function desktopRibbon(addin: AddinDeclaration, baseUrl: string, command: PaneCommand): Json {
  const control = {
    id: command.controlId,
    type: 'button',
    label: addin.buttonLabel,
    icons: addin.commandSizesPx.map((size) => ({ size, url: urlBelow(baseUrl, addin.icons.command(size)) })),
    supertip: { title: addin.buttonLabel, description: command.tooltip },
    actionId: actionId(command),
  };
  return {
    requirements: requirements(addin, 'desktop'),
    contexts: [CONTEXT[command.context]],
    tabs: [{ builtInTabId: 'TabDefault', groups: [{ id: command.groupId, label: addin.groupLabel, controls: [control] }] }],
  };
}

function mobileRibbon(addin: AddinDeclaration, baseUrl: string): Json {
  const control = {
    id: addin.mobileRead.controlId,
    type: 'mobileButton',
    label: addin.buttonLabel,
    icons: addin.mobileIcons.map((icon) => ({ size: icon.size, scale: icon.scale, url: urlBelow(baseUrl, addin.icons.command(mobileIconPx(icon))) })),
    actionId: MOBILE_ACTION_ID,
  };
  // Outlook mobile offers read mode only: mailRead is the one context a mobile ribbon may name.
  return {
    requirements: requirements(addin, 'mobile'),
    contexts: ['mailRead'],
    tabs: [{ builtInTabId: 'DefaultTab', customMobileRibbonGroups: [{ id: addin.mobileRead.groupId, label: addin.groupLabel, controls: [control] }] }],
  };
}

function texts(addin: AddinDeclaration, locale: LocaleTag): { name: Json; description: Json } {
  const text = addin.texts[locale];
  return { name: { short: text.shortName, full: text.fullName }, description: { short: text.shortDescription, full: text.fullDescription } };
}

/** manifest.json for the pane served at `baseUrl`. */
export function renderJsonManifest(baseUrl: string, addin: AddinDeclaration = ADDIN): Json {
  const others = (Object.keys(addin.texts) as LocaleTag[]).filter((locale) => locale !== addin.defaultLocale);
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: addin.version,
    id: addin.id,
    localizationInfo: {
      defaultLanguageTag: languageTag(addin.defaultLocale),
      additionalLanguages: others.map((locale) => ({ languageTag: languageTag(locale), file: localizationFile(locale) })),
    },
    developer: {
      name: addin.providerName,
      websiteUrl: urlBelow(baseUrl, addin.pages.support),
      privacyUrl: urlBelow(baseUrl, addin.pages.privacy),
      termsOfUseUrl: urlBelow(baseUrl, addin.pages.terms),
    },
    ...texts(addin, addin.defaultLocale),
    icons: { color: addin.icons.color192, outline: addin.icons.outline32 },
    accentColor: addin.accentColor,
    validDomains: [new URL(baseUrl).host],
    authorization: { permissions: { resourceSpecific: [{ name: RESOURCE_PERMISSION[addin.permission], type: 'Delegated' }] } },
    extensions: [
      {
        requirements: requirements(addin),
        runtimes: [runtime(addin, baseUrl)],
        ribbons: [...addin.commands.map((command) => desktopRibbon(addin, baseUrl, command)), mobileRibbon(addin, baseUrl)],
        alternates: [
          {
            alternateIcons: {
              icon: { size: 64, url: urlBelow(baseUrl, addin.icons.addIn64) },
              highResolutionIcon: { size: 64, url: urlBelow(baseUrl, addin.icons.addIn128) },
            },
          },
        ],
      },
    ],
  };
}

/** Every file of the app package an admin uploads: manifest.json, its localization files and its two icons. */
export function packageFiles(baseUrl: string, addin: AddinDeclaration = ADDIN): PackageFile[] {
  const localizations = (Object.keys(addin.texts) as LocaleTag[])
    .filter((locale) => locale !== addin.defaultLocale)
    .map((locale) => {
      const { name, description } = texts(addin, locale);
      const json = { $schema: LOCALIZATION_SCHEMA_URL, 'name.short': name.short, 'name.full': name.full, 'description.short': description.short, 'description.full': description.full };
      return { path: localizationFile(locale), json };
    });
  return [
    { path: 'manifest.json', json: renderJsonManifest(baseUrl, addin) },
    ...localizations,
    { path: addin.icons.color192, asset: addin.icons.color192 },
    { path: addin.icons.outline32, asset: addin.icons.outline32 },
  ];
}
