// The simulator's Office.js shim in Chromium, through the real Office.js call shapes: roaming settings,
// requirement sets, body coercion and the ItemChanged event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatedHostLike, SimulatedItem } from '../../emulator/host/simulated-host.js';
import { startPageHarness, type PageHarness } from '../support/browser.js';
import { eventually } from '../support/eventually.js';

type PageWindow = Window & { __contactBridgeSimulatedHost: SimulatedHostLike; itemChanges?: string[] };

let harness: PageHarness;

beforeAll(async () => {
  harness = await startPageHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function open(query = ''): Promise<void> {
  await harness.page.goto(`${harness.baseUrl}/test-pages/office-adapters.html${query}`);
  await harness.page.waitForFunction(() => 'officeAdapters' in window);
}

const TEXT_ITEM: SimulatedItem = {
  id: 'shim-text',
  mode: 'read',
  subject: 'Plain',
  to: [],
  cc: [],
  body: { contentType: 'text', content: 'a <tag> & b\nnext line' },
};
const HTML_ITEM: SimulatedItem = { ...TEXT_ITEM, id: 'shim-html', subject: 'Rich', body: { contentType: 'html', content: '<p>Hello <i>there</i></p>' } };

const select = (item: SimulatedItem) => harness.page.evaluate((value) => (window as unknown as PageWindow).__contactBridgeSimulatedHost.selectItem(value), item);

const bodyAs = (coercion: 'text' | 'html') =>
  harness.page.evaluate(
    (type) =>
      new Promise<string>((resolve, reject) =>
        Office.context.mailbox.item?.body.getAsync(type, (result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(new Error(result.error.message)))),
      ),
    coercion,
  );

describe('Office.js shim', () => {
  it('keeps roaming settings across reloads once saved, and only then', async () => {
    await open();
    await harness.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          Office.context.roamingSettings.set('saved', { n: 1 });
          Office.context.roamingSettings.saveAsync(() => {
            Office.context.roamingSettings.set('unsaved', true);
            resolve();
          });
        }),
    );
    await open();
    expect(await harness.page.evaluate(() => [Office.context.roamingSettings.get('saved'), Office.context.roamingSettings.get('unsaved')])).toEqual([{ n: 1 }, undefined]);
    await harness.page.evaluate(() => new Promise<void>((resolve) => {
      Office.context.roamingSettings.remove('saved');
      Office.context.roamingSettings.saveAsync(() => resolve());
    }));
    await open();
    expect(await harness.page.evaluate(() => Office.context.roamingSettings.get('saved') ?? null)).toBeNull();
  });

  it('reports NestedAppAuth only when the simulator enables it', async () => {
    await open();
    expect(await harness.page.evaluate(() => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'))).toBe(false);
    await open('?naa=1');
    expect(await harness.page.evaluate(() => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'))).toBe(true);
  });

  it('answers the body in the coercion asked for', async () => {
    await open();
    await select(TEXT_ITEM);
    expect(await bodyAs('text')).toBe('a <tag> & b\nnext line');
    expect(await bodyAs('html')).toBe('<div>a &lt;tag&gt; &amp; b<br>next line</div>');
    await select(HTML_ITEM);
    expect(await bodyAs('html')).toBe('<p>Hello <i>there</i></p>');
    expect(await bodyAs('text')).toBe('Hello there');
  });

  it('renders an HTML body as text the way Outlook does: one line per rendered line, links as their text, nothing run', async () => {
    await open();
    const signature: SimulatedItem = {
      ...TEXT_ITEM,
      id: 'shim-signature',
      body: {
        contentType: 'html',
        content:
          '<html><head><style>p{margin:0}</style><script>window.ran = true</script></head><body>' +
          '<p>Mit freundlichen Gr&uuml;&szlig;en</p><p>Klaus Fischer<br>Gesch&auml;ftsf&uuml;hrer<br>Fax: +49 30 1234568<br>' +
          '<a href="http://www.fischer-technik.example">www.fischer-technik.example</a></p>' +
          '<table><tr><td>T +44 20 7946 0123</td><td>M +44 7700 900456</td></tr></table><img src="x" alt="Logo" onerror="window.ran = true">' +
          '<pre>line   one\n  line two</pre></body></html>',
      },
    };
    await select(signature);
    expect(await bodyAs('text')).toBe(
      ['Mit freundlichen Grüßen', 'Klaus Fischer', 'Geschäftsführer', 'Fax: +49 30 1234568', 'www.fischer-technik.example', 'T +44 20 7946 0123\tM +44 7700 900456', 'line   one', '  line two'].join('\n'),
    );
    expect(await harness.page.evaluate(() => (window as unknown as { ran?: boolean }).ran ?? false)).toBe(false);
  });

  it('raises ItemChanged with its event type after the new item is in place', async () => {
    await open();
    await harness.page.evaluate(() => {
      const win = window as unknown as PageWindow;
      win.itemChanges = [];
      Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, (args: { type: string }) => {
        win.itemChanges?.push(`${args.type}:${Office.context.mailbox.item?.subject ?? 'none'}`);
      });
    });
    await select(HTML_ITEM);
    await harness.page.evaluate(() => (window as unknown as PageWindow).__contactBridgeSimulatedHost.selectItem(null));
    await eventually(() => harness.page.evaluate(() => (window as unknown as PageWindow).itemChanges)).toEqual([
      'olkItemSelectedChanged:Rich',
      'olkItemSelectedChanged:none',
    ]);
  });

  it('answers a failed result for events it does not raise', async () => {
    await open();
    const status = await harness.page.evaluate(
      () => new Promise<string>((resolve) => Office.context.mailbox.addHandlerAsync('noSuchEvent', () => undefined, (result) => resolve(String(result.status)))),
    );
    expect(status).toBe('failed');
  });

  it('shows a dialog with displayInIframe as an overlay and relays its message', async () => {
    await open();
    const message = harness.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) =>
          Office.context.ui.displayDialogAsync('/test-pages/dialog-echo.html?say=overlay', { displayInIframe: true }, (result) => {
            if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(result.error.message));
            result.value.addEventHandler(Office.EventType.DialogMessageReceived, (args) => {
              if ('message' in args) {
                result.value.close();
                resolve(args.message);
              }
            });
          }),
        ),
    );
    expect(await message).toBe('echo:overlay');
    expect(harness.context.pages()).toHaveLength(1);
    await eventually(() => harness.page.getByRole('dialog', { name: 'Add-in dialog' }).count()).toBe(0);
  });
});
