#!/usr/bin/env node
// The `sitrep` command. The CLI is TypeScript run through tsx's loader, so
// `npx sitrep …` works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
