import { afterAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { SHOTS, closeApp, openApp } from './helpers';

const base = inject('baseUrl');
afterAll(closeApp);

// Written for this test: an invented report in wire style, with a relative date.
const ARTICLE = `BAGHDAD (Test Wire) - Three rockets struck near the Zephyrgate logistics depot outside Baghdad on Tuesday, wounding two contractors, Iraqi security officials said.

No group claimed responsibility for the attack. Officials said the rockets were fired from a field east of the depot.`;

describe('ingesting a pasted article', () => {
	it('shows per-article results and the new events without a reload', async () => {
		const { page, errors } = await openApp('/ingest', { ready: '.page[data-hydrated="true"]' });
		const marker = await page.evaluate(() => {
			(window as unknown as { __marker: number }).__marker = 42;
			return 42;
		});
		await page.fill('textarea[name="text"]', ARTICLE);
		await page.fill('input[name="published"]', '2021-03-04');
		await page.fill('input[name="title"]', 'Rockets hit Zephyrgate depot');
		await page.fill('input[name="source"]', 'Test Wire');
		await page.click('button[type="submit"]');
		await page.waitForSelector('.results tr[data-status]');
		expect(await page.getAttribute('.results tbody tr', 'data-status')).toBe('ingested');
		const events = Number(await page.textContent('.results tbody tr td:nth-child(3)'));
		expect(events).toBeGreaterThan(0);
		await page.waitForSelector('[data-new-events]');
		expect(Number(await page.getAttribute('[data-new-events]', 'data-new-events'))).toBeGreaterThan(0);
		// the same document: no reload happened
		expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(marker);
		await page.screenshot({ path: join(SHOTS, 'ingest.png'), fullPage: true });
		// and the event is on the main timeline, dated from "on Tuesday" + the publication date
		const api = await (await fetch(`${base}/api/events?q=Zephyrgate&limit=10`)).json();
		expect(api.total).toBeGreaterThan(0);
		// the event may have been merged with other reports; this article's own claim is in its sources
		const claims = [];
		for (const e of api.events as { id: string }[]) {
			const d = await (await fetch(`${base}/api/events/${encodeURIComponent(e.id)}`)).json();
			claims.push(...d.sources.filter((s: { title: string | null }) => s.title === 'Rockets hit Zephyrgate depot'));
		}
		expect(claims.map((c) => c.dateValue)).toContain('2021-03-02');
		expect(errors).toEqual([]);
		await page.close();
	});
});
