// Loads the demo mailbox from the emulator (`GET /_emulator/mailbox/messages`) and parses it defensively:
// the answer is untrusted JSON, so every field is checked and anything malformed is skipped.
import { BUILT_IN_MESSAGES } from '../demo-messages.js';
import type { SimulatedAddress, SimulatedItem } from '../simulated-host.js';

export const MAILBOX_MESSAGES_PATH = '/_emulator/mailbox/messages';

export interface LoadedMailbox {
  readonly messages: readonly SimulatedItem[];
  /** Set when the emulator could not be reached and the built-in messages are shown instead. */
  readonly problem?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function address(value: unknown): SimulatedAddress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  // Accept both `{ name, address }` and Graph's `{ emailAddress: { name, address } }`.
  const inner = (typeof record.emailAddress === 'object' && record.emailAddress !== null ? record.emailAddress : record) as Record<string, unknown>;
  const addr = text(inner.address);
  return addr ? { name: text(inner.name), address: addr } : undefined;
}

function addresses(value: unknown): SimulatedAddress[] {
  return Array.isArray(value) ? value.map(address).filter((a): a is SimulatedAddress => a !== undefined) : [];
}

export function parseMessage(value: unknown): SimulatedItem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const id = text(record.id);
  if (!id) return undefined;
  const body = (typeof record.body === 'object' && record.body !== null ? record.body : {}) as Record<string, unknown>;
  const from = address(record.from);
  return {
    id,
    mode: 'read',
    subject: text(record.subject),
    ...(from ? { from } : {}),
    ...(address(record.sender) ? { sender: address(record.sender) } : {}),
    to: addresses(record.to ?? record.toRecipients),
    cc: addresses(record.cc ?? record.ccRecipients),
    ...(text(record.internetMessageId) ? { internetMessageId: text(record.internetMessageId) } : {}),
    receivedDateTime: text(record.receivedDateTime),
    body: { contentType: text(body.contentType).toLowerCase() === 'html' ? 'html' : 'text', content: text(body.content) },
  };
}

export async function loadMessages(): Promise<LoadedMailbox> {
  try {
    const response = await fetch(MAILBOX_MESSAGES_PATH, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const json: unknown = await response.json();
    const list = Array.isArray(json) ? json : ((json as { value?: unknown; messages?: unknown }).value ?? (json as { messages?: unknown }).messages);
    if (!Array.isArray(list)) throw new Error('the answer holds no message list');
    const messages = list.map(parseMessage).filter((m): m is SimulatedItem => m !== undefined);
    return { messages };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { messages: BUILT_IN_MESSAGES, problem: `The emulator's mailbox is not reachable (${reason}): showing built-in messages.` };
  }
}

/** A readable text version of a body: HTML is parsed (never executed or inserted) and its text kept. */
export function bodyText(item: SimulatedItem): string {
  if (item.body.contentType === 'text') return item.body.content;
  const doc = new DOMParser().parseFromString(item.body.content, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc.querySelectorAll('p').forEach((paragraph) => paragraph.append('\n\n'));
  doc.querySelectorAll('div, li, tr').forEach((block) => block.append('\n'));
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

export function formatAddress(address: SimulatedAddress): string {
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

/** Splits on commas and semicolons that are outside quotes and angle brackets. */
function splitAddresses(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angled = true;
    else if (char === '>' && !quoted) angled = false;
    if ((char === ',' || char === ';') && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  return [...parts, current];
}

/** Parses "Name <a@b>, c@d; \"Last, First\" <e@f>" as typed in the compose form. */
export function parseAddressList(value: string): SimulatedAddress[] {
  return splitAddresses(value)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*)<([^>]+)>$/.exec(part);
      if (match) return { name: (match[1] ?? '').trim().replace(/^"|"$/g, ''), address: (match[2] ?? '').trim() };
      return { name: '', address: part };
    });
}
