#!/usr/bin/env node
// Launches the TypeScript command line through tsx's loader: `contact-bridge mirror --graph URL --token T --store FILE`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
