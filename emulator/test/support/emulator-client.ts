// Test helper: starts an emulator with the control API and calls Graph as the demo user with Node's fetch.
import { startEmulator } from '../../server.js';
import type { EmulatorOptions, RunningEmulator } from '../../server.js';

export const ALL_SCOPES = ['User.Read', 'Contacts.ReadWrite', 'People.Read', 'MailboxSettings.ReadWrite', 'Contacts.ReadWrite.Shared'];

export interface TestClient {
  readonly emulator: RunningEmulator;
  readonly token: string;
  /** Calls `${graphUrl}${path}` (or an absolute URL) with the bearer token; JSON bodies are serialised. */
  graph(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string>; token?: string | null }): Promise<Response>;
  /** Calls the control API at `/_emulator${path}`. */
  control(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestClient> {
  const emulator = await startEmulator({ port: 0, control: true, seed: 60, ...options });
  const token = emulator.mintToken(emulator.users[0]?.userPrincipalName ?? '', ALL_SCOPES);
  const send = (url: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; token?: string | null } = {}): Promise<Response> => {
    const headers: Record<string, string> = { ...init.headers };
    const bearer = init.token === undefined ? token : init.token;
    if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
    let body: BodyInit | undefined;
    if (init.body instanceof Uint8Array) body = init.body as unknown as BodyInit;
    else if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    return fetch(url, { method: init.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
  };
  return {
    emulator,
    token,
    graph: (path, init) => send(path.startsWith('http') ? path : `${emulator.graphUrl}${path}`, init),
    control: (path, init) => send(`${emulator.url}/_emulator${path}`, { ...init, token: null }),
    close: () => emulator.close(),
  };
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
