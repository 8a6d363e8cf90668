import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { APP_READY, SHOTS, clickableHit, closeApp, openApp as open, readAxis, xOf, zoomUntilMarks } from './helpers';

const base = inject('baseUrl');

async function networkReady(page: Page) {
	await page.waitForSelector('.network[data-ready="true"]');
	return page.$eval('.network', (n) => ({ nodes: Number((n as HTMLElement).dataset.nodes), edges: Number((n as HTMLElement).dataset.edges) }));
}

afterAll(closeApp);

describe('exploring the demo corpus', () => {
	it('zooms in with the wheel: the window narrows, the axis and the URL follow', async () => {
		const { page, errors } = await open();
		const before = await readAxis(page);
		const box = (await page.locator('.timeline .plot').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
		await page.waitForFunction((d) => Date.parse((document.querySelector('.timeline .plot') as HTMLElement).dataset.domainEnd!) - Date.parse((document.querySelector('.timeline .plot') as HTMLElement).dataset.domainStart!) < d, (before.d1 - before.d0) / 3);
		// the view is redrawn once per animation frame and written to the URL once the gesture
		// rests: read the axis after that, not at a frame in the middle of the gesture
		await page.waitForFunction(() => new URL(location.href).searchParams.has('vf'));
		const after = await readAxis(page);
		expect(after.d1 - after.d0).toBeLessThan((before.d1 - before.d0) / 3);
		// zooming is about the pointer: the time under it stays put
		const mid = before.d0 + (before.d1 - before.d0) / 2;
		expect(Math.abs(xOf(after, mid) - xOf(before, mid))).toBeLessThan(3);
		const url = new URL(page.url());
		expect(Math.abs(Date.parse(url.searchParams.get('vf')!) - after.d0)).toBeLessThan(1000);
		await page.screenshot({ path: join(SHOTS, 'timeline-zoomed.png') });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('brushing a window re-filters the network, keeping the nodes that stay where they were', async () => {
		const { page, errors } = await open();
		const all = await networkReady(page);
		expect(all.nodes).toBeGreaterThan(3);
		const axis = await readAxis(page);
		const strip = (await page.locator('.timeline .brush').boundingBox())!;
		const x0 = axis.left + xOf(axis, Date.UTC(2019, 11, 20));
		const x1 = axis.left + xOf(axis, Date.UTC(2020, 0, 12));
		await page.mouse.move(x0, strip.y + strip.height / 2);
		await page.mouse.down();
		await page.mouse.move(x1, strip.y + strip.height / 2, { steps: 8 });
		await page.mouse.up();
		await page.waitForFunction((n) => {
			const el = document.querySelector('.network') as HTMLElement;
			return el.dataset.ready === 'true' && Number(el.dataset.nodes) !== n;
		}, all.nodes);
		const brushed = await networkReady(page);
		expect(brushed.nodes).toBeLessThan(all.nodes);
		expect(brushed.nodes).toBeGreaterThan(0);
		const url = new URL(page.url());
		expect(url.searchParams.get('bf')!.slice(0, 7)).toBe('2019-12');
		// the network's answer agrees with the API for the same window
		const api = await (await fetch(`${base}/api/graph?from=${url.searchParams.get('bf')}&to=${url.searchParams.get('bt')}`)).json();
		expect(api.nodes.length).toBe(brushed.nodes);
		await page.screenshot({ path: join(SHOTS, 'brushed.png') });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('searches the full text: the URL holds the query and the count matches the API', async () => {
		const { page, errors } = await open();
		await page.fill('input[name="q"]', 'rocket');
		await page.press('input[name="q"]', 'Enter');
		await page.waitForURL(/q=rocket/);
		await page.waitForSelector(APP_READY);
		const api = await (await fetch(`${base}/api/events?q=rocket&limit=1`)).json();
		expect(api.total).toBeGreaterThan(0);
		const count = await page.textContent('.count');
		expect(count).toMatch(new RegExp(`\\b${api.total} events?\\b`));
		const all = await (await fetch(`${base}/api/events?limit=1`)).json();
		expect(api.total).toBeLessThan(all.total);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a shared link restores the same view in a fresh page', async () => {
		const { page } = await open('/?lanes=actor&vf=2019-12-10T00:00:00.000Z&vt=2020-02-01T00:00:00.000Z');
		await page.waitForSelector('.timeline .plot button.hit');
		// interact: zoom around an event, brush a window, open the event
		const target = (await page.locator('.timeline .plot button.hit').first().boundingBox())!;
		await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
		await page.mouse.wheel(0, -150);
		await page.waitForFunction(() => new URL(location.href).searchParams.get('vf') !== '2019-12-10T00:00:00.000Z');
		await page.waitForTimeout(300);
		const strip = (await page.locator('.timeline .brush').boundingBox())!;
		await page.mouse.move(strip.x + strip.width * 0.3, strip.y + strip.height / 2);
		await page.mouse.down();
		await page.mouse.move(strip.x + strip.width * 0.6, strip.y + strip.height / 2, { steps: 6 });
		await page.mouse.up();
		await page.waitForFunction(() => new URL(location.href).searchParams.has('bf'));
		await networkReady(page);
		const id = await clickableHit(page);
		await page.click(`.timeline .plot button.hit[data-id="${id}"]`);
		await page.waitForSelector(`.panel[data-event-id="${id}"]`);
		const shared = page.url();
		const state = async (p: Page) => ({
			axis: await readAxis(p),
			lanes: await p.$$eval('.timeline svg.frame text[text-anchor="end"]', (t) => t.map((n) => n.textContent)),
			panel: await p.getAttribute('.panel', 'data-event-id'),
			brush: await p.$eval('.timeline .brush .selection', (r) => [r.getAttribute('x'), r.getAttribute('width')].map((v) => Math.round(Number(v)))),
			network: await networkReady(p),
			hits: await p.$$eval('.timeline .plot button.hit', (b) => b.map((n) => (n as HTMLElement).dataset.id).join())
		});
		const original = await state(page);
		const { page: fresh } = await open(shared.slice(base.length), { ready: '.app[data-hydrated="true"] .panel' });
		const restored = await state(fresh);
		expect(restored.panel).toBe(id);
		expect(restored.lanes).toEqual(original.lanes);
		expect(Math.abs(restored.axis.d0 - original.axis.d0)).toBeLessThan(1000);
		expect(Math.abs(restored.axis.d1 - original.axis.d1)).toBeLessThan(1000);
		expect(restored.hits).toBe(original.hits);
		expect(restored.brush).toEqual(original.brush);
		expect(restored.network).toEqual(original.network);
		await page.close();
		await fresh.close();
	});

	it('exports the view as SVG and PNG with title, legend and sources', async () => {
		const { page, errors } = await open();
		const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
		const svgPath = join(SHOTS, 'export.svg');
		await svgDl.saveAs(svgPath);
		const svg = readFileSync(svgPath, 'utf8');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('>Events<');
		expect(svg).toContain('>Sources<');
		expect(svg).toContain('sources disagree');
		expect((svg.match(/<circle|<rect/g) ?? []).length).toBeGreaterThan(20);
		// it is well-formed XML
		const parsed = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror') === null, svg);
		expect(parsed).toBe(true);
		const [pngDl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="png"]')]);
		const pngPath = join(SHOTS, 'export.png');
		await pngDl.saveAs(pngPath);
		const png = readFileSync(pngPath);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const width = png.readUInt32BE(16);
		const height = png.readUInt32BE(20);
		expect(width).toBeGreaterThan(1000);
		expect(height).toBeGreaterThan(400);
		const [htmlDl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="html"]')]);
		const htmlPath = join(SHOTS, 'export.html');
		await htmlDl.saveAs(htmlPath);
		const html = readFileSync(htmlPath, 'utf8');
		expect(html).toContain('<svg');
		expect(html).not.toMatch(/<script|src="\/|href="\/_app/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('gives citations of the sources in view (APA, Chicago, BibTeX)', async () => {
		const { page } = await open();
		await page.click('button:has-text("Cite")');
		await page.waitForSelector('.refs.apa li');
		const apa = await page.$$eval('.refs.apa li', (l) => l.map((n) => n.textContent));
		expect(apa.length).toBeGreaterThan(3);
		expect(apa[0]).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\./);
		expect(await page.inputValue('textarea.bibtex')).toMatch(/^@article\{/);
		await page.close();
	});

	it('walks the events with the keyboard and opens one with Enter', async () => {
		const { page, errors } = await open();
		await zoomUntilMarks(page);
		let onEvent = false;
		for (let i = 0; i < 60 && !onEvent; i++) {
			await page.keyboard.press('Tab');
			onEvent = await page.evaluate(() => document.activeElement?.classList.contains('hit') ?? false);
		}
		expect(onEvent).toBe(true);
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				return { id: el.dataset.id ?? '', at: Date.parse(el.dataset.at ?? ''), hit: el.classList.contains('hit'), label: el.getAttribute('aria-label') ?? '' };
			});
		// from the first event in time, a walk to the right crosses crowded and empty stretches
		// (the next event may sit in a density bar or off screen): every step must land on
		// the next event's own mark, later or equal in time, and say what it is
		const start = await focused();
		await page.keyboard.press('Home');
		await page.waitForFunction((id) => (document.activeElement as HTMLElement)?.dataset?.id !== id, start.id).catch(() => {});
		const seen = [await focused()];
		expect(seen[0].hit).toBe(true);
		const total = (await (await fetch(`${base}/api/events?limit=1`)).json()).total as number;
		const steps = Math.min(12, total - 1);
		for (let i = 0; i < steps; i++) {
			const prev = seen[seen.length - 1];
			await page.keyboard.press('ArrowRight');
			await page.waitForFunction((id) => {
				const el = document.activeElement as HTMLElement;
				return el?.classList.contains('hit') && el.dataset.id !== id;
			}, prev.id);
			const now = await focused();
			expect(now.at).toBeGreaterThanOrEqual(prev.at);
			expect(now.label).toMatch(/\d{4}-\d{2}-\d{2}/);
			seen.push(now);
		}
		expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
		// and back: the left arrow returns to the event before
		await page.keyboard.press('ArrowLeft');
		await page.waitForFunction((id) => (document.activeElement as HTMLElement)?.dataset?.id === id, seen[seen.length - 2].id);
		const last = await focused();
		expect(await page.textContent('.timeline [aria-live]')).toContain(last.label.match(/\d{4}-\d{2}-\d{2}/)![0]);
		await page.keyboard.press('Enter');
		await page.waitForSelector(`.panel[data-event-id="${last.id}"] mark.evidence`);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('draws a lane per outlet, with an event reported by several outlets in each of their lanes', async () => {
		const { events } = (await (await fetch(`${base}/api/events?limit=5000`)).json()) as { events: { id: string; start: string; end: string; outlets: string[] }[] };
		const shared = events.find((e) => e.outlets.length >= 2);
		expect(shared, 'the demo corpus has events reported by several outlets').toBeTruthy();
		// close around the event, so that a busy outlet's lane is not folded into density bars
		const vf = new Date(Date.parse(shared!.start) - 6 * 3600_000).toISOString();
		const vt = new Date(Date.parse(shared!.end) + 6 * 3600_000).toISOString();
		const { page, errors } = await open(`/?lanes=source&vf=${vf}&vt=${vt}`, { ready: `${APP_READY} button.hit` });
		const lanes = await page.$$eval('.timeline svg.frame text[text-anchor="end"]', (els) => els.map((n) => n.textContent!.trim()));
		for (const outlet of shared!.outlets) expect(lanes).toContain(outlet.slice(0, 20));
		const marks = await page.$$eval(`.timeline .plot button.hit[data-id="${shared!.id}"]`, (els) => els.length);
		expect(marks).toBe(shared!.outlets.length);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('embeds a view in an iframe, with its sources; the main app refuses to be framed', async () => {
		// the host is a page on another origin, as a blog embedding the view would be
		const host = createServer((_, res) => {
			res.setHeader('content-type', 'text/html');
			res.end(
				`<!doctype html><h1>host page</h1><iframe id="ok" src="${base}/embed/timeline?lanes=actor&amp;vf=2019-12-20T00:00:00.000Z&amp;vt=2020-01-20T00:00:00.000Z" width="760" height="460"></iframe><iframe id="no" src="${base}/" width="300" height="200"></iframe>`
			);
		});
		await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
		const { page } = await open('/', { base: `http://127.0.0.1:${(host.address() as AddressInfo).port}`, ready: 'iframe#ok' });
		const frame = page.frameLocator('#ok');
		await frame.locator('.timeline .plot button.hit').first().waitFor();
		expect(await frame.locator('footer summary').textContent()).toMatch(/Sources \(\d+\)/);
		expect(await frame.locator('footer li').count()).toBeGreaterThan(0);
		const width = await frame.locator('.timeline').evaluate((n) => n.getBoundingClientRect().width);
		expect(width).toBeLessThanOrEqual(760);
		expect(width).toBeGreaterThan(600);
		const res = await fetch(`${base}/embed/map`);
		expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
		const main = await fetch(`${base}/`);
		expect(main.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(main.headers.get('x-content-type-options')).toBe('nosniff');
		await page.waitForTimeout(500);
		expect(await page.frameLocator('#no').locator('.app').count()).toBe(0);
		await page.screenshot({ path: join(SHOTS, 'embed-in-iframe.png') });
		for (const view of ['network', 'map']) {
			const { page: p } = await open(`/embed/${view}`, { viewport: { width: 700, height: 460 }, ready: view === 'network' ? '.network[data-ready="true"]' : '.map circle' });
			await p.screenshot({ path: join(SHOTS, `embed-${view}.png`) });
			await p.close();
		}
		await page.close();
		host.close();
	});

	it('works at phone width without sideways scrolling', async () => {
		const { page } = await open('/', { viewport: { width: 390, height: 844 } });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(1);
		await page.screenshot({ path: join(SHOTS, 'phone.png'), fullPage: true });
		await page.close();
	});
});
