// The emulator's command line: `npm run emulator -- --port 4000 --seed 2000 --latency 0 --rng 7 --token-ttl 60
// --control --state FILE --https-cert F --https-key F --public-url URL --static DIR`. Prints the URL, logs each request.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from './server.js';
import type { EmulatorOptions } from './server.js';

const USAGE = `Usage: npm run emulator -- [--port 4000] [--host 127.0.0.1] [--seed 200] [--rng 1] [--latency 0] [--token-ttl 3600]
  [--control] [--state FILE] [--https-cert FILE --https-key FILE] [--public-url URL] [--static DIR]
  [--max-delta-page 200] [--concurrency 4] [--requests-per-10min 10000] [--quiet]`;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} expects a whole number, got "${value}"`);
  return parsed;
}

export function parseCommandLine(args: readonly string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, rng: { type: 'string' }, latency: { type: 'string' },
      'token-ttl': { type: 'string' }, control: { type: 'boolean' }, state: { type: 'string' }, 'https-cert': { type: 'string' },
      'https-key': { type: 'string' }, 'public-url': { type: 'string' }, static: { type: 'string' }, 'max-delta-page': { type: 'string' },
      concurrency: { type: 'string' }, 'requests-per-10min': { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (Boolean(values['https-cert']) !== Boolean(values['https-key'])) throw new Error('--https-cert and --https-key go together');
  const throttle = { concurrentPerMailbox: integer('concurrency', values.concurrency), requestsPer10Min: integer('requests-per-10min', values['requests-per-10min']) };
  const options: EmulatorOptions = {
    port: integer('port', values.port) ?? 4000,
    ...(values.host ? { host: values.host } : {}),
    seed: integer('seed', values.seed) ?? 200,
    rng: integer('rng', values.rng) ?? 1,
    latencyMs: integer('latency', values.latency) ?? 0,
    tokenTtlSeconds: integer('token-ttl', values['token-ttl']) ?? 3600,
    control: values.control ?? false,
    ...(values.state ? { statePath: values.state } : {}),
    ...(values['https-cert'] && values['https-key'] ? { https: { cert: readFileSync(values['https-cert']), key: readFileSync(values['https-key']) } } : {}),
    ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
    ...(values.static ? { staticDir: values.static } : {}),
    ...(values['max-delta-page'] ? { maxDeltaPageSize: integer('max-delta-page', values['max-delta-page']) } : {}),
    throttle: Object.fromEntries(Object.entries(throttle).filter(([, v]) => v !== undefined)),
    log: values.quiet ? () => undefined : (line) => console.log(line),
  };
  return options;
}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const started = Date.now();
  const emulator = await startEmulator(options);
  console.log(`Graph emulator listening on ${emulator.url} (Graph: ${emulator.graphUrl}; seed ${options.seed}, started in ${Date.now() - started} ms)`);
  if (options.control) console.log(`Control API: ${emulator.url}/_emulator/`);
  const stop = (): void => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) void main();
