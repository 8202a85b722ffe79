// Graph emulator scale: how long a 100,000-contact mailbox takes to start, and how long one delta page of
// 1,000 contacts takes to serve over HTTP (median of the first pages of a full round, properties built on read),
// in wall time and in CPU time (the latter barely moves when other processes load the machine).
import { startEmulator } from '../emulator/server.js';
import type { BenchTargets } from './bench-table.js';

const CONTACTS = 100_000;
const PAGE_SIZE = 1000;
const PAGES_MEASURED = 15;

export const targets: BenchTargets = {
  'emulator.start100kSeconds': { max: 10 },
  'emulator.deltaPage1000Ms': { max: 50 },
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function run(): Promise<Record<string, number>> {
  const started = performance.now();
  const emulator = await startEmulator({ port: 0, seed: CONTACTS, maxDeltaPageSize: PAGE_SIZE });
  const startSeconds = (performance.now() - started) / 1000;
  try {
    const headers = { authorization: `Bearer ${emulator.mintToken(emulator.users[0]?.id ?? '', ['Contacts.Read'])}`, prefer: `odata.maxpagesize=${PAGE_SIZE}` };
    const root = (await (await fetch(`${emulator.graphUrl}/me/contactFolders/contacts`, { headers })).json()) as { id: string };
    let url: string | undefined = `${emulator.graphUrl}/me/contactFolders/${encodeURIComponent(root.id)}/contacts/delta`;
    const timings: number[] = [];
    const cpuTimings: number[] = [];
    while (url && timings.length < PAGES_MEASURED) {
      const pageStarted = performance.now();
      const cpuStarted = process.cpuUsage();
      const response = await fetch(url, { headers });
      const bytes = await response.arrayBuffer();
      // Served = the last byte arrived; parsing the JSON is the client's cost, measured outside.
      const elapsed = performance.now() - pageStarted;
      const cpu = process.cpuUsage(cpuStarted);
      cpuTimings.push((cpu.user + cpu.system) / 1000);
      const page = JSON.parse(new TextDecoder().decode(bytes)) as { value: unknown[]; '@odata.nextLink'?: string };
      if (response.status !== 200) throw new Error(`delta page answered ${response.status}`);
      if (page.value.length !== PAGE_SIZE) throw new Error(`delta page held ${page.value.length} contacts, not ${PAGE_SIZE}`);
      timings.push(elapsed);
      url = page['@odata.nextLink'];
    }
    return {
      'emulator.start100kSeconds': Math.round(startSeconds * 100) / 100,
      'emulator.deltaPage1000Ms': Math.round(median(timings) * 10) / 10,
      // CPU time of the same pages (server and client share this process): comparable on a busy machine.
      'emulator.deltaPage1000CpuMs': Math.round(median(cpuTimings) * 10) / 10,
    };
  } finally {
    await emulator.close();
  }
}
