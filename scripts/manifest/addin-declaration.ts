// The one declaration of the add-in: everything both manifests say (ids, names, descriptions, icons, pages,
// commands, requirement sets, permissions, pinning, form factors, the German texts) is written here once.
// render-xml-manifest.ts and render-json-manifest.ts derive the add-in-only XML manifest and the unified
// manifest for Microsoft 365 from it; manifest.xml at the top of the repository is its development rendering.

export type LocaleTag = 'en-US' | 'de-DE';

export interface LocalizedTexts {
  /** XML DisplayName, unified name.short (at most 30 characters). */
  readonly shortName: string;
  /** Unified name.full (at most 100 characters). */
  readonly fullName: string;
  /** Unified description.short (at most 80 characters). */
  readonly shortDescription: string;
  /** XML Description (at most 250 characters), unified description.full. */
  readonly fullDescription: string;
}

/** A task pane button; `context` is the Outlook surface it sits on. */
export interface PaneCommand {
  readonly context: 'read' | 'compose';
  readonly groupId: string;
  readonly controlId: string;
  readonly tooltip: string;
  /** The pane stays open while the user moves between messages (XML SupportsPinning, unified pinnable). */
  readonly pinnable: boolean;
}

export interface MobileIcon {
  /** 25, 32 or 48: the size Outlook mobile lays the icon out at. */
  readonly size: 25 | 32 | 48;
  /** The iOS screen scale the image is drawn for; the file is size × scale pixels square. */
  readonly scale: 1 | 2 | 3;
}

export interface AddinDeclaration {
  readonly id: string;
  /** major.minor.patch; the XML manifest appends ".0". */
  readonly version: string;
  readonly providerName: string;
  readonly defaultLocale: LocaleTag;
  readonly texts: Readonly<Record<LocaleTag, LocalizedTexts>>;
  readonly accentColor: string;
  /** Paths below the base URL the pane is served from (dist/ in production). */
  readonly pages: { readonly taskpane: string; readonly support: string; readonly privacy: string; readonly terms: string };
  readonly icons: {
    /** Mail add-in icons: XML IconUrl (64 px) and HighResolutionIconUrl (128 px), unified alternate icons. */
    readonly addIn64: string;
    readonly addIn128: string;
    /** Unified package icons, shipped in the zip: color 192 × 192 px, outline 32 × 32 px (white on transparent). */
    readonly color192: string;
    readonly outline32: string;
    /** Command icons by size in pixels (16, 32 and 80 are required on desktop). */
    readonly command: (sizePx: number) => string;
  };
  readonly commandSizesPx: readonly number[];
  readonly mobileIcons: readonly MobileIcon[];
  readonly groupLabel: string;
  readonly buttonLabel: string;
  readonly commands: readonly PaneCommand[];
  /** Outlook mobile: read mode only (Outlook mobile offers no compose surface to add-ins). */
  readonly mobileRead: { readonly groupId: string; readonly controlId: string };
  readonly requirementSets: ReadonlyArray<{ readonly name: string; readonly minVersion: string }>;
  /** XML Permissions value; the unified manifest's resource-specific permission follows from it. */
  readonly permission: 'ReadItem';
}

const DESCRIPTION_EN = 'Keeps a local mirror of your contacts, shows who is on the open message and adds new people to your contacts in one click.';
const DESCRIPTION_DE =
  'Hält eine lokale Kopie Ihrer Kontakte, zeigt, wer an der geöffneten Nachricht beteiligt ist, und fügt neue Personen mit einem Klick zu Ihren Kontakten hinzu.';

export const ADDIN: AddinDeclaration = {
  // Fixed for the life of the add-in: Outlook and the admin center identify the add-in by this GUID.
  id: 'f0f0244b-a907-46a6-86dd-e2454ffe9d02',
  version: '1.0.0',
  providerName: 'Contact Bridge',
  defaultLocale: 'en-US',
  texts: {
    'en-US': {
      shortName: 'Contact Bridge',
      fullName: 'Contact Bridge for Outlook',
      shortDescription: 'Your contacts beside your mail: who is on a message, new people in one click.',
      fullDescription: DESCRIPTION_EN,
    },
    'de-DE': {
      shortName: 'Contact Bridge',
      fullName: 'Contact Bridge für Outlook',
      shortDescription: 'Ihre Kontakte neben Ihrer Mail: wer dabei ist, neue Personen mit einem Klick.',
      fullDescription: DESCRIPTION_DE,
    },
  },
  accentColor: '#0F6CBD',
  pages: { taskpane: 'taskpane.html', support: 'assets/support.html', privacy: 'assets/support.html', terms: 'assets/support.html' },
  icons: {
    addIn64: 'assets/icon-64.png',
    addIn128: 'assets/icon-128.png',
    color192: 'assets/icon-color-192.png',
    outline32: 'assets/icon-outline-32.png',
    command: (sizePx) => `assets/icon-${sizePx}.png`,
  },
  commandSizesPx: [16, 32, 80],
  mobileIcons: [25, 32, 48].flatMap((size) => [1, 2, 3].map((scale) => ({ size, scale }) as MobileIcon)),
  groupLabel: 'Contact Bridge',
  buttonLabel: 'Contacts',
  commands: [
    {
      context: 'read',
      groupId: 'ContactBridge.ReadGroup',
      controlId: 'ContactBridge.ReadOpenPane',
      tooltip: 'Shows who is on this message and adds new people to your contacts.',
      pinnable: true,
    },
    {
      context: 'compose',
      groupId: 'ContactBridge.ComposeGroup',
      controlId: 'ContactBridge.ComposeOpenPane',
      tooltip: 'Shows which recipients are in your contacts.',
      pinnable: false,
    },
  ],
  mobileRead: { groupId: 'ContactBridge.MobileReadGroup', controlId: 'ContactBridge.MobileReadOpenPane' },
  // Mailbox 1.5: the pinned read pane (SupportsPinning) and the ItemChanged event that follows the selected
  // message arrived in 1.5. Everything else the pane reads (from, sender, to, cc, subject, body.getAsync,
  // internetMessageId) is in 1.1-1.3.
  requirementSets: [{ name: 'Mailbox', minVersion: '1.5' }],
  // Least privilege: the pane reads the open item (sender, recipients, subject, body for the signature) and
  // writes nothing to the mailbox; contacts go through Microsoft Graph with its own delegated permissions.
  permission: 'ReadItem',
};

/** The pixel size of a mobile icon's file. */
export const mobileIconPx = (icon: MobileIcon): number => icon.size * icon.scale;

/** An absolute URL below `baseUrl` (an https URL, optionally with a path; a trailing slash is ignored). */
export function urlBelow(baseUrl: string, relative: string): string {
  const base = new URL(baseUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/${relative}`;
}
