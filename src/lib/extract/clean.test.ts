import { describe, expect, it } from 'vitest';
import { clean } from './clean';

describe('clean', () => {
	it('masks page furniture without shifting offsets', () => {
		const raw = 'World News Opinion\n\nTroops clashed\u00a0with rebels.\n\nSee also  Another story\nShare this article:\nFacebook\nTwitter\nWe use cookies to improve your experience.\nBy John Smith\nPhoto: Jane Doe/AFP\n';
		const { work, masked } = clean(raw);
		expect(work).toHaveLength(raw.length);
		expect(work).not.toContain('See also');
		expect(work).not.toContain('Facebook');
		expect(work).not.toContain('cookies');
		expect(work).not.toContain('John Smith');
		expect(work).not.toContain('Jane Doe');
		expect(work).not.toContain('World News');
		expect(work.slice(raw.indexOf('Troops'), raw.indexOf('Troops') + 26)).toBe('Troops clashed with rebels');
		expect(masked.map((m) => m.reason)).toEqual(expect.arrayContaining(['site-header', 'related-link', 'share', 'cookie', 'byline', 'photo-credit']));
	});
	it('keeps prose that merely starts like furniture', () => {
		const raw = 'Related talks in Geneva failed on Monday, officials said.\nBy Tuesday, troops had withdrawn from the town and the front line was quiet again.';
		expect(clean(raw).work).toBe(raw);
	});
	it('folds curly quotes and dashes one for one', () => {
		const raw = 'Kait\u2019ib Hezbollah \u2014 \u201cnecessary\u201d';
		expect(clean(raw).work).toBe('Kait\'ib Hezbollah - "necessary"');
	});
});
