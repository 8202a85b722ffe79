// Runs the MailboxHost contract against OfficeMailboxHost over the simulator's Office.js shim, in Chromium.
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_USER, type SimulatedHostLike, type SimulatedItem } from '../../emulator/host/simulated-host.js';
import { startPageHarness, type PageHarness } from '../support/browser.js';
import type { OfficeAdaptersPageApi } from '../support/pages/office-adapters-page.js';
import { runMailboxHostContract, type ContractAddress, type ContractMessage, type ListenerProbe } from './mailbox-host.contract.js';

// The page's globals: the adapter under test and the shim's simulated host (SIMULATED_HOST_GLOBAL).
type PageWindow = Window & { officeAdapters: OfficeAdaptersPageApi; __contactBridgeSimulatedHost: SimulatedHostLike };

let harness: PageHarness;

beforeAll(async () => {
  harness = await startPageHarness();
});

afterAll(async () => {
  await harness?.close();
});

function toItem(message: ContractMessage): SimulatedItem {
  return { ...message, mode: 'read' };
}

function probeOf(id: string): ListenerProbe {
  const { page } = harness;
  return {
    count: () => page.evaluate((probeId) => (window as unknown as PageWindow).officeAdapters.count(probeId), id),
    unsubscribe: () => page.evaluate((probeId) => (window as unknown as PageWindow).officeAdapters.unsubscribe(probeId), id),
  };
}

runMailboxHostContract('OfficeMailboxHost over the Office.js shim', async () => {
  // A fresh page load per test: a new shim, simulated host and adapter.
  const { page } = harness;
  await page.goto(`${harness.baseUrl}/test-pages/office-adapters.html`);
  await page.waitForFunction(() => 'officeAdapters' in window);
  let composeCount = 0;
  return {
    subject: {
      currentItem: () => page.evaluate(() => (window as unknown as PageWindow).officeAdapters.host.currentItem()),
      bodyOfCurrentItem: () => page.evaluate(() => (window as unknown as PageWindow).officeAdapters.host.bodyOfCurrentItem()),
      user: () => page.evaluate(() => (window as unknown as PageWindow).officeAdapters.host.user()),
      isSetSupported: (name, minVersion) =>
        page.evaluate(([n, v]) => (window as unknown as PageWindow).officeAdapters.host.isSetSupported(n, v), [name, minVersion] as const),
      probeItemChanged: async () => probeOf(await page.evaluate(() => (window as unknown as PageWindow).officeAdapters.probe('item'))),
      probeRecipientsChanged: async () =>
        probeOf(await page.evaluate(() => (window as unknown as PageWindow).officeAdapters.probe('recipients'))),
    },
    driver: {
      selectMessage: (message) => page.evaluate((item) => (window as unknown as PageWindow).__contactBridgeSimulatedHost.selectItem(item), toItem(message)),
      selectNothing: () => page.evaluate(() => (window as unknown as PageWindow).__contactBridgeSimulatedHost.selectItem(null)),
      startCompose: (to: readonly ContractAddress[]) => {
        composeCount += 1;
        const item: SimulatedItem = { id: `compose-${composeCount}`, mode: 'compose', subject: '', to, cc: [], body: { contentType: 'text', content: '' } };
        return page.evaluate((value) => (window as unknown as PageWindow).__contactBridgeSimulatedHost.selectItem(value), item);
      },
      setComposeRecipients: (field, list) =>
        page.evaluate(([f, l]) => (window as unknown as PageWindow).__contactBridgeSimulatedHost.setRecipients(f, l), [field, list] as const),
    },
    owner: { displayName: DEFAULT_USER.name, emailAddress: DEFAULT_USER.address, displayLanguage: 'en-US' },
    teardown: async () => undefined,
  };
});
