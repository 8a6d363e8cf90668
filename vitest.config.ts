import { defineConfig } from 'vitest/config';

// Unit, golden, contract and property tests. Browser tests run in scripts/e2e.js;
// the long stress suite has its own config (vitest.stress.config.ts).
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'tests/stress/**', 'node_modules/**'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
