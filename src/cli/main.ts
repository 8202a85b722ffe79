// The `contact-bridge` command line: `contact-bridge mirror ...` prints a JSON summary on stdout;
// problems are printed on stderr (never the token) with exit code 1, usage mistakes with 2.
import { UserError } from '../core/errors.js';
import { MIRROR_USAGE, runMirror } from './run-mirror.js';

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'mirror') {
    console.error(MIRROR_USAGE);
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
