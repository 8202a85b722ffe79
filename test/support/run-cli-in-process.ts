// Runs `contact-bridge …` in this process through the CLI's `main`, with what it wrote to standard output
// (console.log and process.stdout.write) and standard error (console.error), and its exit code.
import { main } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCliInProcess(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  const write = process.stdout.write.bind(process.stdout);
  console.log = (...parts: unknown[]) => out.push(`${parts.join(' ')}\n`);
  console.error = (...parts: unknown[]) => err.push(`${parts.join(' ')}\n`);
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    console.log = log;
    console.error = error;
    process.stdout.write = write;
  }
}
