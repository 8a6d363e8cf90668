import { defineConfig } from 'vitest/config';

// Browser tests against the production build (`vite build` first; `npm test` does it).
// One server and one database for all files, so files run one after another.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts', 'tests/api/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 300_000,
		fileParallelism: false,
		pool: 'forks'
	}
});
