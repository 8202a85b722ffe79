import { describe, expect, it, vi } from 'vitest';
import { SimulatedHost, type SimulatedItem } from '../../../emulator/host/simulated-host.js';
import { versionAtMost } from '../../../emulator/host/shim/office-values.js';

const read: SimulatedItem = { id: 'm1', mode: 'read', subject: 'Hello', to: [], cc: [], body: { contentType: 'text', content: '' } };
const compose: SimulatedItem = { id: 'c1', mode: 'compose', subject: '', to: [], cc: [], body: { contentType: 'text', content: '' } };

describe('SimulatedHost', () => {
  it('fires itemChanged on every selection, also of nothing', () => {
    const host = new SimulatedHost();
    const listener = vi.fn();
    host.on('itemChanged', listener);
    host.selectItem(read);
    host.selectItem(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(host.state().item).toBeNull();
  });

  it('changes recipients only of a message being composed', () => {
    const host = new SimulatedHost({ item: read });
    const listener = vi.fn();
    host.on('recipientsChanged', listener);
    host.setRecipients('to', [{ name: 'Kim', address: 'kim@adatum.example' }]);
    expect(listener).not.toHaveBeenCalled();
    host.selectItem(compose);
    host.setRecipients('to', [{ name: 'Kim', address: 'kim@adatum.example' }]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(host.state().item?.to).toEqual([{ name: 'Kim', address: 'kim@adatum.example' }]);
  });

  it('fires themeChanged only when the theme really changes', () => {
    const host = new SimulatedHost();
    const listener = vi.fn();
    host.on('themeChanged', listener);
    host.setTheme('light');
    host.setTheme('dark');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('drops a listener that throws (a pane that was reloaded) and keeps notifying the others', () => {
    const host = new SimulatedHost();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dead = vi.fn(() => {
      throw new Error('freed script');
    });
    const alive = vi.fn();
    host.on('itemChanged', dead);
    host.on('itemChanged', alive);
    host.selectItem(read);
    host.selectItem(compose);
    expect(dead).toHaveBeenCalledTimes(1);
    expect(alive).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('stops notifying after unsubscribe', () => {
    const host = new SimulatedHost();
    const listener = vi.fn();
    const off = host.on('itemChanged', listener);
    off();
    host.selectItem(read);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('versionAtMost', () => {
  it.each([
    ['1.5', '1.14', true],
    ['1.13', '1.14', true],
    ['1.14', '1.14', true],
    ['1.15', '1.14', false],
    ['2.0', '1.14', false],
    ['1', '1.1', true],
    ['x', '1.1', false],
  ] as const)('%s ≤ %s is %s', (version, max, expected) => {
    expect(versionAtMost(version, max)).toBe(expected);
  });
});
