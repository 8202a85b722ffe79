// The `contact-bridge` command line: `contact-bridge mirror ...` prints a JSON summary on stdout;
// problems are printed on stderr (never the token) with exit code 1, usage mistakes with 2.
// `contact-bridge convert ...` writes the converted file on stdout, problems on stderr (exit 1 when rows
// were rejected, 2 for a bad command line or a file it cannot read).
import { UserError } from '../core/errors.js';
import { CONVERT_USAGE } from './parse-convert-args.js';
import { runConvert } from './run-convert.js';
import { MIRROR_USAGE, runMirror } from './run-mirror.js';

async function convert(argv: readonly string[]): Promise<number> {
  try {
    const outcome = await runConvert(argv);
    process.stdout.write(outcome.stdout);
    for (const line of outcome.stderr) console.error(line);
    return outcome.code;
  } catch (error) {
    if (error instanceof UserError) {
      console.error([error.message, error.details, error.fix].filter(Boolean).join('\n'));
      return 2;
    }
    throw error;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'convert') return convert(rest);
  if (command !== 'mirror') {
    console.error(`${MIRROR_USAGE}\n${CONVERT_USAGE}`);
    return 2;
  }
  try {
    console.log(JSON.stringify(await runMirror(rest, { env: process.env })));
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      console.error([error.message, error.details, error.fix].filter(Boolean).join('\n'));
      return 2;
    }
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return 1;
  }
}
