/**
 * A person corrects an event's date in the evidence panel, sees the timeline move
 * it to the new date, and finds the change in the corrections log.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { APP_READY, SHOTS, closeApp, openApp, readAxis, xOf } from './helpers';
import type { EventDetail, EventSummary } from '../../src/lib/server/store/types';

const base = inject('baseUrl');
let page: Page;
let errors: string[];

beforeAll(async () => {
	({ page, errors } = await openApp('/', { ready: `${APP_READY} button.hit` }));
});
afterAll(closeApp);

async function hitCentre(id: string): Promise<number | null> {
	return page.$$eval(`.timeline .plot button.hit[data-id="${id}"]`, (els) => {
		if (!els.length) return null;
		const r = els[0].getBoundingClientRect();
		return r.left + r.width / 2;
	});
}

describe('correcting an event', () => {
	it('moves the event on the timeline and records the change in the log', async () => {
		// an event drawn at day precision in the middle of the view, moved a few days: far enough to see, near enough to stay in view
		const { events } = (await (await fetch(`${base}/api/events?limit=5000`)).json()) as { events: EventSummary[] };
		const drawn = new Set(await page.$$eval('.timeline .plot button.hit', (els) => els.map((b) => (b as HTMLElement).dataset.id!)));
		const days = events.filter((e) => e.granularity === 'day' && drawn.has(e.id)).sort((a, b) => a.start.localeCompare(b.start));
		expect(days.length).toBeGreaterThan(2);
		const target = days[Math.floor(days.length / 2)];
		const axis0 = await readAxis(page);
		const pxPerDay = ((axis0.r1 - axis0.r0) / (axis0.d1 - axis0.d0)) * 86_400_000;
		const shift = Math.min(60, Math.max(2, Math.ceil(30 / pxPerDay)));
		const newDate = new Date(Date.parse(target.start) - shift * 86_400_000).toISOString().slice(0, 10);
		const before = (await hitCentre(target.id))!;
		await page.click(`.timeline .plot button.hit[data-id="${target.id}"]`);
		await page.waitForSelector(`.panel[data-event-id="${target.id}"]`);
		await page.click('details.correction summary');
		await page.fill('details.correction input[name="date"]', newDate);
		await page.fill('details.correction textarea[name="reason"]', 'the ministry statement gives the earlier day');
		await page.click('details.correction button[type="submit"]');
		await page.waitForSelector('details.correction .done');

		// the store has the new date …
		const ev = (await (await fetch(`${base}/api/events/${target.id}`)).json()) as EventDetail;
		expect(ev.dateValue).toBe(newDate);
		// … and the timeline draws the event there, once the page has the new data
		await page.waitForFunction(
			([id, x]) => {
				const b = document.querySelector(`.timeline .plot button.hit[data-id="${id}"]`);
				if (!b) return false;
				const r = b.getBoundingClientRect();
				return Math.abs(r.left + r.width / 2 - x) > 5;
			},
			[target.id, before] as const
		);
		const axis = await readAxis(page);
		const after = (await hitCentre(target.id))!;
		const t = (Date.parse(ev.start) + Date.parse(ev.end)) / 2;
		expect(Math.abs(axis.left + xOf(axis, t) - after)).toBeLessThan(1.5);
		expect(after).toBeLessThan(before);
		expect(before - after).toBeGreaterThan(5);
		await page.screenshot({ path: join(SHOTS, 'corrected.png') });

		// the log lists it: who (the local user), what (before → after), why
		await page.goto(base + '/log');
		const row = page.locator('tr[data-action="edit_event"]').first();
		await row.waitFor();
		const text = (await row.textContent()) ?? '';
		expect(text).toContain(`event ${target.id}`);
		expect(text).toContain(`${target.dateValue} → ${newDate}`);
		expect(text).toContain('the ministry statement gives the earlier day');
		await page.screenshot({ path: join(SHOTS, 'log.png') });
		expect(errors).toEqual([]);
	});
});
