// OfficeHostDialog's rule for dialog messages, over a scripted Office dialog: the pane's own origin is accepted,
// another origin ignored, and a message without an origin refused. The browser test runs it over the simulator.
import { describe, expect, it } from 'vitest';
import { OfficeHostDialog } from '../../../../src/adapters/office/office-host-dialog.js';
import type { OfficeApi } from '../../../../src/adapters/office/office-async.js';

const PANE_ORIGIN = 'https://addin.contoso.example';

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

/** An Office whose dialog opens at once and hands its message handler to the test. */
function scriptedOffice() {
  const handlers: Record<string, Handler> = {};
  const state = { closed: 0, opened: [] as string[] };
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => (handlers[type] = handler),
    close: () => (state.closed += 1),
  };
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    CoercionType: {},
    context: {
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          state.opened.push(url);
          callback({ status: 'succeeded', value: dialog });
        },
      },
    },
  } as unknown as OfficeApi;
  const send = (args: Parameters<Handler>[0]) => handlers['dialogMessageReceived']?.(args);
  return { office, state, send };
}

describe('OfficeHostDialog messages', () => {
  it('accepts the message sent from the pane’s own origin and closes the dialog', async () => {
    const { office, state, send } = scriptedOffice();
    const received = new OfficeHostDialog(office, PANE_ORIGIN).openAndReceive('/dialog.html');
    send({ message: 'signed-in', origin: PANE_ORIGIN });
    await expect(received).resolves.toBe('signed-in');
    expect(state.opened).toEqual([`${PANE_ORIGIN}/dialog.html`]);
    expect(state.closed).toBe(1);
  });

  it('ignores a message from another origin and keeps waiting for the pane’s own', async () => {
    const { office, state, send } = scriptedOffice();
    const received = new OfficeHostDialog(office, PANE_ORIGIN).openAndReceive('/dialog.html');
    send({ message: 'forged', origin: 'https://evil.example' });
    expect(state.closed).toBe(0);
    send({ message: 'signed-in', origin: PANE_ORIGIN });
    await expect(received).resolves.toBe('signed-in');
  });

  it('refuses a message whose origin the host does not report, closing the dialog', async () => {
    const { office, state, send } = scriptedOffice();
    const received = new OfficeHostDialog(office, PANE_ORIGIN).openAndReceive('/dialog.html');
    send({ message: 'signed-in', origin: undefined });
    await expect(received).rejects.toMatchObject({ name: 'AuthError', reason: 'failed', code: 'dialog_origin_unknown' });
    expect(state.closed).toBe(1);
  });
});
