#!/usr/bin/env node
// The `sitrep` command. The CLI is TypeScript run through the project's own module hooks
// (ts-hooks.js: esbuild, one file at a time), so `npx sitrep …` works straight after
// `npm install`, with no build step.
import './ts-register.js';

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
