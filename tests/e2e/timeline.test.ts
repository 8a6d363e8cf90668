import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { SHOTS, clickableHit, closeApp, openApp, readAxis, xOf, zoomUntilMarks } from './helpers';
import type { EventDetail } from '../../src/lib/server/store/types';

const base = inject('baseUrl');
let page: Page;
let errors: string[];

beforeAll(async () => {
	({ page, errors } = await openApp());
	await zoomUntilMarks(page);
});
afterAll(closeApp);

describe('the timeline of the demo corpus', () => {
	it('draws each event at the x its stored date has on the axis scale', async () => {
		const axis = await readAxis(page);
		expect(axis.d1).toBeGreaterThan(axis.d0);
		const hits = await page.$$eval('.timeline .plot button.hit', (els) =>
			els.map((b) => {
				const r = b.getBoundingClientRect();
				const d = (b as HTMLElement).dataset;
				return { id: d.id!, centre: r.left + r.width / 2, top: r.top + r.height / 2, span: d.span === 'true', stacked: d.stacked === 'true' };
			})
		);
		expect(hits.length).toBeGreaterThan(5);
		// check against the stored dates (the API), not against what the page says about itself
		for (const h of hits.slice(0, 8)) {
			const ev = (await (await fetch(`${base}/api/events/${encodeURIComponent(h.id)}`)).json()) as EventDetail;
			const t = (Date.parse(ev.start) + Date.parse(ev.end)) / 2;
			if (h.stacked) {
				// moved aside to make room for another mark of its day, but still inside that day
				expect(h.centre).toBeGreaterThanOrEqual(axis.left + xOf(axis, Date.parse(ev.start)) - 0.5);
				expect(h.centre).toBeLessThanOrEqual(axis.left + xOf(axis, Date.parse(ev.end)) + 0.5);
			} else expect(Math.abs(axis.left + xOf(axis, t) - h.centre)).toBeLessThan(1.5);
			// and the canvas really has ink there
			const ink = await page.$eval(
				'.timeline .plot canvas',
				(c, p) => {
					const canvas = c as HTMLCanvasElement;
					const r = canvas.getBoundingClientRect();
					const k = canvas.width / r.width;
					const px = canvas.getContext('2d')!.getImageData(Math.round((p.x - r.left) * k), Math.round((p.y - r.top) * k), 1, 1).data;
					return px[3];
				},
				{ x: h.centre, y: h.top }
			);
			expect(ink).toBeGreaterThan(0);
		}
		// axis tick labels sit where the scale puts their dates
		const ticks = await page.$$eval('.timeline .axis-x [data-tick]', (els) =>
			els.map((g) => ({ t: Date.parse((g as SVGGElement).dataset.tick!), x: (g.querySelector('line') as SVGLineElement).getBoundingClientRect().left }))
		);
		expect(ticks.length).toBeGreaterThan(1);
		for (const tk of ticks) expect(Math.abs(axis.left + xOf(axis, tk.t) - tk.x)).toBeLessThan(1.5);
		await page.screenshot({ path: join(SHOTS, 'timeline.png') });
	});

	it('opens an event and highlights the sentence that reports it, at its offsets, as text', async () => {
		const id = await clickableHit(page);
		await page.click(`.timeline .plot button.hit[data-id="${id}"]`);
		await page.waitForSelector(`.panel[data-event-id="${id}"] mark.evidence`);
		const ev = (await (await fetch(`${base}/api/events/${encodeURIComponent(id)}`)).json()) as EventDetail;
		const marks = await page.$$eval('.panel mark.evidence', (els) => els.map((m) => m.textContent));
		expect(marks.length).toBe(ev.sources.length);
		expect(marks[0]).toBe(ev.sources[0].text.slice(ev.sources[0].evidence.start, ev.sources[0].evidence.end));
		expect(marks[0]!.length).toBeGreaterThan(10);
		expect(await page.textContent('.panel h2')).toContain(ev.type.replace(/_/g, ' '));
		expect(await page.textContent('.panel')).toContain(ev.dateValue ?? 'unknown');
		expect(page.url()).toContain(`event=${encodeURIComponent(id)}`);
		await page.screenshot({ path: join(SHOTS, 'evidence.png') });
		expect(errors).toEqual([]);
	});
});
