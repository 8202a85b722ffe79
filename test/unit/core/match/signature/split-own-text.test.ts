import { describe, expect, it } from 'vitest';
import { splitOwnText } from '../../../../../src/core/match/signature/split-own-text.js';

const own = (text: string): string[] => splitOwnText(text.split('\n')).lines.map((l) => l.text).filter((l) => l !== '');

describe('splitOwnText', () => {
  it.each([
    ['Gmail English', 'Mine\nOn Tue, Mar 4, 2025 at 9:15 AM Jane <j@x.test> wrote:\n> theirs'],
    ['Gmail wrapped onto two lines', 'Mine\nOn Tue, Mar 4, 2025 at 9:15 AM Jane Roe <\nj@x.test> wrote:\ntheirs'],
    ['German', 'Mine\nAm Mi., 12. März 2025 um 09:14 Uhr schrieb Jonas <j@x.test>:\ntheirs'],
    ['French', 'Mine\nLe lun. 3 mars 2025 à 10:12, Paul <p@x.test> a écrit :\ntheirs'],
    ['Spanish', 'Mine\nEl mar, 4 mar 2025 a las 11:02, Pedro (<p@x.test>) escribió:\ntheirs'],
    ['Dutch', 'Mine\nOp 5 mrt. 2025 om 14:03 schreef Sanne <s@x.test>:\ntheirs'],
    ['Portuguese', 'Mine\nEm qua., 12 de mar. de 2025 às 10:00, Rui <r@x.test> escreveu:\ntheirs'],
    ['Chinese', 'Mine\n张三 <z@x.test> 于2025年3月12日周三 10:00写道：\ntheirs'],
    ['Outlook original message', 'Mine\n-----Original Message-----\nFrom: A\ntheirs'],
    ['German Outlook original message', 'Mine\n-----Ursprüngliche Nachricht-----\nVon: A\ntheirs'],
    ['Gmail forward', 'Mine\n---------- Forwarded message ---------\nFrom: A\ntheirs'],
    ['Outlook header block', 'Mine\nFrom: Alice <a@x.test>\nSent: Monday\nTo: Bob\ntheirs'],
    ['Outlook header block in German after a rule', 'Mine\n________________________________\nVon: Julia <j@x.test>\nGesendet: Dienstag\ntheirs'],
    ['French header block', 'Mine\nDe : Marie\nEnvoyé : lundi\nÀ : Paul\ntheirs'],
    ['Japanese header block', 'Mine\n差出人: 鈴木\n送信日時: 2025年3月1日\ntheirs'],
  ])('stops before the quoted history (%s)', (_name, text) => {
    expect(own(text)).toEqual(['Mine']);
  });

  it('leaves out ">"-quoted lines but keeps the reply under them', () => {
    expect(own('> question?\n> -- \n> Their Sig\nMy answer\n\nMe')).toEqual(['My answer', 'Me']);
  });

  it('keeps the text of an inline reply that starts with an attribution', () => {
    expect(own('On Mon, Ann wrote:\n> q1\nanswer one\n> q2\nanswer two')).toEqual(['answer one', 'answer two']);
  });

  it('does not take a From line without header fields for a header block', () => {
    expect(own('From: the desk of Ann\nHello')).toEqual(['From: the desk of Ann', 'Hello']);
  });

  it('reports where the history starts', () => {
    expect(splitOwnText(['a', '', '-----Original Message-----', 'x']).historyStart).toBe(2);
    expect(splitOwnText(['a', 'b']).historyStart).toBe(2);
  });
});
