// The text coercion of an HTML body, as `Body.getAsync(Office.CoercionType.Text)` answers it in Outlook: the
// message as it reads on screen, one line per rendered line. The HTML is parsed into an inert document
// (DOMParser runs no script and loads no image) and walked; nothing of it is ever rendered or executed.
//
// What Outlook does and this follows: block elements and <br> end a line (a paragraph is one line, as
// Outlook's own zero-margin paragraphs read), table cells of one row are separated by a tab, links keep their text (not their address),
// images and their alt text drop out, entities are decoded, runs of white space collapse as a browser
// shows them (except inside <pre>). Where it differs from Outlook is listed in ../README.md.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const CELL = new Set(['TD', 'TH']);
const NOT_SHOWN = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'OBJECT', 'SVG', 'IFRAME', 'XML']);

class Lines {
  readonly #lines: string[] = [];
  #current = '';

  text(value: string, preformatted: boolean): void {
    if (preformatted) {
      const [first = '', ...rest] = value.split(/\r?\n/u);
      this.#current += first;
      for (const line of rest) {
        this.#lines.push(this.#current);
        this.#current = line;
      }
      return;
    }
    const collapsed = value.replace(/[ \t\r\n\f]+/gu, ' ');
    const atStart = this.#current === '' || /[ \t]$/u.test(this.#current);
    this.#current += atStart ? collapsed.replace(/^ /u, '') : collapsed;
  }

  /** Ends the current line (a <br> ends it even when empty: an empty line is what the reader sees). */
  lineBreak(): void {
    this.#lines.push(this.#current.replace(/[ \t]+$/u, ''));
    this.#current = '';
  }

  /** A block boundary ends a line that has content; blocks do not stack empty lines. */
  blockBoundary(): void {
    if (this.#current.trim() !== '') this.lineBreak();
  }

  cellBoundary(): void {
    if (this.#current.trim() !== '' && !this.#current.endsWith('\t')) this.#current = `${this.#current.replace(/ $/u, '')}\t`;
  }

  finish(): string {
    this.blockBoundary();
    return this.#lines
      .map((line) => line.replace(/\t+$/u, ''))
      .join('\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trim();
  }
}

function walk(node: Node, lines: Lines, preformatted: boolean): void {
  if (node.nodeType === Node.TEXT_NODE) {
    lines.text(node.nodeValue ?? '', preformatted);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const name = element.tagName.toUpperCase();
  if (NOT_SHOWN.has(name)) return;
  if (name === 'BR') {
    lines.lineBreak();
    return;
  }
  const block = BLOCK.has(name);
  if (block) lines.blockBoundary();
  const inPre = preformatted || name === 'PRE';
  for (const child of Array.from(element.childNodes)) walk(child, lines, inPre);
  if (CELL.has(name)) lines.cellBoundary();
  if (block) lines.blockBoundary();
}

/** The body text Outlook's text coercion gives for `html`. */
export function htmlBodyText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines = new Lines();
  walk(doc.body, lines, false);
  return lines.finish();
}
