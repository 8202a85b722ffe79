#!/usr/bin/env node
// Launches the TypeScript command line through tsx's loader: `contact-bridge mirror --store FILE [--graph URL] [--token T | --client-id ID]`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
