// Plain text from an HTML mail body without building a DOM: one left-to-right tokenizer pass.
// Block elements and <br> become line breaks, table cells are joined with " | ", <style>/<script>/<head> content and comments (including
// Outlook's conditional comments) are dropped, entities decoded, and text inside <blockquote> is
// prefixed "> " so quoted replies look like plain-text quotes to the signature finder. An image's alt text
// (an image-only signature) takes a line of its own; icons and file names are left out.
// No pattern runs on unbounded text with an end anchor, so the pass stays linear.

import { decodeEntities } from './html-entities.js';

const BLOCK = new Set([
  'p', 'div', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'blockquote', 'section', 'article', 'header', 'footer', 'address', 'pre', 'dt', 'dd', 'dl', 'center', 'form', 'caption',
]);
const CELL = new Set(['td', 'th']);
const SKIP_CONTENT = new Set(['style', 'script', 'head', 'title', 'noscript', 'template', 'xml', 'svg', 'object']);

/** Quoted text gets one "> " whatever the nesting depth, so deep nesting cannot multiply the output. */
const QUOTE_PREFIX = '> ';

/** Drops trailing spaces and cell separators by scanning back (a `[\s|]+$` pattern would be quadratic). */
function trimEndSeparators(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '|' || line[end - 1] === '\t')) end -= 1;
  return line.slice(0, end);
}

/**
 * Collects output lines; text inside blockquotes gets a "> " prefix. The current line is kept as parts
 * plus its last character: reading the end of a growing concatenated string would flatten it each time.
 */
class TextSink {
  readonly lines: string[] = [];
  #parts: string[] = [];
  #last = '';
  #hasText = false;
  #chars = 0;
  #cellStart = 0;
  quoteDepth = 0;
  constructor(readonly maxChars: number) {}
  get full(): boolean { return this.#chars >= this.maxChars; }
  #append(piece: string): void {
    this.#parts.push(piece);
    this.#last = piece[piece.length - 1] ?? this.#last;
  }
  text(raw: string): void {
    const collapsed = decodeEntities(raw.replace(/[ \t\r\n\f]+/g, ' '));
    const atLineStart = this.#parts.length === 0 || this.#last === ' ';
    if (collapsed === '' || (collapsed === ' ' && atLineStart)) return;
    const piece = atLineStart && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
    if (this.#parts.length === 0 && this.quoteDepth > 0) this.#append(QUOTE_PREFIX);
    this.#append(piece);
    if (piece.trim() !== '') this.#hasText = true;
    this.#chars += piece.length;
  }
  /** A cell that broke lines ends its line; a one-line cell is joined to the next with " | ". */
  cell(closing: boolean): void {
    if (!closing) { this.#cellStart = this.lines.length; return; }
    if (this.lines.length > this.#cellStart) this.blockBoundary();
    else if (this.#hasText && this.#last !== '|' && this.#last !== ' ') this.#append(' | ');
  }
  breakLine(): void {
    this.lines.push(trimEndSeparators(this.#parts.join('')));
    this.#chars += 1;
    this.#parts = [];
    this.#last = '';
    this.#hasText = false;
  }
  blockBoundary(): void {
    if (this.#hasText) this.breakLine();
  }
  finish(): string {
    if (this.#hasText) this.breakLine();
    return this.lines.join('\n').slice(0, this.maxChars);
  }
}

/** Index just past the `>` closing a tag that starts at `start`, honouring quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let i = start; i < html.length; i += 1) {
    const ch = html[i];
    if (quote !== '') { if (ch === quote) quote = ''; }
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return html.length;
}

function applyTag(sink: TextSink, name: string, closing: boolean): void {
  if (name === 'br') sink.breakLine();
  else if (name === 'blockquote') {
    sink.blockBoundary();
    sink.quoteDepth = Math.max(0, sink.quoteDepth + (closing ? -1 : 1));
  } else if (BLOCK.has(name)) sink.blockBoundary();
  else if (CELL.has(name)) sink.cell(closing);
}

const MAX_LINK_TAG_CHARS = 2_000;
const MAX_ANCHOR_TEXT_CHARS = 200;

/** The address or number of a `mailto:` or `tel:` link, from an <a> tag's text. */
function contactLinkTarget(tag: string): string | undefined {
  const match = /\shref\s*=\s*["']?\s*(?:mailto:|tel:|callto:)([^"'\s>?]{3,100})/iu.exec(tag.slice(0, MAX_LINK_TAG_CHARS));
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]).replace(/%20/gu, ' ').replace(/%2B/giu, '+');
}

const MAX_ALT_CHARS = 300;
/** Alt texts that name an icon or say nothing about the sender ("LinkedIn", "phone", "logo", "image001.png"). */
const ICON_ALT = /^(?:image|img|picture|photo|logo|banner|icon|signature|spacer|pixel|phone|tel|telephone|mobile|fax|e-?mail|mail|web|website|linkedin|facebook|twitter|x|instagram|youtube|xing|tiktok|whatsapp|skype|teams|[\w-]+\.(?:png|jpe?g|gif|svg|webp|bmp))$/iu;

const ATTRIBUTES = {
  alt: /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/iu,
  src: /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/iu,
};

function attribute(tag: string, name: keyof typeof ATTRIBUTES): string | undefined {
  const match = ATTRIBUTES[name].exec(tag.slice(0, MAX_LINK_TAG_CHARS));
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  return raw === undefined ? undefined : decodeEntities(raw);
}

/**
 * The text an image signature carries in its `alt` attribute ("Carlos Mendes | Print Production | Vista Print
 * Partners"); undefined for icons, file names and empty alts, and for logos: a logo's alt names the company in
 * short, where the signature's text says it in full.
 */
function imageAltText(tag: string): string | undefined {
  const raw = attribute(tag, 'alt');
  if (raw === undefined || /logo/iu.test(attribute(tag, 'src') ?? '')) return undefined;
  const alt = raw.replace(/\s+/gu, ' ').trim().slice(0, MAX_ALT_CHARS);
  return alt.length < 2 || !/\p{L}/u.test(alt) || ICON_ALT.test(alt) || /\blogo$/iu.test(alt) ? undefined : alt;
}

/** Whether a link's text already shows its target (the address, or the number's digits). */
function showsTarget(text: string, target: string): boolean {
  if (target.includes('@')) return text.includes('@');
  return (text.match(/\d/gu)?.length ?? 0) >= 6;
}

/**
 * Converts HTML to text; stops once `maxChars` of text are produced. Linear in the input length.
 * A `mailto:`/`tel:` link whose text does not show its target (an icon, "Email me") is followed by the target.
 */
export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): string {
  const lower = html.toLowerCase();
  const sink = new TextSink(maxChars);
  let link: { target: string; text: string } | undefined;
  const text = (chunk: string): void => {
    sink.text(chunk);
    if (link !== undefined && link.text.length < MAX_ANCHOR_TEXT_CHARS) link.text += chunk.slice(0, MAX_ANCHOR_TEXT_CHARS);
  };
  let i = 0;
  while (i < html.length && !sink.full) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { text(html.slice(i)); break; }
    if (lt > i) text(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const match = /^<(\/?)([a-z][a-z0-9:-]*)/.exec(lower.slice(lt, lt + 40));
    if (match === null) {
      if (lower[lt + 1] === '!' || lower[lt + 1] === '?') { i = tagEnd(html, lt + 1); continue; }
      text('<');
      i = lt + 1;
      continue;
    }
    const closing = match[1] === '/';
    const name = match[2] ?? '';
    i = tagEnd(html, lt + match[0].length);
    if (!closing && SKIP_CONTENT.has(name) && !html.slice(lt, i).endsWith('/>')) {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : tagEnd(html, close + name.length + 2);
      continue;
    }
    if (name === 'a') {
      if (closing && link !== undefined && !showsTarget(decodeEntities(link.text), link.target)) sink.text(` ${link.target} `);
      const target = closing ? undefined : contactLinkTarget(html.slice(lt, i));
      link = target === undefined ? undefined : { target, text: '' };
      continue;
    }
    if (name === 'img' && !closing) {
      // An image-only signature: its alt text stands on a line of its own, where the image was.
      const alt = imageAltText(html.slice(lt, i));
      if (alt !== undefined) {
        sink.blockBoundary();
        text(alt);
        sink.blockBoundary();
      }
      continue;
    }
    applyTag(sink, name.includes(':') ? name.slice(name.indexOf(':') + 1) : name, closing);
  }
  return sink.finish();
}
