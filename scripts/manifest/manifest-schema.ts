// Content models of the Outlook (MailApp) add-in manifest: which children each element may have, in which
// order and how often. Written from Microsoft's published manifest schema and its reference pages:
// learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering ("Basic mail add-in element
// ordering", "Mail add-in element ordering within VersionOverrides Ver. 1.0 / Ver. 1.1") and
// learn.microsoft.com/javascript/api/manifest/* (required children per element).

const UNBOUNDED = Number.POSITIVE_INFINITY;

/** A model reference: one model, or one chosen by the child's xsi:type (unknown types are not descended into). */
export type ModelRef = string | { readonly byType: Readonly<Record<string, string>> };

export interface ChildRule {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly model: ModelRef;
}

/** `sequence`: children in this order; `leaf`: no element children; `open`: children not checked. */
export type ContentModel =
  | { readonly kind: 'sequence'; readonly children: readonly ChildRule[] }
  | { readonly kind: 'leaf' }
  | { readonly kind: 'open' };

const one = (name: string, model: ModelRef = 'leaf'): ChildRule => ({ name, min: 1, max: 1, model });
const optional = (name: string, model: ModelRef = 'leaf'): ChildRule => ({ name, min: 0, max: 1, model });
const many = (name: string, model: ModelRef = 'leaf', min = 1, max = UNBOUNDED): ChildRule => ({ name, min, max, model });
const sequence = (...children: ChildRule[]): ContentModel => ({ kind: 'sequence', children });

const COMMAND_SURFACE = 'CommandSurface';

export const MODELS: Readonly<Record<string, ContentModel>> = {
  leaf: { kind: 'leaf' },
  open: { kind: 'open' },
  // <OfficeApp xsi:type="MailApp">. Permissions is listed as optional for mail add-ins in the reference
  // table; this project requires it so the requested privilege is always explicit.
  MailApp: sequence(
    one('Id'),
    optional('AlternateId'),
    one('Version'),
    one('ProviderName'),
    one('DefaultLocale'),
    one('DisplayName', 'Localized'),
    one('Description', 'Localized'),
    optional('IconUrl', 'Localized'),
    optional('HighResolutionIconUrl', 'Localized'),
    optional('SupportUrl', 'Localized'),
    optional('AppDomains', 'AppDomains'),
    optional('Hosts', 'Hosts'),
    optional('Requirements', 'Requirements'),
    one('FormSettings', 'FormSettings'),
    one('Permissions'),
    one('Rule', { byType: { RuleCollection: 'RuleCollection', ItemIs: 'leaf', ItemHasAttachment: 'leaf', ItemHasKnownEntity: 'leaf', ItemHasRegularExpressionMatch: 'leaf' } }),
    optional('DisableEntityHighlighting'),
    optional('VersionOverrides', { byType: { VersionOverridesV1_0: 'VersionOverrides10', VersionOverridesV1_1: 'VersionOverrides11' } }),
  ),
  Localized: sequence(many('Override', 'leaf', 0)),
  AppDomains: sequence(many('AppDomain')),
  Hosts: sequence(many('Host')),
  Requirements: sequence(one('Sets', 'Sets')),
  Sets: sequence(many('Set')),
  FormSettings: sequence(many('Form', 'Form')),
  Form: sequence(one('DesktopSettings', 'FormFactorSettings'), optional('TabletSettings', 'FormFactorSettings'), optional('PhoneSettings', 'PhoneSettings')),
  FormFactorSettings: sequence(one('SourceLocation', 'Localized'), optional('RequestedHeight')),
  PhoneSettings: sequence(one('SourceLocation', 'Localized')),
  RuleCollection: sequence(many('Rule', { byType: { RuleCollection: 'RuleCollection', ItemIs: 'leaf', ItemHasAttachment: 'leaf', ItemHasKnownEntity: 'leaf', ItemHasRegularExpressionMatch: 'leaf' } })),
  // VersionOverrides 1.0 for mail; a 1.1 block may be nested at its end.
  VersionOverrides10: sequence(
    optional('Description'),
    optional('Requirements', 'Requirements'),
    optional('Hosts', 'OverrideHosts'),
    optional('Resources', 'Resources'),
    optional('VersionOverrides', { byType: { VersionOverridesV1_1: 'VersionOverrides11' } }),
    optional('WebApplicationInfo', 'open'),
  ),
  VersionOverrides11: sequence(
    optional('Description'),
    optional('Requirements', 'Requirements'),
    optional('Hosts', 'OverrideHosts'),
    optional('Resources', 'Resources'),
    optional('WebApplicationInfo', 'open'),
    optional('EquivalentAddins', 'open'),
    optional('ExtendedPermissions', 'open'),
  ),
  OverrideHosts: sequence(many('Host', 'OverrideHost')),
  OverrideHost: sequence(optional('Runtimes', 'open'), one('DesktopFormFactor', 'DesktopFormFactor'), optional('MobileFormFactor', 'MobileFormFactor')),
  DesktopFormFactor: sequence(
    optional('SupportsSharedFolders'),
    optional('FunctionFile'),
    many('ExtensionPoint', {
      byType: {
        MessageReadCommandSurface: COMMAND_SURFACE,
        MessageComposeCommandSurface: COMMAND_SURFACE,
        AppointmentOrganizerCommandSurface: COMMAND_SURFACE,
        AppointmentAttendeeCommandSurface: COMMAND_SURFACE,
      },
    }),
  ),
  // learn.microsoft.com/javascript/api/manifest/mobileformfactor: mail VersionOverrides 1.1 only.
  MobileFormFactor: sequence(
    optional('FunctionFile'),
    many('ExtensionPoint', { byType: { MobileMessageReadCommandSurface: 'MobileCommandSurface', MobileOnlineMeetingCommandSurface: 'open', MobileLogEventAppointmentAttendee: 'open' } }),
  ),
  MobileCommandSurface: sequence(one('Group', 'MobileGroup')),
  MobileGroup: sequence(one('Label'), many('Control', { byType: { MobileButton: 'MobileButton' } }, 1, 6)),
  MobileButton: sequence(one('Label'), one('Icon', 'Icon'), one('Action', { byType: { ShowTaskpane: 'ShowTaskpane', ExecuteFunction: 'ExecuteFunction' } })),
  [COMMAND_SURFACE]: sequence(optional('OfficeTab', 'OfficeTab'), optional('CustomTab', 'open')),
  OfficeTab: sequence(one('Group', 'Group')),
  Group: sequence(one('Label'), optional('Tooltip'), many('Control', { byType: { Button: 'Button', Menu: 'Menu' } }, 1, 6)),
  Button: sequence(one('Label'), one('Supertip', 'Supertip'), one('Icon', 'Icon'), one('Action', { byType: { ShowTaskpane: 'ShowTaskpane', ExecuteFunction: 'ExecuteFunction' } }), optional('Enabled')),
  Menu: sequence(one('Label'), one('Supertip', 'Supertip'), one('Icon', 'Icon'), one('Items', 'Items')),
  Items: sequence(many('Item', 'Item')),
  Item: sequence(one('Label'), one('Supertip', 'Supertip'), optional('Icon', 'Icon'), one('Action', { byType: { ShowTaskpane: 'ShowTaskpane', ExecuteFunction: 'ExecuteFunction' } })),
  Supertip: sequence(one('Title'), one('Description')),
  Icon: sequence(many('Image')),
  ShowTaskpane: sequence(one('SourceLocation'), optional('SupportsPinning'), optional('SupportsMultiselect'), optional('SupportsNoItemContext')),
  ExecuteFunction: sequence(one('FunctionName')),
  Resources: sequence(optional('Images', 'ResourceImages'), optional('Urls', 'ResourceUrls'), optional('ShortStrings', 'ResourceStrings'), optional('LongStrings', 'ResourceStrings')),
  ResourceImages: sequence(many('Image', 'Localized')),
  ResourceUrls: sequence(many('Url', 'Localized')),
  ResourceStrings: sequence(many('String', 'Localized')),
};

/** Model of the root element for a given OfficeApp xsi:type; only mail add-ins are modelled. */
export function rootModelName(officeAppType: string | undefined): string | undefined {
  return officeAppType === 'MailApp' ? 'MailApp' : undefined;
}

/** Resolves a model reference for a child with the given xsi:type. */
export function resolveModel(ref: ModelRef, xsiType: string | undefined): ContentModel | undefined {
  const name = typeof ref === 'string' ? ref : xsiType === undefined ? undefined : ref.byType[xsiType];
  return name === undefined ? undefined : MODELS[name];
}
