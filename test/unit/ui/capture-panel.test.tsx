// @vitest-environment happy-dom
// Add for the sender of an open message: the signature is read with the mailbox's display language, so a number
// written without a country code gets the country Outlook's language implies, and the form says where it came from.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { participantsOf } from '../../../src/core/match/participants.js';
import { extractSignature } from '../../../src/core/match/signature/extract-signature.js';
import type { SignatureInput } from '../../../src/core/match/signature/signature-types.js';
import type { MessageMirror } from '../../../src/ui/views/message/message-mirror.js';
import { CapturePanel } from '../../../src/ui/views/message/capture-panel.js';
import { FakeMailboxHost } from '../../fakes/fake-mailbox-host.js';
import { useDomRoot } from '../../support/dom-root.js';

const FROM = { displayName: 'Jana Becker', emailAddress: 'jana.becker@gmail.com' };
const BODY = 'Hallo Dana,\n\nbis Montag.\n\nViele Grüße\nJana Becker\nTel. 030 1234567\n';

const root = useDomRoot();

function open(displayLanguage: string | undefined) {
  const mailbox = new FakeMailboxHost({
    owner: { displayName: 'Dana Whitfield', emailAddress: 'dana@contoso.example', ...(displayLanguage === undefined ? {} : { displayLanguage }) },
    current: { item: { mode: 'read', key: 'item-1', subject: 'Montag', from: FROM, to: [], cc: [] }, body: { type: 'text', content: BODY } },
  });
  const inputs: SignatureInput[] = [];
  const mirror = {
    organizationDomain: undefined,
    extractSignature: (input: SignatureInput) => {
      inputs.push(input);
      return Promise.resolve(extractSignature(input));
    },
  } as unknown as MessageMirror;
  const [participant] = participantsOf({ from: FROM }, ['dana@contoso.example']);
  if (participant === undefined) throw new Error('no participant');
  render(<CapturePanel participant={participant} mirror={mirror} mailbox={mailbox} onDone={() => undefined} />, root);
  return inputs;
}

const phoneInput = () => root.querySelector<HTMLInputElement>('#contact-form-businessPhone');

describe('Add for the sender of an open message', () => {
  it('reads the signature with the mailbox’s display language and says the country code was assumed from it', async () => {
    const inputs = open('de-DE');
    await vi.waitFor(() => expect(phoneInput()?.getAttribute('data-suggested')).toBe('true'));
    expect(inputs.map((input) => input.displayLanguage)).toEqual(['de-DE']);
    expect(phoneInput()?.value.replace(/\D/g, '')).toBe('49301234567');
    const hint = root.querySelector(`#${phoneInput()?.getAttribute('aria-describedby') ?? 'none'}`);
    expect(hint?.textContent).toBe('Country code assumed from your Outlook language');
  });

  it('offers the number only as written when nothing says which country it is in', async () => {
    const inputs = open(undefined);
    await vi.waitFor(() => expect(inputs).toHaveLength(1));
    await vi.waitFor(() => expect(root.textContent).not.toContain('Reading the signature'));
    expect(inputs[0]).not.toHaveProperty('displayLanguage');
    await vi.waitFor(() => expect(phoneInput()?.getAttribute('data-suggested')).toBe('true'));
    expect(phoneInput()?.value).toBe('030 1234567');
    expect(phoneInput()?.getAttribute('aria-describedby')).toBeNull();
  });
});
