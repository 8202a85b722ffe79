// The MailboxHost contract, run by every implementation: FakeMailboxHost in Node and OfficeMailboxHost over the
// simulator's Office.js shim in Chromium. The subject is seen through async calls so it can live in a browser page.
import { describe, expect, it } from 'vitest';
import type { MailboxUser, MessageBody, OpenItem } from '../../src/ports/mailbox-host.js';
import { htmlToText } from '../../src/core/match/signature/html-to-text.js';
import { eventually } from '../support/eventually.js';

export interface ContractAddress {
  readonly name: string;
  readonly address: string;
}

export interface ContractMessage {
  readonly id: string;
  readonly subject: string;
  readonly from: ContractAddress;
  readonly to: readonly ContractAddress[];
  readonly cc: readonly ContractAddress[];
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
}

/** Counts calls of a listener registered on the subject. */
export interface ListenerProbe {
  count(): Promise<number>;
  unsubscribe(): Promise<void>;
}

/** The port's methods, each answered asynchronously. */
export interface MailboxHostUnderTest {
  currentItem(): Promise<OpenItem | null>;
  bodyOfCurrentItem(): Promise<MessageBody>;
  user(): Promise<MailboxUser>;
  isSetSupported(name: string, minVersion?: string): Promise<boolean>;
  probeItemChanged(): Promise<ListenerProbe>;
  probeRecipientsChanged(): Promise<ListenerProbe>;
}

/** Acts as the user in the mail host. */
export interface MailboxHostDriver {
  selectMessage(message: ContractMessage): Promise<void>;
  selectNothing(): Promise<void>;
  startCompose(to: readonly ContractAddress[]): Promise<void>;
  setComposeRecipients(field: 'to' | 'cc', list: readonly ContractAddress[]): Promise<void>;
}

export interface MailboxHostSetup {
  readonly subject: MailboxHostUnderTest;
  readonly driver: MailboxHostDriver;
  /** The mailbox owner the host was set up with. */
  readonly owner: MailboxUser;
  teardown(): Promise<void>;
}

const ALEX: ContractAddress = { name: 'Alex Rivera', address: 'alex.rivera@fabrikam.example' };
const KIM: ContractAddress = { name: 'Kim, Soo-jin', address: 'soojin.kim@adatum.example' };
const PAT: ContractAddress = { name: '', address: 'pat@contoso.example' };

export const PLAIN_MESSAGE: ContractMessage = {
  id: 'contract-plain',
  subject: 'Budget review',
  from: ALEX,
  to: [KIM, PAT],
  cc: [ALEX],
  body: { contentType: 'text', content: 'Hello Kim,\nsee you Monday.\nAlex' },
};
export const HTML_MESSAGE: ContractMessage = {
  id: 'contract-html',
  subject: '<b>not bold</b>',
  from: KIM,
  to: [PAT],
  cc: [],
  body: { contentType: 'html', content: '<p>Thanks <b>Pat</b></p><script>window.injected = true</script>' },
};

const addressOf = (a: ContractAddress) => ({ displayName: a.name, emailAddress: a.address });

export function runMailboxHostContract(name: string, setup: () => Promise<MailboxHostSetup>): void {
  describe(`MailboxHost contract: ${name}`, () => {
    const withHost = (body: (s: MailboxHostSetup) => Promise<void>) => async () => {
      const s = await setup();
      try {
        await body(s);
      } finally {
        await s.teardown();
      }
    };

    it('answers null when no item is selected', withHost(async ({ subject, driver }) => {
      await driver.selectNothing();
      expect(await subject.currentItem()).toBeNull();
      await expect(subject.bodyOfCurrentItem()).rejects.toThrow(Error);
    }));

    it('reads the subject and every participant of a received message', withHost(async ({ subject, driver }) => {
      await driver.selectMessage(PLAIN_MESSAGE);
      const item = await subject.currentItem();
      expect(item).toMatchObject({ mode: 'read', subject: 'Budget review', from: addressOf(ALEX) });
      expect(item?.to).toEqual([addressOf(KIM), addressOf(PAT)]);
      expect(item?.cc).toEqual([addressOf(ALEX)]);
    }));

    it('keeps an item key stable across reads and different between items', withHost(async ({ subject, driver }) => {
      await driver.selectMessage(PLAIN_MESSAGE);
      const first = await subject.currentItem();
      expect((await subject.currentItem())?.key).toBe(first?.key);
      await driver.selectMessage(HTML_MESSAGE);
      expect((await subject.currentItem())?.key).not.toBe(first?.key);
    }));

    it('returns subjects verbatim and an HTML body as its HTML, for the signature reader to convert', withHost(async ({ subject, driver }) => {
      await driver.selectMessage(HTML_MESSAGE);
      expect((await subject.currentItem())?.subject).toBe('<b>not bold</b>');
      const body = await subject.bodyOfCurrentItem();
      expect(body.type).toBe('html');
      expect(body.content).toContain('Thanks <b>Pat</b>');
      expect(htmlToText(body.content)).toBe('Thanks Pat');
    }));

    it('reads a plain-text body with its lines unchanged', withHost(async ({ subject, driver }) => {
      await driver.selectMessage(PLAIN_MESSAGE);
      const body = await subject.bodyOfCurrentItem();
      expect(body.type === 'html' ? htmlToText(body.content) : body.content).toBe(PLAIN_MESSAGE.body.content);
    }));

    it('calls an ItemChanged listener once per selection until it unsubscribes', withHost(async ({ subject, driver }) => {
      const probe = await subject.probeItemChanged();
      await driver.selectMessage(PLAIN_MESSAGE);
      await eventually(() => probe.count()).toBe(1);
      await driver.selectMessage(HTML_MESSAGE);
      await eventually(() => probe.count()).toBe(2);
      expect((await subject.currentItem())?.subject).toBe(HTML_MESSAGE.subject);
      await probe.unsubscribe();
      await driver.selectMessage(PLAIN_MESSAGE);
      await eventually(async () => (await subject.currentItem())?.subject).toBe(PLAIN_MESSAGE.subject);
      expect(await probe.count()).toBe(2);
    }));

    it('reads the recipients of a message being composed and reports their changes', withHost(async ({ subject, driver }) => {
      const probe = await subject.probeRecipientsChanged();
      await driver.startCompose([ALEX]);
      await eventually(async () => (await subject.currentItem())?.mode).toBe('compose');
      expect((await subject.currentItem())?.to).toEqual([addressOf(ALEX)]);
      await driver.setComposeRecipients('cc', [KIM]);
      await eventually(() => probe.count()).toBeGreaterThanOrEqual(1);
      const item = await subject.currentItem();
      expect(item?.to).toEqual([addressOf(ALEX)]);
      expect(item?.cc).toEqual([addressOf(KIM)]);
      expect(item?.from).toBeUndefined();
    }));

    it('reports each recipients change once, also to a listener that subscribed again', withHost(async ({ subject, driver }) => {
      await driver.startCompose([ALEX]);
      await eventually(async () => (await subject.currentItem())?.mode).toBe('compose');
      const first = await subject.probeRecipientsChanged();
      await first.unsubscribe();
      const second = await subject.probeRecipientsChanged();
      await driver.setComposeRecipients('to', [KIM]);
      await eventually(() => second.count()).toBe(1);
      expect((await subject.currentItem())?.to).toEqual([addressOf(KIM)]);
      expect(await second.count()).toBe(1);
      expect(await first.count()).toBe(0);
    }));

    it('names the mailbox owner and the language Outlook shows', withHost(async ({ subject, owner }) => {
      const user = await subject.user();
      expect(user).toEqual(owner);
      expect(user.displayLanguage).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
    }));

    it('reports the Mailbox requirement sets it supports and no more', withHost(async ({ subject }) => {
      expect(await subject.isSetSupported('Mailbox', '1.1')).toBe(true);
      expect(await subject.isSetSupported('Mailbox', '1.5')).toBe(true);
      expect(await subject.isSetSupported('Mailbox', '9.0')).toBe(false);
      expect(await subject.isSetSupported('NoSuchRequirementSet', '1.1')).toBe(false);
    }));
  });
}
