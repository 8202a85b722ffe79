// Office.js host shim for the simulator: exactly the mailbox API the add-in uses, typed against @types/office-js.
// Inside the simulator it reads the simulated host of the parent page (same origin); opened on its own, it makes one.
// Under NAA (`?naa=1`) it also defines `window.nestedAppAuthBridge`, served by the host's broker (naa/).
import { BUILT_IN_MESSAGES } from './demo-messages.js';
import { createHostBroker, localBrokerTransport } from './naa/serve-host-broker.js';
import { nestedAppAuthOption, SIMULATED_HOST_GLOBAL, SimulatedHost, type SimulatedHostLike, type SimulatedTheme } from './simulated-host.js';
import { createShimUi, type ShimUi } from './shim/dialog.js';
import { mailboxItem, type ItemHandlers, type ShimItem } from './shim/mailbox-item.js';
import { installNestedAppAuthBridge, parentFrameTransport } from './shim/nested-app-auth-bridge.js';
import {
  ASYNC_RESULT_STATUS,
  COERCION_TYPE,
  EVENT_TYPE,
  MAILBOX_ENUMS,
  OFFICE_ERROR,
  answerLater,
  asyncContextOf,
  callbackOf,
  failed,
  succeeded,
  versionAtMost,
} from './shim/office-values.js';
import { roamingSettings } from './shim/roaming-settings.js';

type HostWindow = Window & { [SIMULATED_HOST_GLOBAL]?: SimulatedHostLike };

type ShimMailbox = Pick<Office.Mailbox, 'userProfile' | 'addHandlerAsync' | 'removeHandlerAsync'> & { readonly item: ShimItem | null };
type ShimContext = Pick<Office.Context, 'displayLanguage' | 'officeTheme' | 'requirements' | 'roamingSettings' | 'host' | 'platform'> & {
  readonly mailbox: ShimMailbox;
  readonly ui: ShimUi;
};
export type ShimOffice = Pick<typeof Office, 'onReady' | 'EventType' | 'CoercionType' | 'AsyncResultStatus' | 'MailboxEnums' | 'HostType' | 'PlatformType'> & {
  readonly context: ShimContext;
};

/** Requirement sets the simulated Outlook supports, by name: the highest version. */
const SUPPORTED_SETS: Record<string, string> = { Mailbox: '1.14', DialogApi: '1.2' };

/** The simulator page's host (`local` false), or one of this page's own when it is opened alone. */
function findHost(): { readonly host: SimulatedHostLike; readonly local: boolean } {
  for (const candidate of [window.parent, window]) {
    try {
      const host = (candidate as HostWindow)[SIMULATED_HOST_GLOBAL];
      if (host) return { host, local: candidate === window };
    } catch {
      // A frame of another origin: not our simulator.
    }
  }
  const host = new SimulatedHost({ item: BUILT_IN_MESSAGES[0] ?? null, ...nestedAppAuthOption(new URLSearchParams(window.location.search)) });
  (window as HostWindow)[SIMULATED_HOST_GLOBAL] = host;
  return { host, local: true };
}

function officeTheme(theme: SimulatedTheme): Office.OfficeTheme {
  const dark = theme === 'dark';
  return {
    bodyBackgroundColor: dark ? '#292929' : '#FFFFFF',
    bodyForegroundColor: dark ? '#FFFFFF' : '#242424',
    controlBackgroundColor: dark ? '#1F1F1F' : '#FFFFFF',
    controlForegroundColor: dark ? '#FFFFFF' : '#242424',
    isDarkTheme: dark,
    themeId: (dark ? 'Black' : 'White') as unknown as Office.ThemeId,
  };
}

function createShim(host: SimulatedHostLike): ShimOffice {
  const itemHandlers: ItemHandlers = new Map();
  const mailboxHandlers = new Map<string, (args: unknown) => void>();
  const unsubscribers = [
    host.on('itemChanged', () => mailboxHandlers.get(EVENT_TYPE.ItemChanged)?.({ type: EVENT_TYPE.ItemChanged })),
    host.on('themeChanged', () =>
      mailboxHandlers.get(EVENT_TYPE.OfficeThemeChanged)?.({ type: EVENT_TYPE.OfficeThemeChanged, officeTheme: officeTheme(host.state().theme) }),
    ),
    host.on('recipientsChanged', () => {
      const id = host.state().item?.id;
      const changedRecipientFields = { to: true, cc: true, bcc: false, optionalAttendees: false, requiredAttendees: false, resources: false };
      if (id) itemHandlers.get(id)?.({ type: 'olkRecipientsChanged', changedRecipientFields });
    }),
  ];
  window.addEventListener('pagehide', () => unsubscribers.forEach((off) => off()));

  const mailbox: ShimMailbox = {
    get item() {
      return mailboxItem(host, itemHandlers);
    },
    get userProfile(): Office.UserProfile {
      const { user } = host.state();
      return { displayName: user.name, emailAddress: user.address, accountType: 'enterprise', timeZone: 'UTC' };
    },
    addHandlerAsync(eventType: Office.EventType | string, handler: (args: unknown) => void, ...rest: unknown[]): void {
      const type = String(eventType);
      const context = asyncContextOf(...rest);
      if (type !== EVENT_TYPE.ItemChanged && type !== EVENT_TYPE.OfficeThemeChanged) {
        return answerLater(callbackOf<void>(...rest), () => failed(OFFICE_ERROR.invalidEvent, context));
      }
      // Outlook keeps one handler per event type and add-in.
      mailboxHandlers.set(type, handler);
      answerLater(callbackOf<void>(...rest), () => succeeded(undefined, context));
    },
    removeHandlerAsync(eventType: Office.EventType | string, ...rest: unknown[]): void {
      mailboxHandlers.delete(String(eventType));
      answerLater(callbackOf<void>(...rest), () => succeeded(undefined, asyncContextOf(...rest)));
    },
  };

  const context: ShimContext = {
    host: 'Outlook' as unknown as Office.HostType,
    platform: 'OfficeOnline' as unknown as Office.PlatformType,
    get displayLanguage() {
      return host.state().displayLanguage;
    },
    get officeTheme() {
      return officeTheme(host.state().theme);
    },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const version = minVersion === undefined ? '1.1' : typeof minVersion === 'number' ? minVersion.toFixed(1) : minVersion;
        if (name === 'NestedAppAuth') return host.state().nestedAppAuth && versionAtMost(version, '1.1');
        const max = SUPPORTED_SETS[name];
        return max !== undefined && versionAtMost(version, max);
      },
    },
    roamingSettings: roamingSettings(),
    mailbox,
    ui: createShimUi(() => host.state().formFactor),
  };

  return {
    onReady(callback) {
      const info = { host: context.host, platform: context.platform };
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }),
      );
    },
    EventType: EVENT_TYPE as unknown as typeof Office.EventType,
    CoercionType: COERCION_TYPE as unknown as typeof Office.CoercionType,
    AsyncResultStatus: ASYNC_RESULT_STATUS as unknown as typeof Office.AsyncResultStatus,
    MailboxEnums: MAILBOX_ENUMS as unknown as typeof Office.MailboxEnums,
    HostType: { Outlook: 'Outlook' } as unknown as typeof Office.HostType,
    PlatformType: { OfficeOnline: 'OfficeOnline' } as unknown as typeof Office.PlatformType,
    context,
  };
}

const found = findHost();
// Under NAA, Office.js defines the bridge before the add-in's scripts run; MSAL finds it when it is created.
if (found.host.state().nestedAppAuth) {
  installNestedAppAuthBridge(window, found.local ? localBrokerTransport(createHostBroker(found.host, window), window) : parentFrameTransport(window));
}
(globalThis as unknown as { Office: ShimOffice }).Office = createShim(found.host);
