import { describe, expect, it } from 'vitest';
import { findSignatureBlock, MAX_BLOCK_LINES, MAX_TAIL_LINES } from '../../../../../src/core/match/signature/find-signature-block.js';
import { isSignOff } from '../../../../../src/core/match/signature/sign-offs.js';

const isAnn = (line: string): boolean => /\bAnn\b/u.test(line);
const find = (text: string): ReturnType<typeof findSignatureBlock> => findSignatureBlock(text.split('\n'), isAnn);

describe('isSignOff', () => {
  it.each([
    'Best regards,', 'Kind regards', 'Cheers!', 'Thanks & Regards,', 'Mit freundlichen Grüßen', 'MfG', 'Viele Grüße',
    'Cordialement,', 'Bien à vous,', 'Saludos,', 'Un saludo', 'Met vriendelijke groet,', 'Atenciosamente,',
    'Cordiali saluti,', 'Pozdrawiam,', 'Med vänliga hälsningar', 'S pozdravem', '谢谢！', 'よろしくお願いいたします。',
    '감사합니다.', 'Best, Ann', 'Thanks,  Ann',
  ])('recognizes %s', (line) => {
    expect(isSignOff(line)).toBe(true);
  });

  it.each(['Thanks for the update on the rollout.', 'Best practices are attached', 'Regardless of the outcome', ''])('rejects %s', (line) => {
    expect(isSignOff(line)).toBe(false);
  });
});

describe('findSignatureBlock', () => {
  it('starts after the sign-off nearest the end', () => {
    expect(find('Hi\nThanks for this.\n\nBest regards,\nAnn Lee\nCEO')).toEqual({ lines: ['Ann Lee', 'CEO'], via: 'sign-off' });
  });

  it('starts after a "-- " separator that follows the sign-off', () => {
    expect(find('Text\nViele Grüße\nAnn\n\n-- \nAnn Lee\nCTO')).toEqual({ lines: ['Ann Lee', 'CTO'], via: 'separator' });
  });

  it('passes over a closing rule with nothing after it', () => {
    expect(find('Text\n-----------\nACME Corp\nAnn Lee\n-----------')?.lines).toEqual(['ACME Corp', 'Ann Lee']);
  });

  it('starts at the sender name line when nothing closes the text', () => {
    expect(find('Please see below.\n\nAnn Lee\nOffice Manager')).toEqual({ lines: ['Ann Lee', 'Office Manager'], via: 'name' });
  });

  it('takes the company and title written above the name in its paragraph', () => {
    expect(find('承知しました。\n\n神戸精機株式会社\n技術部 係長\nAnn Lee\nTel 090-5555-0123')).toEqual({ lines: ['神戸精機株式会社', '技術部 係長', 'Ann Lee', 'Tel 090-5555-0123'], via: 'name' });
    expect(find('Please see below.\nAnn Lee\nOffice Manager')?.lines).toEqual(['Ann Lee', 'Office Manager']);
  });

  it('falls back to a short last paragraph', () => {
    expect(find('Long text here.\n\nJ. Smith\nACME Ltd')).toEqual({ lines: ['J. Smith', 'ACME Ltd'], via: 'last-paragraph' });
  });

  it('stops at a disclaimer, a register footer or a device footer', () => {
    const disclaimer = 'This e-mail and any attachments are confidential and intended solely for the addressee.';
    expect(find(`Regards,\nAnn Lee\n${disclaimer}\nHidden 1`)?.lines).toEqual(['Ann Lee']);
    expect(find('Regards,\nAnn Lee\nSitz der Gesellschaft: Berlin\nHidden')?.lines).toEqual(['Ann Lee']);
    expect(find('Thanks!\nAnn\n\nSent from my iPhone')?.lines).toEqual(['Ann']);
    expect(find('Thanks!\nAnn\n\niPhoneから送信')?.lines).toEqual(['Ann']);
    expect(find('Merci !\nAnn\n\nEnvoyé depuis mon mobile Orange')?.lines).toEqual(['Ann']);
  });

  it('keeps at most MAX_BLOCK_LINES lines and leaves out prose-length lines', () => {
    const many = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    expect(find(`Regards,\n${'x'.repeat(400)}\n${many}`)?.lines).toHaveLength(MAX_BLOCK_LINES);
    expect(find(`Regards,\n${'x'.repeat(400)}\n${many}`)?.lines[0]).toBe('line 0');
  });

  it('searches only the last MAX_TAIL_LINES lines', () => {
    const filler = Array.from({ length: MAX_TAIL_LINES + 5 }, (_, i) => `Sentence number ${i} of a long message body.`).join('\n');
    expect(find(`Regards,\nHidden Person\n${filler}`)?.via).not.toBe('sign-off');
  });

  it('finds nothing in an empty body', () => {
    expect(find('')).toBeUndefined();
  });
});
