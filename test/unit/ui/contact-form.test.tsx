// @vitest-environment happy-dom
// The contact editor's checks beside each control: what the user typed is checked before anything is saved, a
// value the contact already held stops no save of another field, and phone numbers are checked once their check
// (loaded apart, with the phone metadata) has arrived.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ContactFields } from '../../../src/core/contact/contact.js';
import { ContactForm } from '../../../src/ui/views/message/contact-form.js';
import { useDomRoot } from '../../support/dom-root.js';

const root = useDomRoot();

const OUTLOOK_HELD: ContactFields = {
  displayName: 'Jana Becker',
  emailAddresses: [{ address: 'jana.becker@example.com' }],
  homePhones: ['030 1234567'],
};

function open(draft: ContactFields, language?: string) {
  const onSave = vi.fn((_fields: ContactFields) => Promise.resolve());
  render(<ContactForm heading="Edit contact" draft={draft} suggestions={[]} {...(language === undefined ? {} : { language })} onSave={onSave} onCancel={() => undefined} />, root);
  return onSave;
}

const control = (id: string) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#contact-form-${id}`);

/** Types like a user: the value, its event, and the re-render it causes before anything else happens. */
function type(id: string, value: string): void {
  const input = control(id);
  if (input === null) throw new Error(`no control ${id}`);
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const save = () => root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const problemOf = (id: string) => root.querySelector(`#contact-form-${id}-problem`)?.textContent;

describe('ContactForm checks', () => {
  it('refuses a typed e-mail address that is not one, says so beside it, and saves nothing', async () => {
    const onSave = open(OUTLOOK_HELD, 'de-DE');
    type('email2', 'jana at home');
    save();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Correct the marked fields before saving.'));
    expect(problemOf('email2')).toBe('This is not an e-mail address (name@example.com).');
    expect(control('email2')?.getAttribute('aria-invalid')).toBe('true');
    expect(control('email2')?.closest('details')?.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(control('email2'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves an edit of one field while a number Outlook holds cannot be read without a country', async () => {
    const onSave = open(OUTLOOK_HELD);
    type('jobTitle', 'Einkauf');
    save();
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual({ ...OUTLOOK_HELD, jobTitle: 'Einkauf' });
  });

  it('refuses a typed number that cannot be a phone number once the phone check has loaded', async () => {
    const onSave = open(OUTLOOK_HELD, 'de-DE');
    type('homePhone2', '12');
    save();
    await vi.waitFor(() => expect(problemOf('homePhone2')).toBe('This is not a phone number. Include the country code, e.g. +1 206 555 0142.'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('offers the international form of a typed national number and keeps the number as typed until asked', async () => {
    const onSave = open({ displayName: 'Jana Becker' }, 'de-DE');
    type('mobilePhone', '0171 2345678');
    await vi.waitFor(() => expect(root.querySelector('#contact-form-mobilePhone-e164')?.textContent).toContain('+491712345678'));
    save();
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual({ displayName: 'Jana Becker', mobilePhone: '0171 2345678' });
  });
});
