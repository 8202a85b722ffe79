// A fake fetch for middleware tests: answers from a script (a function of the request) and records each call.
import type { FetchFn } from '../../../../src/adapters/graph/middleware/fetch-handler.js';

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
  readonly signal: AbortSignal | undefined;
}

export type Answer = Response | Error | ((request: RecordedRequest) => Response | Error | Promise<Response>);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function graphError(status: number, code: string, headers: Record<string, string> = {}): Response {
  return json(status, { error: { code, message: `${code} happened`, innerError: { 'request-id': `req-${status}`, date: '2026-11-25T12:00:00' } } }, headers);
}

/** Answers each call with the next scripted answer; the last one repeats. */
export function scriptedFetch(answers: readonly Answer[]): { fetch: FetchFn; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  let index = 0;
  const fetchFn: FetchFn = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
      signal: init?.signal ?? undefined,
    };
    requests.push(request);
    const answer = answers[Math.min(index, answers.length - 1)];
    index += 1;
    if (answer === undefined) throw new Error('No scripted answer.');
    const resolved = typeof answer === 'function' ? await answer(request) : answer;
    if (resolved instanceof Error) throw resolved;
    return resolved.clone();
  };
  return { fetch: fetchFn, requests };
}
