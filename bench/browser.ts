/**
 * Browser benchmark (headless Debian chromium, software rendering): the /bench page
 * makes 1,000,000 synthetic events and a 10,000-actor / 50,000-edge network in the
 * page, then we measure time to first render, frame times during a scripted pan and
 * zoom (rAF deltas in the page), the network layout in its worker, and JS heap.
 * Needs the production build (`npx vite build`).
 */
import { launch } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BrowserBench {
	events: number;
	actors: number;
	edges: number;
	generateMs: number;
	firstRenderMs: number;
	frames: number;
	frameP50Ms: number;
	frameP95Ms: number;
	frameMaxMs: number;
	layoutWorkerMs: number;
	layoutWallMs: number;
	jsHeapMB: number;
	/** 1-minute load average when the run started and ended: the machine is shared, read the figures with it. */
	load: string;
	targets: { frameP95Ms: number; layoutMs: number };
}

const percentile = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

export async function benchBrowser(opts: { events?: number; actors?: number; edges?: number } = {}): Promise<BrowserBench> {
	const events = opts.events ?? 1_000_000;
	const actors = opts.actors ?? 10_000;
	const edges = opts.edges ?? 50_000;
	const loadBefore = loadavg()[0];
	const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
	const server = await startServer(join(dir, 'empty.db'));
	const { context, close } = await launch({ width: 1280, height: 800 });
	try {
		const page = await context.newPage();
		await page.goto(`${server.url}/bench?events=${events}&nodes=${actors}&edges=${edges}`, { timeout: 600_000 });
		await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, null, { timeout: 600_000, polling: 500 });
		const first = (await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench)) as Record<string, number>;

		// scripted pan and zoom over the timeline, frame deltas recorded in the page
		const box = (await page.locator('.timeline .plot').boundingBox())!;
		// a string, not a function: tsx would wrap named closures in a helper the page does not have
		await page.evaluate(`(() => {
			window.__frames = [];
			window.__rec = true;
			let last = performance.now();
			const loop = (t) => {
				window.__frames.push(t - last);
				last = t;
				if (window.__rec) requestAnimationFrame(loop);
			};
			requestAnimationFrame(loop);
		})()`);
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		await page.mouse.move(cx, cy);
		for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -240); // in, towards months
		await page.mouse.down();
		await page.mouse.move(cx - 300, cy, { steps: 30 }); // pan
		await page.mouse.move(cx + 200, cy, { steps: 30 });
		await page.mouse.up();
		for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -240); // down to days and hours
		for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 240); // back out to decades
		const frames = (await page.evaluate(() => {
			const w = window as unknown as { __frames: number[]; __rec: boolean };
			w.__rec = false;
			return w.__frames.slice(1);
		})) as number[];

		await page.waitForFunction(() => (window as unknown as { __bench?: { layoutDone?: number } }).__bench?.layoutDone, null, { timeout: 600_000, polling: 500 });
		const done = (await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench)) as Record<string, number>;
		const heap = (await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN)) as number;
		const out: BrowserBench = {
			events,
			actors,
			edges,
			generateMs: Math.round(first.generateMs),
			firstRenderMs: Math.round(first.firstRenderMs),
			frames: frames.length,
			frameP50Ms: Math.round(percentile(frames, 50) * 10) / 10,
			frameP95Ms: Math.round(percentile(frames, 95) * 10) / 10,
			frameMaxMs: Math.round(Math.max(...frames) * 10) / 10,
			layoutWorkerMs: Math.round(done.layoutWorkerMs),
			layoutWallMs: Math.round(done.layoutWallMs),
			jsHeapMB: Math.round(heap / 1e6),
			load: `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
			targets: { frameP95Ms: 16.7, layoutMs: 5000 }
		};
		console.table(out);
		return out;
	} finally {
		await close();
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}
