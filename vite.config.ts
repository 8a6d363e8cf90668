import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { readWorkerPlugin } from './scripts/build-read-worker.js';

export default defineConfig({
	// the reader thread is compiled after SvelteKit's adapter has written build/ (svelte.config.js: out 'build')
	plugins: [sveltekit(), readWorkerPlugin('build')],
	server: { host: '127.0.0.1', port: 5173 }
});
