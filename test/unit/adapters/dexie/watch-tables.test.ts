import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchTables } from '../../../../src/adapters/dexie/watch-tables.js';
import { eventually } from '../../../support/eventually.js';

interface Row {
  readonly id: string;
}

class TwoTables extends Dexie {
  declare rows: Table<Row, string>;
  declare others: Table<Row, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ rows: 'id', others: 'id' });
  }
}

let db: TwoTables;
let opened = 0;

beforeEach(async () => {
  db = new TwoTables(`watch-tables-${(opened += 1)}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('watchTables', () => {
  it('delivers the result of a read that a change raced, then reads again', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const seen: number[] = [];
    const stop = watchTables(db, ['rows'], async () => {
      reads += 1;
      const count = await db.rows.count();
      if (reads === 1) await gate;
      return count;
    }, (count) => seen.push(count), (error) => {
      throw error;
    });
    await eventually(() => reads).toBe(1);
    await db.rows.put({ id: 'a' });
    release();
    await eventually(() => seen).toEqual([0, 1]);
    stop();
  });

  it('reads again after a change to a watched table only, and not after it is stopped', async () => {
    let reads = 0;
    const seen: number[] = [];
    const stop = watchTables(db, ['rows'], async () => {
      reads += 1;
      return db.rows.count();
    }, (count) => seen.push(count), () => undefined);
    await eventually(() => seen).toEqual([0]);
    await db.others.put({ id: 'x' });
    await db.rows.put({ id: 'a' });
    await eventually(() => seen).toEqual([0, 1]);
    expect(reads).toBe(2);
    stop();
    await db.rows.put({ id: 'b' });
    await db.rows.count();
    expect(seen).toEqual([0, 1]);
  });

  it('reports a failed read and goes on watching', async () => {
    const errors: unknown[] = [];
    const seen: number[] = [];
    let reads = 0;
    const stop = watchTables(db, ['rows'], async () => {
      reads += 1;
      if (reads === 1) throw new Error('the read failed');
      return db.rows.count();
    }, (count) => seen.push(count), (error) => errors.push(error));
    await eventually(() => errors).toHaveLength(1);
    await db.rows.put({ id: 'a' });
    await eventually(() => seen).toEqual([1]);
    stop();
  });
});
