// Icon rules: each command icon offers the required sizes (16, 32, 80 px; on mobile 25, 32, 48 px at a scale),
// the add-in icons are 64 and 128 px (mail add-ins), and every image file that can be read locally really has
// the size declared for it.
import type { Element } from '@xmldom/xmldom';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { allElements, attributeOf, childElements, closest, firstChildNamed, locate, nameOf, parentElement, xsiTypeOf } from './xml-nodes.js';

export const REQUIRED_ICON_SIZES_PX = [16, 32, 80] as const;
export const ALLOWED_ICON_SIZES_PX = [16, 20, 24, 32, 40, 48, 64, 80] as const;
export const MOBILE_ICON_SIZES_PX = [25, 32, 48] as const;
export const MAIL_ICON_URL_PX = 64;
export const MAIL_HIGH_RESOLUTION_ICON_URL_PX = 128;

/** What is known about the image behind a URL: its size, that its local file is missing or unreadable, or nothing (remote). */
export type ImageProbe =
  | { readonly kind: 'size'; readonly widthPx: number; readonly heightPx: number; readonly source: string }
  | { readonly kind: 'missing'; readonly source: string }
  | { readonly kind: 'unreadable'; readonly source: string; readonly reason: string }
  | { readonly kind: 'remote' };

export type ProbeImage = (url: string) => ImageProbe;

type Report = (element: Element, rule: string, message: string, fix: string) => void;

function checkImageFile(report: Report, element: Element, url: string, expectedPx: number, probe: ProbeImage): void {
  const found = probe(url);
  if (found.kind === 'missing') {
    report(element, 'icon-file', `The image for ${url} is missing (${found.source}).`, 'Render the icons (npx tsx scripts/render-icons.ts) or fix the URL.');
  } else if (found.kind === 'unreadable') {
    report(element, 'icon-file', `The image for ${url} is not a readable PNG (${found.source}: ${found.reason}).`, 'Use a PNG file.');
  } else if (found.kind === 'size' && (found.widthPx !== expectedPx || found.heightPx !== expectedPx)) {
    report(
      element,
      'icon-size',
      `${url} is ${found.widthPx}x${found.heightPx} px but is declared as ${expectedPx}x${expectedPx} px.`,
      `Point this entry at a ${expectedPx}x${expectedPx} px image (e.g. icon-${expectedPx}.png).`,
    );
  }
}

function imageUrlFor(image: Element): string | undefined {
  const block = closest(image, 'VersionOverrides');
  const images = block ? firstChildNamed(firstChildNamed(block, 'Resources') ?? block, 'Images') : undefined;
  const resid = attributeOf(image, 'resid');
  const resource = images ? childElements(images).find((node) => attributeOf(node, 'id') === resid) : undefined;
  return resource ? attributeOf(resource, 'DefaultValue') : undefined;
}

/** Outlook mobile's icons (bt:MobileIconList): 25, 32 and 48 px, each file drawn at size × scale pixels. */
function checkMobileIcon(icon: Element, report: Report, probe: ProbeImage): void {
  const sizes = new Set<number>();
  for (const image of childElements(icon).filter((node) => nameOf(node) === 'Image')) {
    const size = Number(attributeOf(image, 'size'));
    const scale = Number(attributeOf(image, 'scale'));
    if (!(MOBILE_ICON_SIZES_PX as readonly number[]).includes(size) || ![1, 2, 3].includes(scale)) {
      report(image, 'icon-size', `Mobile icon image size "${attributeOf(image, 'size') ?? ''}" at scale "${attributeOf(image, 'scale') ?? ''}" is not supported.`, `Use size ${MOBILE_ICON_SIZES_PX.join(', ')} with scale 1, 2 or 3.`);
      continue;
    }
    sizes.add(size);
    const url = imageUrlFor(image);
    if (url !== undefined) checkImageFile(report, image, url, size * scale, probe);
  }
  const missing = MOBILE_ICON_SIZES_PX.filter((size) => !sizes.has(size));
  if (missing.length > 0) {
    report(icon, 'icon-size', `<Icon xsi:type="bt:MobileIconList"> lacks the required size${missing.length > 1 ? 's' : ''} ${missing.join(', ')} px.`, `Add <bt:Image size="..." scale="..."> entries for ${MOBILE_ICON_SIZES_PX.join(', ')} px at scales 1, 2 and 3.`);
  }
}

function checkCommandIcon(icon: Element, report: Report, probe: ProbeImage): void {
  if (xsiTypeOf(icon) === 'MobileIconList') {
    checkMobileIcon(icon, report, probe);
    return;
  }
  const sizes = new Set<number>();
  for (const image of childElements(icon).filter((node) => nameOf(node) === 'Image')) {
    const size = Number(attributeOf(image, 'size'));
    if (!(ALLOWED_ICON_SIZES_PX as readonly number[]).includes(size)) {
      report(image, 'icon-size', `Icon image size "${attributeOf(image, 'size') ?? ''}" is not supported.`, `Use one of: ${ALLOWED_ICON_SIZES_PX.join(', ')}.`);
      continue;
    }
    if (sizes.has(size)) report(image, 'icon-size', `Icon size ${size} is listed twice.`, 'List each size once.');
    sizes.add(size);
    const url = imageUrlFor(image);
    if (url !== undefined) checkImageFile(report, image, url, size, probe);
  }
  const missing = REQUIRED_ICON_SIZES_PX.filter((size) => !sizes.has(size));
  if (missing.length > 0) {
    report(icon, 'icon-size', `<Icon> lacks the required size${missing.length > 1 ? 's' : ''} ${missing.join(', ')} px.`, `Add <bt:Image size="..."> entries for ${REQUIRED_ICON_SIZES_PX.join(', ')} px.`);
  }
}

function checkAddInIcon(element: Element, expectedPx: number, report: Report, probe: ProbeImage): void {
  const entries = [element, ...childElements(element).filter((node) => nameOf(node) === 'Override')];
  for (const entry of entries) {
    const url = attributeOf(entry, entry === element ? 'DefaultValue' : 'Value');
    if (url !== undefined) checkImageFile(report, entry, url, expectedPx, probe);
  }
}

/** Checks command icons and the add-in icons; `probe` tells what is known about each image URL. */
export function checkIcons(root: Element, file: string, probe: ProbeImage): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const report: Report = (element, rule, message, fix) => issues.push(anError(locate(file, element), rule, message, fix));
  for (const element of allElements(root)) {
    const name = nameOf(element);
    if (name === 'Icon' && ['Control', 'Item'].includes(nameOf(parentElement(element) ?? element))) checkCommandIcon(element, report, probe);
    else if (name === 'IconUrl' && xsiTypeOf(root) === 'MailApp') checkAddInIcon(element, MAIL_ICON_URL_PX, report, probe);
    else if (name === 'HighResolutionIconUrl' && xsiTypeOf(root) === 'MailApp') checkAddInIcon(element, MAIL_HIGH_RESOLUTION_ICON_URL_PX, report, probe);
  }
  return issues;
}
