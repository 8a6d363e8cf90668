import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { join } from 'node:path';
import { launch } from './browser';
import { ROOT } from './server';

export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

/** Collects page errors so that a test can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	return errors;
}

/** The explorer is usable: hydrated (clicks reach Svelte's handlers, not server markup) with its timeline laid out. */
export const APP_READY = '.app[data-hydrated="true"] .timeline .plot';

// one browser per test file, started on the first openApp and shut by closeApp
let browser: ReturnType<typeof launch> | null = null;

export async function browserContext(): Promise<BrowserContext> {
	return (await (browser ??= launch())).context;
}

/** For afterAll: closes the file's browser (and its temporary profile). */
export async function closeApp(): Promise<void> {
	const b = browser;
	browser = null;
	if (b) await (await b).close();
}

export interface OpenOptions {
	/** selector that says the page is ready; the explorer's by default. */
	ready?: string;
	viewport?: { width: number; height: number };
	/** server to open, when it is not the shared one from the global setup. */
	base?: string;
}

/** A new page on `path`, with its console errors collected, once the page is ready. */
export async function openApp(path = '/', opts: OpenOptions = {}): Promise<{ page: Page; errors: string[]; context: BrowserContext }> {
	const context = await browserContext();
	const page = await context.newPage();
	const errors = watchErrors(page);
	if (opts.viewport) await page.setViewportSize(opts.viewport);
	await page.goto((opts.base ?? inject('baseUrl')) + path);
	await page.waitForSelector(opts.ready ?? APP_READY);
	return { page, errors, context };
}

export interface Axis {
	d0: number;
	d1: number;
	r0: number;
	r1: number;
	left: number;
	top: number;
}

/** The timeline's scale as the page states it (domain and range on the plot element) and where the plot sits. */
export async function readAxis(page: Page): Promise<Axis> {
	return page.$eval('.timeline .plot', (el) => {
		const box = el.getBoundingClientRect();
		const d = (el as HTMLElement).dataset;
		return {
			d0: Date.parse(d.domainStart!),
			d1: Date.parse(d.domainEnd!),
			r0: Number(d.rangeStart),
			r1: Number(d.rangeEnd),
			left: box.left,
			top: box.top
		};
	});
}

export function xOf(axis: Axis, t: number): number {
	return axis.r0 + ((t - axis.d0) / (axis.d1 - axis.d0)) * (axis.r1 - axis.r0);
}

export async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
	const box = await page.locator(selector).first().boundingBox();
	if (!box) throw new Error(`${selector} has no box`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The id of an event mark that is on top at its own centre (marks of one day may overlap). */
export async function clickableHit(page: Page): Promise<string> {
	const id = await page.$$eval('.timeline .plot button.hit', (els) => {
		for (const el of els) {
			const r = el.getBoundingClientRect();
			if (document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el) return (el as HTMLElement).dataset.id ?? null;
		}
		return null;
	});
	if (!id) throw new Error('no event mark can be clicked');
	return id;
}

/**
 * Makes sure event marks are on screen: while the view shows only density bars, zoom
 * into the fullest bar (as a reader would) until the bars split into marks.
 */
export async function zoomUntilMarks(page: Page, tries = 8): Promise<void> {
	for (let i = 0; i < tries; i++) {
		if ((await page.locator('.timeline .plot button.hit').count()) > 0) return;
		const bars = await page.$$eval('.timeline .plot button.bar-hit', (els) => els.map((b, j) => ({ j, n: Number((b as HTMLElement).dataset.count) })));
		if (!bars.length) break;
		const fullest = bars.sort((a, b) => b.n - a.n)[0].j;
		await page.locator('.timeline .plot button.bar-hit').nth(fullest).click();
		await page.waitForTimeout(400);
	}
	if ((await page.locator('.timeline .plot button.hit').count()) === 0) throw new Error('no event marks on the timeline');
}
