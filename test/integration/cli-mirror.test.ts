// The headless command against the Graph emulator: mirrors into a store file, drains that file's outbox on
// the next run, and prints a JSON summary; the token never appears in its errors.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator/server.js';
import type { RunningEmulator } from '../../emulator/server.js';
import { main } from '../../src/cli/main.js';
import { openFileMirrorStore } from '../../src/cli/file-mirror-store.js';
import { runMirror } from '../../src/cli/run-mirror.js';
import type { ClientId } from '../../src/core/contact/contact.js';
import { createContact } from '../../src/engine/local-edits.js';

let emulator: RunningEmulator;
let dir: string;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, control: true, seed: 30, log: () => undefined });
  token = emulator.mintToken(emulator.users[0]?.userPrincipalName ?? '', ['Contacts.ReadWrite']);
  dir = await mkdtemp(path.join(tmpdir(), 'contact-bridge-cli-'));
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('contact-bridge mirror', () => {
  it('mirrors the mailbox into the store file and summarises the run', async () => {
    const store = path.join(dir, 'first.json');
    const summary = await runMirror(['--graph', emulator.graphUrl, '--token', token, '--store', store]);
    expect(summary).toMatchObject({ contacts: 30, created: 0, pendingOutbox: 0 });
    expect(summary.folders).toBeGreaterThan(1);
    expect(summary.requests).toBeGreaterThanOrEqual(summary.folders + 1);
    const again = await runMirror(['--graph', emulator.graphUrl, '--token', token, '--store', store]);
    expect(again).toMatchObject({ contacts: 30 });
    expect(again.requests).toBeLessThanOrEqual(summary.requests);
    expect(JSON.parse(await readFile(store, 'utf8'))).toMatchObject({ format: 'contact-bridge-mirror' });
  });

  it('drains the outbox kept in the store file', async () => {
    const store = path.join(dir, 'outbox.json');
    await runMirror(['--graph', emulator.graphUrl, '--token', token, '--store', store]);
    const file = await openFileMirrorStore(store);
    const folderId = (await file.store.listFolders()).find((folder) => folder.isDefault)!.id;
    await createContact(file.store, { clientId: 'cli-new' as ClientId, folderId, fields: { displayName: 'Queued Offline' }, now: Date.now() });
    await file.save();
    await file.close();
    const summary = await runMirror(['--graph', emulator.graphUrl, '--token', token, '--store', store]);
    expect(summary).toMatchObject({ created: 1, pendingOutbox: 0, contacts: 31 });
  });

  it('answers usage mistakes with exit code 2 and no secret in the message', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      expect(await main(['mirror', '--graph', 'not-a-url', '--token', 'secret-token', '--store', path.join(dir, 'x.json')])).toBe(2);
      expect(await main(['unknown'])).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toContain('--graph');
    expect(errors.join('\n')).not.toContain('secret-token');
  });
});
