#!/usr/bin/env node
// `npm run test:e2e`: the browser tests alone, against the existing production build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const result = spawnSync(join('node_modules', '.bin', 'vitest'), ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
