// `node --import ./bin/ts-register.js file.ts` runs TypeScript through ts-hooks.js (see why there).
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./ts-hooks.js', import.meta.url);
