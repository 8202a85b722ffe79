import { describe, expect, it } from 'vitest';
import { JsonItems, SerialisedCollection, jsonBytes, utf8Bytes } from '../http/json-body.js';

const items = [{ id: 'a', name: 'Jürgen Weiß' }, { id: 'b', name: '佐藤健一 😀', notes: 'line\n"quoted"' }, { id: 'c', name: null }];
const head = { '@odata.context': 'https://graph.example/v1.0/$metadata#Collection(contact)', '@odata.nextLink': 'https://graph.example/next?$skiptoken=x' };

describe('jsonBytes', () => {
  it('writes a serialised collection as the UTF-8 of the plain body', () => {
    const body = new SerialisedCollection(head, JsonItems.of(items.map((item) => JSON.stringify(item))));
    expect(jsonBytes(body).toString('utf8')).toBe(JSON.stringify({ ...head, value: items }));
    expect(jsonBytes(body).equals(Buffer.from(JSON.stringify({ ...head, value: items })))).toBe(true);
  });

  it('writes an empty page and an empty head', () => {
    expect(jsonBytes(new SerialisedCollection(head, new JsonItems())).toString('utf8')).toBe(JSON.stringify({ ...head, value: [] }));
    expect(jsonBytes(new SerialisedCollection({}, JsonItems.of(['1', '{"a":"ü"}']))).toString('utf8')).toBe('{"value":[1,{"a":"ü"}]}');
  });

  it('keeps every byte of a page larger than one chunk, with an item larger than a chunk', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: i, name: i % 3 === 0 ? `佐藤健一 ${i} 😀` : `Jürgen ${i}`, notes: i === 1500 ? 'x'.repeat(100_000) : '' }));
    const body = new SerialisedCollection(head, JsonItems.of(many.map((item) => JSON.stringify(item))));
    expect(body.items.count).toBe(3000);
    expect(body.items.chunks().length).toBeGreaterThan(2);
    expect(jsonBytes(body).equals(Buffer.from(JSON.stringify({ ...head, value: many })))).toBe(true);
  });

  it('serialises a collection embedded in another body as its plain value', () => {
    const body = new SerialisedCollection(head, JsonItems.of(items.map((item) => JSON.stringify(item))));
    expect(JSON.stringify({ responses: [{ id: '1', body }] })).toBe(JSON.stringify({ responses: [{ id: '1', body: { ...head, value: items } }] }));
  });

  it('encodes other bodies as the UTF-8 of their JSON', () => {
    const value = { value: items, count: 3 };
    expect(jsonBytes(value).equals(Buffer.from(JSON.stringify(value)))).toBe(true);
    expect(utf8Bytes('李雷 \ud83d\ude00').equals(Buffer.from('李雷 \ud83d\ude00'))).toBe(true);
  });
});
