// Runs the MailboxHost contract against FakeMailboxHost, so tests that use the fake can trust it.
import type { MailboxAddress } from '../../src/ports/mailbox-host.js';
import { FakeMailboxHost, type FakeItem } from '../fakes/fake-mailbox-host.js';
import { runMailboxHostContract, type ContractAddress, type ContractMessage, type ListenerProbe } from './mailbox-host.contract.js';

const toAddress = (a: ContractAddress): MailboxAddress => ({ displayName: a.name, emailAddress: a.address });

/** What Outlook gives for `Body.getAsync(Html)`: the HTML of an HTML message, a plain-text one wrapped in HTML. */
function htmlOf(message: ContractMessage): string {
  if (message.body.contentType === 'html') return message.body.content;
  const escaped = message.body.content.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div>${escaped.replace(/\n/g, '<br>')}</div>`;
}

function fakeItem(message: ContractMessage): FakeItem {
  return {
    item: {
      mode: 'read',
      key: `read:${message.id}`,
      subject: message.subject,
      from: toAddress(message.from),
      sender: toAddress(message.from),
      to: message.to.map(toAddress),
      cc: message.cc.map(toAddress),
    },
    body: { type: 'html', content: htmlOf(message) },
  };
}

function probe(subscribe: (listener: () => void) => () => void): ListenerProbe {
  let calls = 0;
  const off = subscribe(() => {
    calls += 1;
  });
  return { count: async () => calls, unsubscribe: async () => void off() };
}

runMailboxHostContract('FakeMailboxHost', async () => {
  const host = new FakeMailboxHost();
  let composeCount = 0;
  return {
    subject: {
      currentItem: () => host.currentItem(),
      bodyOfCurrentItem: () => host.bodyOfCurrentItem(),
      user: async () => host.user(),
      isSetSupported: async (name, minVersion) => host.isSetSupported(name, minVersion),
      probeItemChanged: async () => probe((l) => host.onItemChanged(l)),
      probeRecipientsChanged: async () => probe((l) => host.onRecipientsChanged(l)),
    },
    driver: {
      selectMessage: async (message) => host.select(fakeItem(message)),
      selectNothing: async () => host.select(null),
      startCompose: async (to) => {
        composeCount += 1;
        host.select({ item: { mode: 'compose', key: `compose:${composeCount}`, subject: '', to: to.map(toAddress), cc: [] }, body: { type: 'text', content: '' } });
      },
      setComposeRecipients: async (field, list) => host.setRecipients(field, list.map(toAddress)),
    },
    owner: host.user(),
    teardown: async () => undefined,
  };
});
