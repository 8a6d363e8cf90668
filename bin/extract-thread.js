// An extraction thread of `sitrep ingest` (src/lib/server/ingest/extract-pool.ts). A worker thread
// does not inherit the module hooks its parent registered, so it registers them itself, as
// bin/sitrep.js does, and then runs the TypeScript thread body.
import './ts-register.js';

await import('../src/lib/server/ingest/extract-thread.ts');
