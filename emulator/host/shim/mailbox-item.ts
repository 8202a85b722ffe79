// `Office.context.mailbox.item` for the simulated item: a message in read mode (properties) or in
// compose mode (asynchronous getters), typed against @types/office-js so the shim cannot drift.
import type { SimulatedAddress, SimulatedHostLike, SimulatedItem } from '../simulated-host.js';
import {
  COERCION_TYPE,
  EVENT_TYPE,
  MAILBOX_ENUMS,
  OFFICE_ERROR,
  answerLater,
  asyncContextOf,
  callbackOf,
  failed,
  succeeded,
} from './office-values.js';
import { htmlBodyText } from './html-body-text.js';

type ShimBody = Pick<Office.Body, 'getAsync'>;
type ShimRecipients = Pick<Office.Recipients, 'getAsync' | 'setAsync'>;

export type ShimMessageRead = Pick<Office.MessageRead, 'itemType' | 'itemId' | 'internetMessageId' | 'subject' | 'from' | 'sender' | 'to' | 'cc'> & {
  readonly body: ShimBody;
};

export type ShimMessageCompose = Pick<Office.MessageCompose, 'itemType' | 'addHandlerAsync' | 'removeHandlerAsync'> & {
  readonly subject: Pick<Office.Subject, 'getAsync'>;
  readonly to: ShimRecipients;
  readonly cc: ShimRecipients;
  readonly body: ShimBody;
};

export type ShimItem = ShimMessageRead | ShimMessageCompose;

/** The RecipientsChanged handler registered on each composed item, keyed by item id (one per item, as for mailbox events). */
export type ItemHandlers = Map<string, (args: Office.RecipientsChangedEventArgs) => void>;

const itemType = MAILBOX_ENUMS.ItemType.Message as unknown as Office.MailboxEnums.ItemType;

export function toEmailAddressDetails(address: SimulatedAddress): Office.EmailAddressDetails {
  const internal = address.address.toLowerCase().endsWith('@contoso.example');
  return {
    displayName: address.name,
    emailAddress: address.address,
    appointmentResponse: MAILBOX_ENUMS.ResponseType.None,
    recipientType: internal ? MAILBOX_ENUMS.RecipientType.Enterprise : MAILBOX_ENUMS.RecipientType.ExternalUser,
  };
}

function fromDetails(details: string | Office.EmailUser | Office.EmailAddressDetails): SimulatedAddress {
  if (typeof details === 'string') return { name: details, address: details };
  return { name: details.displayName, address: details.emailAddress };
}

/** The body in the coercion asked for. HTML becomes text as Outlook renders it (`html-body-text.ts`), never by executing it. */
export function bodyAs(item: SimulatedItem, coercion: string): string {
  const { contentType, content } = item.body;
  if (coercion === COERCION_TYPE.Html) {
    if (contentType === 'html') return content;
    const escaped = content.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<div>${escaped.replace(/\n/g, '<br>')}</div>`;
  }
  if (contentType === 'text') return content;
  return htmlBodyText(content);
}

function body(host: SimulatedHostLike, item: SimulatedItem): ShimBody {
  return {
    getAsync(coercionType: Office.CoercionType | string, ...rest: unknown[]): void {
      const context = asyncContextOf(...rest);
      answerLater(
        callbackOf<string>(...rest),
        () => {
          const current = host.state().item;
          if (!current || current.id !== item.id) return failed(OFFICE_ERROR.noItem, context);
          return succeeded(bodyAs(current, String(coercionType)), context);
        },
        host.state().asyncLatencyMs,
      );
    },
  };
}

function recipients(host: SimulatedHostLike, item: SimulatedItem, field: 'to' | 'cc'): ShimRecipients {
  return {
    getAsync(...rest: unknown[]): void {
      const context = asyncContextOf(...rest);
      answerLater(
        callbackOf<Office.EmailAddressDetails[]>(...rest),
        () => {
          const current = host.state().item;
          if (!current || current.id !== item.id) return failed(OFFICE_ERROR.noItem, context);
          return succeeded(current[field].map(toEmailAddressDetails), context);
        },
        host.state().asyncLatencyMs,
      );
    },
    setAsync(list: Array<string | Office.EmailUser | Office.EmailAddressDetails>, ...rest: unknown[]): void {
      host.setRecipients(field, list.map(fromDetails));
      answerLater(callbackOf<void>(...rest), () => succeeded(undefined, asyncContextOf(...rest)));
    },
  };
}

function readItem(host: SimulatedHostLike, item: SimulatedItem): ShimMessageRead {
  const from = item.from ? toEmailAddressDetails(item.from) : (undefined as unknown as Office.EmailAddressDetails);
  return {
    itemType,
    itemId: item.id,
    internetMessageId: item.internetMessageId ?? `<${item.id}@simulator.contoso.example>`,
    subject: item.subject,
    from,
    sender: item.sender ? toEmailAddressDetails(item.sender) : from,
    to: item.to.map(toEmailAddressDetails),
    cc: item.cc.map(toEmailAddressDetails),
    body: body(host, item),
  };
}

function composeItem(host: SimulatedHostLike, item: SimulatedItem, handlers: ItemHandlers): ShimMessageCompose {
  return {
    itemType,
    subject: {
      getAsync(...rest: unknown[]): void {
        answerLater(callbackOf<string>(...rest), () => succeeded(host.state().item?.subject ?? '', asyncContextOf(...rest)));
      },
    },
    to: recipients(host, item, 'to'),
    cc: recipients(host, item, 'cc'),
    body: body(host, item),
    addHandlerAsync(eventType: Office.EventType | string, handler: (args: Office.RecipientsChangedEventArgs) => void, ...rest: unknown[]): void {
      const context = asyncContextOf(...rest);
      if (String(eventType) !== EVENT_TYPE.RecipientsChanged) {
        answerLater(callbackOf<void>(...rest), () => failed(OFFICE_ERROR.invalidEvent, context));
        return;
      }
      handlers.set(item.id, handler);
      answerLater(callbackOf<void>(...rest), () => succeeded(undefined, context));
    },
    removeHandlerAsync(eventType: Office.EventType | string, ...rest: unknown[]): void {
      if (String(eventType) === EVENT_TYPE.RecipientsChanged) handlers.delete(item.id);
      answerLater(callbackOf<void>(...rest), () => succeeded(undefined, asyncContextOf(...rest)));
    },
  };
}

/** A fresh item object for the selected item, as Outlook hands out a new `item` after each ItemChanged. */
export function mailboxItem(host: SimulatedHostLike, handlers: ItemHandlers): ShimItem | null {
  const item = host.state().item;
  if (!item) return null;
  return item.mode === 'read' ? readItem(host, item) : composeItem(host, item, handlers);
}
