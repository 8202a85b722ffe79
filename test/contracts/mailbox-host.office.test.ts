// Runs the MailboxHost contract against OfficeMailboxHost over the simulator's Office.js shim, in Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { generateLocalhostCertificate } from '../../scripts/dev-certs.js';
import { DEFAULT_USER, type SimulatedHostLike, type SimulatedItem } from '../../emulator/host/simulated-host.js';
import { buildSimulator, launchChromium, newContext, serveStatic } from '../support/browser.js';
import type { StaticServer } from '../support/static-server.js';
import type { MailboxHostPageApi } from '../support/pages/office-mailbox-host-page.js';
import { runMailboxHostContract, type ContractAddress, type ContractMessage, type ListenerProbe } from './mailbox-host.contract.js';

// The page's globals: the adapter under test and the shim's simulated host (SIMULATED_HOST_GLOBAL).
type PageWindow = Window & { mailboxHostUnderTest: MailboxHostPageApi; __contactBridgeSimulatedHost: SimulatedHostLike };

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dist = await buildSimulator();
  server = await serveStatic(dist, await generateLocalhostCertificate());
  browser = await launchChromium();
  page = await (await newContext(browser)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function toItem(message: ContractMessage): SimulatedItem {
  return { ...message, mode: 'read' };
}

function probeOf(id: string): ListenerProbe {
  return {
    count: () => page.evaluate((probeId) => (window as unknown as PageWindow).mailboxHostUnderTest.count(probeId), id),
    unsubscribe: () => page.evaluate((probeId) => (window as unknown as PageWindow).mailboxHostUnderTest.unsubscribe(probeId), id),
  };
}

runMailboxHostContract('OfficeMailboxHost over the Office.js shim', async () => {
  // A fresh page load per test: a new shim, simulated host and adapter.
  await page.goto(`${server.url}/test-pages/office-mailbox-host.html`);
  await page.waitForFunction(() => 'mailboxHostUnderTest' in window);
  let composeCount = 0;
  return {
    subject: {
      currentItem: () => page.evaluate(() => (window as unknown as PageWindow).mailboxHostUnderTest.host.currentItem()),
      bodyOfCurrentItem: () => page.evaluate(() => (window as unknown as PageWindow).mailboxHostUnderTest.host.bodyOfCurrentItem()),
      user: () => page.evaluate(() => (window as unknown as PageWindow).mailboxHostUnderTest.host.user()),
      isSetSupported: (name, minVersion) =>
        page.evaluate(([n, v]) => (window as unknown as PageWindow).mailboxHostUnderTest.host.isSetSupported(n, v), [name, minVersion] as const),
      probeItemChanged: async () => probeOf(await page.evaluate(() => (window as unknown as PageWindow).mailboxHostUnderTest.probe('item'))),
      probeRecipientsChanged: async () =>
        probeOf(await page.evaluate(() => (window as unknown as PageWindow).mailboxHostUnderTest.probe('recipients'))),
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
    owner: { displayName: DEFAULT_USER.name, emailAddress: DEFAULT_USER.address },
    teardown: async () => undefined,
  };
});
