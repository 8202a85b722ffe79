// Office's dialog API: `displayDialogAsync` opens a real popup window (or, with `displayInIframe`, an overlay
// over the whole simulator) and `messageParent` in the dialog page relays to the opener. The two sides find each
// other through the dialog window's name, which survives the page's own redirects, and a BroadcastChannel.
import type { SimulatedFormFactor } from '../simulated-host.js';
import { EVENT_TYPE, OFFICE_ERROR, answerLater, asyncContextOf, callbackOf, failed, succeeded } from './office-values.js';

const CHANNEL = 'contact-bridge-office-dialog';
const NAME_PREFIX = 'office-dialog:';
const CLOSED_POLL_MS = 250;

type DialogWire =
  | { readonly dialogId: string; readonly kind: 'message'; readonly message: string; readonly origin: string }
  | { readonly dialogId: string; readonly kind: 'parent-message'; readonly message: string };

type DialogHandler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

export type ShimDialog = Pick<Office.Dialog, 'close' | 'addEventHandler' | 'messageChild'>;
export type ShimUi = Pick<Office.UI, 'displayDialogAsync' | 'messageParent' | 'addHandlerAsync'>;

/** Office.DialogOptions' documented floor: a dialog is at least 150 px wide and 250 px high. */
const MIN_DIALOG_WIDTH_PX = 150;
const MIN_DIALOG_HEIGHT_PX = 250;
/** Office.DialogOptions' documented default, 80 % of the display each way. */
const DEFAULT_DIALOG_PERCENT = 80;

let openDialogId: string | undefined;

/**
 * The popup's size for `options` on a screen of `available` pixels. On a computer, width and height are percentages
 * of the display with Office's minimums; Outlook on a phone shows every dialog across the whole screen and ignores them.
 */
export function dialogWindowSize(
  options: Pick<Office.DialogOptions, 'width' | 'height'>,
  available: { readonly width: number; readonly height: number },
  formFactor: SimulatedFormFactor,
): { readonly width: number; readonly height: number } {
  if (formFactor === 'phone') return { width: available.width, height: available.height };
  const share = (percent: number | undefined, whole: number, min: number) => Math.min(whole, Math.max(min, Math.round((whole * (percent ?? DEFAULT_DIALOG_PERCENT)) / 100)));
  return { width: share(options.width, available.width, MIN_DIALOG_WIDTH_PX), height: share(options.height, available.height, MIN_DIALOG_HEIGHT_PX) };
}

function overlayDocument(): Document {
  try {
    return window.top?.document ?? document;
  } catch {
    return document;
  }
}

function openOverlay(url: string, name: string, onUserClose: () => void): () => void {
  const doc = overlayDocument();
  const backdrop = doc.createElement('div');
  backdrop.setAttribute('role', 'dialog');
  backdrop.setAttribute('aria-label', 'Add-in dialog');
  backdrop.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.4);display:flex;align-items:center;justify-content:center;z-index:1000';
  const frame = doc.createElement('iframe');
  frame.name = name;
  frame.title = 'Add-in dialog';
  frame.src = url;
  frame.style.cssText = 'width:min(560px,90vw);height:min(640px,85vh);border:0;background:#fff;box-shadow:0 8px 32px rgba(0,0,0,.3)';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Close dialog');
  close.style.cssText = 'position:absolute;top:12px;right:16px;font-size:24px;background:none;border:0;color:#fff;cursor:pointer';
  close.addEventListener('click', onUserClose);
  backdrop.append(frame, close);
  doc.body.append(backdrop);
  return () => backdrop.remove();
}

function displayDialogAsync(formFactor: SimulatedFormFactor, startAddress: string, ...rest: unknown[]): void {
  const callback = callbackOf<Office.Dialog>(...rest);
  const context = asyncContextOf(...rest);
  const options = (rest.find((arg) => typeof arg === 'object' && arg !== null) ?? {}) as Office.DialogOptions;
  const url = new URL(startAddress, window.location.href);
  if (url.origin !== window.location.origin) return answerLater(callback, () => failed(OFFICE_ERROR.dialogDomain, context));
  if (openDialogId) return answerLater(callback, () => failed(OFFICE_ERROR.dialogAlreadyOpen, context));

  const dialogId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const handlers = new Map<string, Set<DialogHandler>>();
  const channel = new BroadcastChannel(CHANNEL);
  const fire = (type: string, args: Parameters<DialogHandler>[0]) => handlers.get(type)?.forEach((handler) => handler(args));
  let closeWindow: () => void = () => undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  const cleanup = () => {
    if (poll) clearInterval(poll);
    channel.close();
    closeWindow();
    if (openDialogId === dialogId) openDialogId = undefined;
  };
  const userClosed = () => {
    cleanup();
    fire(EVENT_TYPE.DialogEventReceived, { error: OFFICE_ERROR.dialogClosed.code });
  };

  if (options.displayInIframe) {
    closeWindow = openOverlay(url.href, NAME_PREFIX + dialogId, userClosed);
  } else {
    const { width, height } = dialogWindowSize(options, { width: screen.availWidth, height: screen.availHeight }, formFactor);
    const popup = window.open(url.href, NAME_PREFIX + dialogId, `popup,width=${width},height=${height}`);
    if (!popup) {
      channel.close();
      return answerLater(callback, () => failed(OFFICE_ERROR.popupBlocked, context));
    }
    closeWindow = () => popup.close();
    poll = setInterval(() => {
      if (popup.closed) userClosed();
    }, CLOSED_POLL_MS);
  }
  openDialogId = dialogId;
  channel.onmessage = (event: MessageEvent<DialogWire>) => {
    const wire = event.data;
    if (wire.dialogId === dialogId && wire.kind === 'message') {
      fire(EVENT_TYPE.DialogMessageReceived, { message: wire.message, origin: wire.origin });
    }
  };
  const dialog: ShimDialog = {
    close: cleanup,
    addEventHandler(eventType, handler) {
      const set = handlers.get(String(eventType)) ?? new Set<DialogHandler>();
      set.add(handler);
      handlers.set(String(eventType), set);
    },
    messageChild(message: string) {
      channel.postMessage({ dialogId, kind: 'parent-message', message } satisfies DialogWire);
    },
  };
  answerLater(callback, () => succeeded(dialog as Office.Dialog, context));
}

/** The dialog id when this page runs inside a dialog opened by the shim. */
function ownDialogId(): string | undefined {
  return window.name.startsWith(NAME_PREFIX) ? window.name.slice(NAME_PREFIX.length) : undefined;
}

function messageParent(message: string): void {
  const dialogId = ownDialogId();
  if (!dialogId) throw new Error('messageParent is only available in a page opened with displayDialogAsync.');
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ dialogId, kind: 'message', message: String(message), origin: window.location.origin } satisfies DialogWire);
  channel.close();
}

function addHandlerAsync(eventType: Office.EventType, handler: (args: Office.DialogParentMessageReceivedEventArgs) => void, ...rest: unknown[]): void {
  const dialogId = ownDialogId();
  const context = asyncContextOf(...rest);
  if (String(eventType) !== EVENT_TYPE.DialogParentMessageReceived || !dialogId) {
    return answerLater(callbackOf<void>(...rest), () => failed(OFFICE_ERROR.invalidEvent, context));
  }
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<DialogWire>) => {
    if (event.data.dialogId === dialogId && event.data.kind === 'parent-message') {
      handler({ message: event.data.message, origin: window.location.origin, type: eventType });
    }
  };
  answerLater(callbackOf<void>(...rest), () => succeeded(undefined, context));
}

/** The dialog API of a host whose form factor `formFactor()` reports when a dialog opens. */
export function createShimUi(formFactor: () => SimulatedFormFactor): ShimUi {
  return {
    displayDialogAsync: (startAddress: string, ...rest: unknown[]) => displayDialogAsync(formFactor(), startAddress, ...rest),
    messageParent,
    addHandlerAsync,
  };
}
