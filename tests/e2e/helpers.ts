import type { Page } from 'playwright-core';
import { join } from 'node:path';
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
