// JSON answers as bytes. Large pages are the cost: their items are serialised one by one and written straight into
// one buffer (no joined string), since encoding one large string with non-Latin-1 text is several times slower.

/** A collection body `{ ...head, "value": [items] }` whose items are JSON texts already. */
export class SerialisedCollection {
  constructor(
    readonly head: Readonly<Record<string, unknown>>,
    readonly items: readonly string[],
  ) {}

  /** The plain value, for a caller that embeds the body in another one (a `$batch` response). */
  toJSON(): Record<string, unknown> {
    return { ...this.head, value: this.items.map((item): unknown => JSON.parse(item)) };
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
  const close = ']}';
  let size = Buffer.byteLength(open) + close.length + Math.max(0, body.items.length - 1);
  for (const item of body.items) size += Buffer.byteLength(item);
  const buffer = Buffer.allocUnsafe(size);
  let at = buffer.write(open, 0);
  body.items.forEach((item, index) => {
    if (index > 0) at += buffer.write(',', at, 'latin1');
    at += buffer.write(item, at);
  });
  buffer.write(close, at, 'latin1');
  return buffer;
}

/** The UTF-8 bytes of a JSON body; `SerialisedCollection` bodies keep their items' text as it is. */
export function jsonBytes(body: unknown): Buffer {
  return body instanceof SerialisedCollection ? collectionBytes(body) : utf8Bytes(JSON.stringify(body));
}
