// Renders the add-in-only (XML) manifest from the add-in declaration, for the base URL the pane is served from.
// Element order follows Microsoft's MailApp and mail VersionOverrides schemas
// (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering); `npm run validate` checks the result.
import { ADDIN, mobileIconPx, urlBelow } from './addin-declaration.js';
import type { AddinDeclaration, LocalizedTexts, PaneCommand } from './addin-declaration.js';

const HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!--
  Contact Bridge: add-in-only (XML) manifest for Outlook. Generated from scripts/manifest/addin-declaration.ts,
  like the unified manifest (dist/manifest.json): edit the declaration, then run npm run manifest. A unit test
  fails when this file differs from the declaration. The URLs address the HTTPS development server on this
  machine (port 3000); npm run build writes dist/manifest.xml for ADDIN_BASE_URL.
-->`;

const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const indent = (text: string, spaces: number): string => text.replace(/^(?=.)/gm, ' '.repeat(spaces));
const SURFACE = { read: 'MessageReadCommandSurface', compose: 'MessageComposeCommandSurface' } as const;
const FORM_TYPE = { read: 'Read', compose: 'Edit' } as const;

/** DisplayName or Description: the default locale's text plus one Override per other locale. */
function localized(addin: AddinDeclaration, element: string, pick: (texts: LocalizedTexts) => string): string {
  const overrides = Object.entries(addin.texts)
    .filter(([locale]) => locale !== addin.defaultLocale)
    .map(([locale, texts]) => `    <Override Locale="${locale}" Value="${escape(pick(texts))}" />`);
  return [`  <${element} DefaultValue="${escape(pick(addin.texts[addin.defaultLocale]))}">`, ...overrides, `  </${element}>`].join('\n');
}

function commandIcon(addin: AddinDeclaration): string {
  return ['<Icon>', ...addin.commandSizesPx.map((size) => `  <bt:Image size="${size}" resid="Icon.${size}" />`), '</Icon>'].join('\n');
}

function extensionPoint(addin: AddinDeclaration, command: PaneCommand, idSuffix: string, pinning: boolean): string {
  const tooltip = command.context === 'read' ? 'OpenPane.Tooltip' : 'OpenPane.ComposeTooltip';
  const pin = pinning && command.pinnable ? '\n      <SupportsPinning>true</SupportsPinning>' : '';
  return `<ExtensionPoint xsi:type="${SURFACE[command.context]}">
  <OfficeTab id="TabDefault">
    <Group id="${command.groupId}${idSuffix}">
      <Label resid="Group.Label" />
      <Control xsi:type="Button" id="${command.controlId}${idSuffix}">
        <Label resid="OpenPane.Label" />
        <Supertip>
          <Title resid="OpenPane.Label" />
          <Description resid="${tooltip}" />
        </Supertip>
${indent(commandIcon(addin), 8)}
        <Action xsi:type="ShowTaskpane">
          <SourceLocation resid="Taskpane.Url" />${pin}
        </Action>
      </Control>
    </Group>
  </OfficeTab>
</ExtensionPoint>`;
}

function mobileFormFactor(addin: AddinDeclaration): string {
  const images = addin.mobileIcons.map((icon) => `      <bt:Image size="${icon.size}" scale="${icon.scale}" resid="Icon.Mobile${icon.size}x${icon.scale}" />`);
  return `<!-- Outlook on iOS and Android: read mode is the only surface it offers add-ins. -->
<MobileFormFactor>
  <ExtensionPoint xsi:type="MobileMessageReadCommandSurface">
    <Group id="${addin.mobileRead.groupId}">
      <Label resid="Group.Label" />
      <Control xsi:type="MobileButton" id="${addin.mobileRead.controlId}">
        <Label resid="OpenPane.Label" />
        <Icon xsi:type="bt:MobileIconList">
${images.join('\n')}
        </Icon>
        <Action xsi:type="ShowTaskpane">
          <SourceLocation resid="Taskpane.Url" />
        </Action>
      </Control>
    </Group>
  </ExtensionPoint>
</MobileFormFactor>`;
}

function resources(addin: AddinDeclaration, baseUrl: string, mobile: boolean): string {
  const image = (id: string, file: string): string => `    <bt:Image id="${id}" DefaultValue="${escape(urlBelow(baseUrl, file))}" />`;
  const images = addin.commandSizesPx.map((size) => image(`Icon.${size}`, addin.icons.command(size)));
  const mobileImages = mobile ? addin.mobileIcons.map((icon) => image(`Icon.Mobile${icon.size}x${icon.scale}`, addin.icons.command(mobileIconPx(icon)))) : [];
  const tooltip = (context: PaneCommand['context']): string => escape(addin.commands.find((command) => command.context === context)?.tooltip ?? '');
  return `<Resources>
  <bt:Images>
${[...images, ...mobileImages].join('\n')}
  </bt:Images>
  <bt:Urls>
    <bt:Url id="Taskpane.Url" DefaultValue="${escape(urlBelow(baseUrl, addin.pages.taskpane))}" />
  </bt:Urls>
  <bt:ShortStrings>
    <bt:String id="Group.Label" DefaultValue="${escape(addin.groupLabel)}" />
    <bt:String id="OpenPane.Label" DefaultValue="${escape(addin.buttonLabel)}" />
  </bt:ShortStrings>
  <bt:LongStrings>
    <bt:String id="OpenPane.Tooltip" DefaultValue="${tooltip('read')}" />
    <bt:String id="OpenPane.ComposeTooltip" DefaultValue="${tooltip('compose')}" />
  </bt:LongStrings>
</Resources>`;
}

function versionOverrides11(addin: AddinDeclaration, baseUrl: string): string {
  return `<!--
  Mailbox 1.5 and later use this block instead. It does not inherit from the block above, so it declares its
  own resources. SupportsPinning keeps the read pane open while the user moves between messages.
-->
<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
  <Hosts>
    <Host xsi:type="MailHost">
      <DesktopFormFactor>
${addin.commands.map((command) => indent(extensionPoint(addin, command, '', true), 8)).join('\n')}
      </DesktopFormFactor>
${indent(mobileFormFactor(addin), 6)}
    </Host>
  </Hosts>
${indent(resources(addin, baseUrl, true), 2)}
</VersionOverrides>`;
}

function versionOverrides(addin: AddinDeclaration, baseUrl: string): string {
  return `<!--
  Add-in commands, VersionOverrides 1.0: read by clients that do not understand the 1.1 schema. A mail
  manifest nests the 1.1 block inside this one; clients use the highest version they support.
-->
<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
  <Hosts>
    <Host xsi:type="MailHost">
      <DesktopFormFactor>
${addin.commands.map((command) => indent(extensionPoint(addin, command, '.V10', false), 8)).join('\n')}
      </DesktopFormFactor>
    </Host>
  </Hosts>
${indent(resources(addin, baseUrl, false), 2)}

${indent(versionOverrides11(addin, baseUrl), 2)}
</VersionOverrides>`;
}

/** The XML manifest for the pane served at `baseUrl`. */
export function renderXmlManifest(baseUrl: string, addin: AddinDeclaration = ADDIN): string {
  const url = (relative: string): string => escape(urlBelow(baseUrl, relative));
  const rules = addin.commands.map((command) => `    <Rule xsi:type="ItemIs" ItemType="Message" FormType="${FORM_TYPE[command.context]}" />`).join('\n');
  const sets = addin.requirementSets.map((set) => `      <Set Name="${set.name}" MinVersion="${set.minVersion}" />`).join('\n');
  const body = `<OfficeApp
  xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
  xsi:type="MailApp">
  <Id>${addin.id}</Id>
  <Version>${addin.version}.0</Version>
  <ProviderName>${escape(addin.providerName)}</ProviderName>
  <DefaultLocale>${addin.defaultLocale}</DefaultLocale>
${localized(addin, 'DisplayName', (texts) => texts.shortName)}
${localized(addin, 'Description', (texts) => texts.fullDescription)}
  <!-- Mail add-ins: IconUrl is 64 x 64 px and HighResolutionIconUrl is 128 x 128 px. -->
  <IconUrl DefaultValue="${url(addin.icons.addIn64)}" />
  <HighResolutionIconUrl DefaultValue="${url(addin.icons.addIn128)}" />
  <SupportUrl DefaultValue="${url(addin.pages.support)}" />
  <!--
    The add-in's own origin, which Outlook on the web and the new Outlook require for the Dialog API (the
    sign-in fallback when nested app authentication is unavailable opens dialog.html). No other domain is
    needed: the dialog may navigate to the Microsoft sign-in page without one, and Graph is called with fetch.
  -->
  <AppDomains>
    <AppDomain>${escape(new URL(baseUrl).origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox" />
  </Hosts>
  <Requirements>
    <Sets>
${sets}
    </Sets>
  </Requirements>
  <!-- Required by the schema; only clients without VersionOverrides support use it. -->
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="${url(addin.pages.taskpane)}" />
        <RequestedHeight>250</RequestedHeight>
      </DesktopSettings>
    </Form>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${url(addin.pages.taskpane)}" />
      </DesktopSettings>
    </Form>
  </FormSettings>
  <!-- Reads the open item; contacts go through Microsoft Graph with its own delegated permissions. -->
  <Permissions>${addin.permission}</Permissions>
  <!-- Activate on messages in the modes the commands serve. -->
  <Rule xsi:type="RuleCollection" Mode="Or">
${rules}
  </Rule>
  <DisableEntityHighlighting>true</DisableEntityHighlighting>

${indent(versionOverrides(addin, baseUrl), 2)}
</OfficeApp>
`;
  return `${HEADER}\n${body}`;
}
