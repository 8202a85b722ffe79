// Renders the add-in icons (assets/icon-<size>.png) from the SVG logos with headless Chromium,
// at exact pixel sizes on a transparent background. Run: npx tsx scripts/render-icons.ts
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = path.join(ROOT, 'assets');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Small sizes use the mark drawn on a 16 px grid; larger ones the detailed mark. */
/** Command icons 16/32/80 px, add-in icons 64/128 px, Outlook mobile's 25/32/48 px at 1x, 2x and 3x, and the
 * unified manifest's color (192 px) and outline (32 px, white on transparent) icons. */
const ICONS: ReadonlyArray<{ sizePx: number; source: string; name?: string }> = [
  { sizePx: 16, source: 'logo-small.svg' },
  { sizePx: 25, source: 'logo-small.svg' },
  { sizePx: 32, source: 'logo-small.svg' },
  { sizePx: 48, source: 'logo.svg' },
  { sizePx: 50, source: 'logo.svg' },
  { sizePx: 64, source: 'logo.svg' },
  { sizePx: 75, source: 'logo.svg' },
  { sizePx: 80, source: 'logo.svg' },
  { sizePx: 96, source: 'logo.svg' },
  { sizePx: 128, source: 'logo.svg' },
  { sizePx: 144, source: 'logo.svg' },
  { sizePx: 192, source: 'logo.svg', name: 'icon-color-192.png' },
  { sizePx: 32, source: 'logo-outline.svg', name: 'icon-outline-32.png' },
];

function pageFor(svg: string, sizePx: number): string {
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    img { display: block; width: ${sizePx}px; height: ${sizePx}px; }
  </style></head><body><img id="icon" src="${dataUrl}" alt=""></body></html>`;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { sizePx, source, name } of ICONS) {
      const svg = await readFile(path.join(ASSETS, source), 'utf8');
      await page.setViewportSize({ width: Math.max(sizePx, 16), height: Math.max(sizePx, 16) });
      await page.setContent(pageFor(svg, sizePx));
      await page.waitForFunction(() => (document.getElementById('icon') as HTMLImageElement | null)?.complete === true);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: sizePx, height: sizePx } });
      const target = path.join(ASSETS, name ?? `icon-${sizePx}.png`);
      await writeFile(target, png);
      console.log(`wrote ${path.relative(ROOT, target)} (${sizePx}x${sizePx})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
