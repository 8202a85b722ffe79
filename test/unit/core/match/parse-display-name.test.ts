import { describe, expect, it } from 'vitest';
import { cleanDisplayName, parseDisplayName, type NameParts } from '../../../../src/core/match/parse-display-name.js';

// [display name, address, expected fields]
const rows: [string | undefined, string | undefined, NameParts][] = [
  ['John Doe', undefined, { displayName: 'John Doe', givenName: 'John', surname: 'Doe' }],
  ['Doe, John', undefined, { displayName: 'Doe, John', givenName: 'John', surname: 'Doe' }],
  ['Doe, John Michael', undefined, { displayName: 'Doe, John Michael', givenName: 'John', middleName: 'Michael', surname: 'Doe' }],
  ['John Michael Doe', undefined, { displayName: 'John Michael Doe', givenName: 'John', middleName: 'Michael', surname: 'Doe' }],
  ['"Doe, John" <john.doe@acme.test>', undefined, { displayName: 'Doe, John', givenName: 'John', surname: 'Doe' }],
  ["'Jane Roe'", undefined, { displayName: 'Jane Roe', givenName: 'Jane', surname: 'Roe' }],
  ['Dr. Jane Roe', undefined, { displayName: 'Dr. Jane Roe', title: 'Dr.', givenName: 'Jane', surname: 'Roe' }],
  ['Prof. Dr. Hans Meier', undefined, { displayName: 'Prof. Dr. Hans Meier', title: 'Prof. Dr.', givenName: 'Hans', surname: 'Meier' }],
  ['Martin Luther King Jr.', undefined, { displayName: 'Martin Luther King Jr.', givenName: 'Martin', middleName: 'Luther', surname: 'King', generation: 'Jr.' }],
  ['John Smith, PhD', undefined, { displayName: 'John Smith, PhD', givenName: 'John', surname: 'Smith', generation: 'PhD' }],
  ['Doe, John, Jr.', undefined, { displayName: 'Doe, John, Jr.', givenName: 'John', surname: 'Doe', generation: 'Jr.' }],
  ['Henry Ford III', undefined, { displayName: 'Henry Ford III', givenName: 'Henry', surname: 'Ford', generation: 'III' }],
  ['Ludwig van Beethoven', undefined, { displayName: 'Ludwig van Beethoven', givenName: 'Ludwig', surname: 'van Beethoven' }],
  ['Jan de Vries', undefined, { displayName: 'Jan de Vries', givenName: 'Jan', surname: 'de Vries' }],
  ['Anna Maria von der Leyen', undefined, { displayName: 'Anna Maria von der Leyen', givenName: 'Anna', middleName: 'Maria', surname: 'von der Leyen' }],
  ['María José García-López', undefined, { displayName: 'María José García-López', givenName: 'María José', surname: 'García-López' }],
  ['García López, María José', undefined, { displayName: 'García López, María José', givenName: 'María José', surname: 'García López' }],
  ['María Fernanda Villaseñor Garza', undefined, { displayName: 'María Fernanda Villaseñor Garza', givenName: 'María Fernanda', surname: 'Villaseñor Garza' }],
  ['Javier Moreno Ruiz', undefined, { displayName: 'Javier Moreno Ruiz', givenName: 'Javier', surname: 'Moreno Ruiz' }],
  ['José Luis de la Fuente', undefined, { displayName: 'José Luis de la Fuente', givenName: 'José Luis', surname: 'de la Fuente' }],
  ['José Antonio Pérez Sánchez', undefined, { displayName: 'José Antonio Pérez Sánchez', givenName: 'José Antonio', surname: 'Pérez Sánchez' }],
  ['Luis Hernández de León', undefined, { displayName: 'Luis Hernández de León', givenName: 'Luis', surname: 'Hernández de León' }],
  ['Martin Luther King', undefined, { displayName: 'Martin Luther King', givenName: 'Martin', middleName: 'Luther', surname: 'King' }],
  ['Mary Ann Smith', undefined, { displayName: 'Mary Ann Smith', givenName: 'Mary', middleName: 'Ann', surname: 'Smith' }],
  ['DUPONT Jean', undefined, { displayName: 'DUPONT Jean', givenName: 'Jean', surname: 'DUPONT' }],
  ['Jean-Pierre MARTIN', undefined, { displayName: 'Jean-Pierre MARTIN', givenName: 'Jean-Pierre', surname: 'MARTIN' }],
  ['Amadou Ba', undefined, { displayName: 'Amadou Ba', givenName: 'Amadou', surname: 'Ba' }],
  ['Madonna', undefined, { displayName: 'Madonna', givenName: 'Madonna' }],
  ['李雷', undefined, { displayName: '李雷', surname: '李', givenName: '雷' }],
  ['王小明', undefined, { displayName: '王小明', surname: '王', givenName: '小明' }],
  ['欧阳娜娜', undefined, { displayName: '欧阳娜娜', surname: '欧阳', givenName: '娜娜' }],
  ['김민준', undefined, { displayName: '김민준', surname: '김', givenName: '민준' }],
  ['山田 太郎', undefined, { displayName: '山田 太郎', surname: '山田', givenName: '太郎' }],
  ['山田太郎', undefined, { displayName: '山田太郎' }],
  ['やまだ たろう', undefined, { displayName: 'やまだ たろう', surname: 'やまだ', givenName: 'たろう' }],
  ['Иван Петров', undefined, { displayName: 'Иван Петров', givenName: 'Иван', surname: 'Петров' }],
  ['john.doe@acme.test', 'john.doe@acme.test', { displayName: 'John Doe', givenName: 'John', surname: 'Doe' }],
  [undefined, 'john.doe@acme.test', { displayName: 'John Doe', givenName: 'John', surname: 'Doe' }],
  ['', 'mary_ann.o-neil+news@x.test', { displayName: 'Mary Ann O-Neil', givenName: 'Mary', middleName: 'Ann', surname: 'O-Neil' }],
  [undefined, 'jdoe@acme.test', { displayName: 'jdoe' }],
  [undefined, 'sales2@acme.test', { displayName: 'sales2' }],
  [undefined, undefined, {}],
  ['Doe, John (ACME)', undefined, { displayName: 'Doe, John (ACME)', givenName: 'John', surname: 'Doe' }],
  ['Jane Roe [External]', undefined, { displayName: 'Jane Roe [External]', givenName: 'Jane', surname: 'Roe' }],
  ["'Jane Roe' via Support Group", undefined, { displayName: 'Jane Roe', givenName: 'Jane', surname: 'Roe' }],
  ['王小明 (Sales)', undefined, { displayName: '王小明 (Sales)', surname: '王', givenName: '小明' }],
];

describe('parseDisplayName', () => {
  it.each(rows)('parses %s (address %s)', (name, address, expected) => {
    expect(parseDisplayName(name, address)).toEqual(expected);
  });

  it('cuts absurdly long names before parsing', () => {
    const parts = parseDisplayName(`${'a '.repeat(100_000)}Doe`);
    expect((parts.displayName ?? '').length).toBeLessThanOrEqual(256);
  });
});

describe('cleanDisplayName', () => {
  it('drops quotes, the trailing address and extra spaces', () => {
    expect(cleanDisplayName(' “Roe,   Jane”  <jane@x.test>')).toBe('Roe, Jane');
  });

  it('keeps angle brackets that do not hold an address', () => {
    expect(cleanDisplayName('Team <Ops>')).toBe('Team <Ops>');
  });
});
