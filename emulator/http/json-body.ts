// JSON answers as bytes. Large pages are the cost: their items are serialised one by one and each is encoded into
// byte chunks at once, so a page's text never sits on the JS heap as one large string (slow to encode when it holds
// non-Latin-1 text) nor as a thousand strings the garbage collector has to copy.

/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_UTF8_PER_UNIT = 3;
const CHUNK_BYTES = 64 * 1024;
const COMMA = 0x2c;

/** JSON texts (a collection's items) written one after another, comma-separated, as UTF-8 into 64 KB chunks. */
export class JsonItems {
  readonly #full: Buffer[] = [];
  #chunk = Buffer.alloc(0);
  #at = 0;
  #count = 0;

  static of(texts: readonly string[]): JsonItems {
    const items = new JsonItems();
    for (const text of texts) items.add(text);
    return items;
  }

  get count(): number {
    return this.#count;
  }

  add(text: string): void {
    const room = text.length * MAX_UTF8_PER_UNIT + 1;
    if (this.#at + room > this.#chunk.length) {
      if (this.#at > 0) this.#full.push(this.#chunk.subarray(0, this.#at));
      this.#chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room));
      this.#at = 0;
    }
    if (this.#count > 0) this.#chunk[this.#at++] = COMMA;
    this.#at += this.#chunk.write(text, this.#at);
    this.#count += 1;
  }

  /** The items so far, comma-separated, as byte chunks. */
  chunks(): Buffer[] {
    return this.#at > 0 ? [...this.#full, this.#chunk.subarray(0, this.#at)] : [...this.#full];
  }
}

/** A collection body `{ ...head, "value": [items] }` whose items are encoded JSON already. */
export class SerialisedCollection {
  constructor(
    readonly head: Readonly<Record<string, unknown>>,
    readonly items: JsonItems,
  ) {}

  /** The plain value, for a caller that embeds the body in another one (a `$batch` response). */
  toJSON(): Record<string, unknown> {
    return { ...this.head, value: JSON.parse(`[${Buffer.concat(this.items.chunks()).toString('utf8')}]`) as unknown };
  }
}

const encoder = new TextEncoder();

/** UTF-8 of one string: TextEncoder is much faster than Buffer.from on large strings with non-Latin-1 text. */
export function utf8Bytes(text: string): Buffer {
  const bytes = encoder.encode(text);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function collectionBytes(body: SerialisedCollection): Buffer {
  const head = JSON.stringify(body.head);
  const open = `${head.slice(0, -1)}${head === '{}' ? '' : ','}"value":[`;
  return Buffer.concat([utf8Bytes(open), ...body.items.chunks(), Buffer.from(']}')]);
}

/** The UTF-8 bytes of a JSON body; `SerialisedCollection` bodies keep their items' bytes as they are. */
export function jsonBytes(body: unknown): Buffer {
  return body instanceof SerialisedCollection ? collectionBytes(body) : utf8Bytes(JSON.stringify(body));
}
