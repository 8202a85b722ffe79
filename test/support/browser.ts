// Browser-test harness: the add-in (simulator build) served by the Graph emulator over HTTPS, in headless Chromium.
//
//   const h = await startBrowserHarness({ emulator: { seed: 2000 } });
//   const sim = await h.openSimulator({ nestedAppAuth: false, theme: 'light' });
//   await sim.pane.getByRole('tab', { name: 'Contacts' }).click();   // the task pane iframe (FrameLocator)
//   await sim.selectMessage('Quarterly planning');                   // fires ItemChanged in the pane
//   ... h.emulator.mintToken(user, scopes), h.emulator.graphUrl, h.baseUrl ...
//   await h.close();                                                 // in afterAll
//
// Exports: startBrowserHarness(options) → BrowserHarness { baseUrl, emulator, browser, context, page, pageErrors,
//   openSimulator(options) → SimulatorPage, newPage(), close() }; openSimulator(page, baseUrl, options);
//   startPageHarness() → PageHarness { baseUrl, browser, context, page, close() }: the same build served by a plain
//   static server, for pages that need no Graph (test/support/pages/*, opened at /test-pages/NAME.html);
//   launchChromium(); newContext(browser); and, re-exported, buildSimulator() and serveStatic(dir, tls).
// The bundle is built once per test run (development mode) into .cache/simulator-dist. Use hookTimeout for beforeAll.
import { chromium, type Browser, type BrowserContext, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { generateLocalhostCertificate } from '../../scripts/dev-certs.js';
import { startEmulator } from '../../emulator/server.js';
import { buildSimulator } from './build-simulator.js';
import type { BuildMode } from './build-simulator.js';
import { serveStatic } from './static-server.js';

export { buildSimulator, SIMULATOR_DIST } from './build-simulator.js';
export { serveStatic } from './static-server.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const TASK_PANE_TITLE = 'Contact Bridge task pane';

export type EmulatorOptions = NonNullable<Parameters<typeof startEmulator>[0]>;
export type RunningEmulator = Awaited<ReturnType<typeof startEmulator>>;

export interface SimulatorOptions {
  /** Report the NestedAppAuth 1.1 requirement set (default false: sign-in takes the dialog path). */
  readonly nestedAppAuth?: boolean;
  readonly theme?: 'light' | 'dark';
  /** Delay of the host's asynchronous calls in milliseconds. */
  readonly latencyMs?: number;
  /** Lay the simulator out as Outlook on a phone: the pane as wide as the viewport. */
  readonly device?: 'phone';
  /** Outlook's display language, as Office.context.displayLanguage reports it (default en-US). */
  readonly displayLanguage?: string;
  /** How long to wait for the page and the pane to render (default 30 s; a dev server compiling first needs more). */
  readonly readyTimeoutMs?: number;
}

export interface SimulatorPage {
  readonly page: Page;
  /** The task pane iframe. */
  readonly pane: FrameLocator;
  /** The task pane's Frame, for `evaluate` inside the pane. */
  paneFrame(): Promise<Frame>;
  /** Clicks the message with this subject in the message list. */
  selectMessage(subject: string): Promise<void>;
  setTheme(theme: 'light' | 'dark'): Promise<void>;
  /** Starts composing a new message (compose mode item in the pane). */
  composeNewMessage(): Promise<void>;
}

export interface BrowserHarness {
  /** The origin serving the pane, the simulator, Graph (`/v1.0`) and the authority (`/oidc`). */
  readonly baseUrl: string;
  readonly emulator: RunningEmulator;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught page errors and console errors seen so far, in every page of the context. */
  readonly pageErrors: string[];
  openSimulator(options?: SimulatorOptions): Promise<SimulatorPage>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
}

export async function openSimulator(page: Page, baseUrl: string, options: SimulatorOptions = {}): Promise<SimulatorPage> {
  const query = new URLSearchParams();
  if (options.nestedAppAuth) query.set('naa', '1');
  if (options.theme) query.set('theme', options.theme);
  if (options.latencyMs) query.set('latency', String(options.latencyMs));
  if (options.displayLanguage) query.set('lang', options.displayLanguage);
  if (options.device) query.set('device', options.device);
  const search = query.toString();
  const timeout = options.readyTimeoutMs ?? 30_000;
  await page.goto(`${baseUrl}/simulator/${search ? `?${search}` : ''}`, { timeout });
  const pane = page.frameLocator(`iframe[title="${TASK_PANE_TITLE}"]`);
  await pane.getByRole('tablist').waitFor({ timeout });
  const themeButton = page.getByRole('button', { name: 'Dark theme' });
  return {
    page,
    pane,
    async paneFrame() {
      const frame = await page.locator(`iframe[title="${TASK_PANE_TITLE}"]`).elementHandle().then((handle) => handle?.contentFrame());
      if (!frame) throw new Error('The task pane iframe has no frame.');
      return frame;
    },
    selectMessage: (subject) => page.getByRole('option', { name: subject }).click(),
    async setTheme(theme) {
      const pressed = (await themeButton.getAttribute('aria-pressed')) === 'true';
      if (pressed !== (theme === 'dark')) await themeButton.click();
    },
    composeNewMessage: () => page.getByRole('button', { name: 'New message' }).click(),
  };
}

function watchErrors(context: BrowserContext, errors: string[]): void {
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

export async function startBrowserHarness(options: { emulator?: EmulatorOptions; build?: BuildMode } = {}): Promise<BrowserHarness> {
  const staticDir = await buildSimulator(options.build);
  const tls = await generateLocalhostCertificate();
  const emulator = await startEmulator({ seed: 2000, ...options.emulator, port: 0, https: tls, staticDir, control: true });
  const baseUrl = emulator.url.replace(/\/$/, '');
  const browser = await launchChromium();
  const context = await newContext(browser);
  const pageErrors: string[] = [];
  watchErrors(context, pageErrors);
  const page = await context.newPage();
  return {
    baseUrl,
    emulator,
    browser,
    context,
    page,
    pageErrors,
    openSimulator: (simulatorOptions) => openSimulator(page, baseUrl, simulatorOptions),
    newPage: () => context.newPage(),
    async close() {
      await browser.close();
      await emulator.close();
    },
  };
}

export interface PageHarness {
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export async function startPageHarness(): Promise<PageHarness> {
  const dir = await buildSimulator();
  const server = await serveStatic(dir, await generateLocalhostCertificate());
  const browser = await launchChromium();
  const context = await newContext(browser);
  const page = await context.newPage();
  return {
    baseUrl: server.url,
    browser,
    context,
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
