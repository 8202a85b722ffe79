import { describe, expect, it } from 'vitest';
import { dialogWindowSize } from '../../../emulator/host/shim/dialog.js';

const laptop = { width: 1280, height: 800 };
const phone = { width: 320, height: 800 };

describe('dialogWindowSize', () => {
  it.each([
    ['takes the percentages of the display', { width: 40, height: 60 }, laptop, { width: 512, height: 480 }],
    ['defaults to 80 % each way', {}, laptop, { width: 1024, height: 640 }],
    ['keeps Office’s minimum of 150 × 250 px', { width: 40, height: 20 }, phone, { width: 150, height: 250 }],
    ['never exceeds the display', { width: 100, height: 100 }, { width: 140, height: 200 }, { width: 140, height: 200 }],
  ])('on a computer %s', (_name, options, available, expected) => {
    expect(dialogWindowSize(options, available, 'desktop')).toEqual(expected);
  });

  it('fills a phone’s screen whatever the add-in asks for', () => {
    expect(dialogWindowSize({ width: 40, height: 60 }, phone, 'phone')).toEqual(phone);
  });
});
