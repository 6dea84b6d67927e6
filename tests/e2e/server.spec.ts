import { expect, test } from '@playwright/test';
import type { ExportJson } from '../../src/lib/types';

type Page = ExportJson & { next: string | null };

test.describe('the events API, a page at a time', () => {
	test('follows next and Link from page to page to exactly the whole list', async ({ request }) => {
		const whole = (await (await request.get('/api/events.json?limit=5000')).json()) as Page;
		expect(whole.next).toBeNull();
		expect(whole.events.length).toBeGreaterThan(4);

		const seen: string[] = [];
		const sources = new Set<string>();
		let url: string | null = '/api/events.json?limit=2';
		while (url) {
			const response = await request.get(url);
			expect(response.status()).toBe(200);
			const page = (await response.json()) as Page;
			expect(page.events.length).toBeLessThanOrEqual(2);
			seen.push(...page.events.map((e) => e.id));
			// Every source a page's excerpts cite comes with that page.
			for (const e of page.events) {
				for (const m of e.mentions) expect(page.sources.map((s) => s.id)).toContain(m.sourceId);
			}
			page.sources.forEach((s) => sources.add(s.id));
			const link = response.headers()['link'] ?? null;
			expect(link).toBe(page.next ? `<${page.next}>; rel="next"` : null);
			if (page.next) expect(page.next).toContain('limit=2');
			url = page.next;
		}
		expect(seen).toEqual(whole.events.map((e) => e.id));
		expect([...sources].sort()).toEqual(whole.sources.map((s) => s.id).sort());
	});

	test('rejects a bad limit or cursor with a 400 that says why', async ({ request }) => {
		for (const [query, message] of [
			['limit=0', "'limit'"],
			['limit=5001', 'from 1 to 5000'],
			['cursor=forged', "'cursor' is not one this API gave"],
			[`type=${Array(40).fill('visit').join(',')}`, 'at most 32 values']
		]) {
			const response = await request.get(`/api/events.json?${query}`);
			expect(response.status(), query).toBe(400);
			expect((await response.json()).error).toContain(message);
		}
	});
});

test('JSON and pages carry nosniff, a referrer policy and a content security policy', async ({
	request
}) => {
	const api = await request.get('/api/events.json?limit=1');
	expect(api.headers()['x-content-type-options']).toBe('nosniff');
	expect(api.headers()['referrer-policy']).toBe('same-origin');
	expect(api.headers()['content-security-policy']).toContain("default-src 'none'");

	const page = await request.get('/');
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
	expect(page.headers()['referrer-policy']).toBe('same-origin');
	expect(page.headers()['content-security-policy']).toContain("script-src 'self'");

	const missing = await request.get('/events/no-such-event');
	expect(missing.status()).toBe(404);
	expect(missing.headers()['x-content-type-options']).toBe('nosniff');
});
