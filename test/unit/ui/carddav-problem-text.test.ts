// The words for CardDAV problems: a CORS block (the server answered a no-cors probe) and an unanswered request
// (blocked or unreachable) both name the pane's origin and point to the README's CORS section; the others do not.
import { describe, expect, it } from 'vitest';
import { problemText, sideText } from '../../../src/ui/views/carddav/problem-text.js';

const ORIGIN = 'https://contacts.example.com';
const SERVER = 'https://dav.example.org';

describe('problemText', () => {
  it('says the server answered but its CORS policy keeps the pane out, and how to let it in', () => {
    const text = problemText({ kind: 'blocked', server: SERVER, origin: ORIGIN, reachable: true });
    expect(text.message).toBe(`${SERVER} answered, but its CORS policy does not let this pane (${ORIGIN}) read its answers.`);
    expect(text.fix).toContain(`must allow the origin ${ORIGIN}`);
    expect(text.fix).toContain('contact-bridge carddav');
    expect(text.corsHelp).toBe(true);
  });

  it('says blocked by CORS or unreachable when nothing answered at all', () => {
    const text = problemText({ kind: 'blocked', server: SERVER, origin: ORIGIN, reachable: false });
    expect(text.message).toBe(`The request to ${SERVER} was blocked by the server's CORS policy or the server is unreachable.`);
    expect(text.fix).toContain('Check the URL');
    expect(text.corsHelp).toBe(true);
  });

  it.each([
    [{ kind: 'refused', server: SERVER } as const, `${SERVER} refused the user name or password.`],
    [{ kind: 'not-allowed', server: SERVER } as const, `This installation of Contact Bridge may not connect to ${SERVER}.`],
    [{ kind: 'failed', message: 'The CardDAV server answered HTTP 500.' } as const, 'The CardDAV server answered HTTP 500.'],
  ])('explains %j without the CORS help', (problem, message) => {
    const text = problemText(problem);
    expect(text.message).toBe(message);
    expect(text.corsHelp).toBe(false);
  });
});

describe('sideText', () => {
  it('counts what a run did on one side', () => {
    expect(sideText({ created: 3, updated: 1, deleted: 0 })).toBe('3 created, 1 updated, 0 deleted');
  });
});
