// Built-in demo messages, used when the emulator's mailbox endpoint is unreachable (and by a pane opened on its own).
import type { SimulatedItem } from './simulated-host.js';

export const BUILT_IN_MESSAGES: readonly SimulatedItem[] = [
  {
    id: 'built-in-1',
    mode: 'read',
    subject: 'Quarterly planning: draft agenda',
    from: { name: 'Jordan Avila', address: 'jordan.avila@fabrikam.example' },
    to: [{ name: 'Dana Whitfield', address: 'dana.whitfield@contoso.example' }],
    cc: [{ name: 'Sam Okafor', address: 'sam.okafor@contoso.example' }],
    receivedDateTime: '2026-11-24T09:12:00Z',
    body: {
      contentType: 'text',
      content: 'Hi Dana,\n\nHere is the draft agenda for Thursday.\n\nBest,\nJordan Avila\nHead of Operations, Fabrikam\n+1 425 555 0142',
    },
  },
  {
    id: 'built-in-2',
    mode: 'read',
    subject: 'Re: Contract renewal',
    from: { name: 'Lee Park', address: 'lee.park@northwind.example' },
    to: [{ name: 'Dana Whitfield', address: 'dana.whitfield@contoso.example' }],
    cc: [],
    receivedDateTime: '2026-11-23T16:40:00Z',
    body: { contentType: 'html', content: '<p>Thanks Dana, the signed copy is attached.</p><p>Lee Park<br>Northwind Traders</p>' },
  },
];
