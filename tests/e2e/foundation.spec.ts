import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/lib/corpus/frontMatter';
import type { ExportJson } from '../../src/lib/types';

const corpusBody = (file: string) => {
	const split = splitFrontMatter(readFileSync(join('corpus', file), 'utf8'));
	if (!split.ok) throw new Error(split.reason);
	return split.body;
};

test.describe('the bundled corpus', () => {
	test('GET /api/events.json returns the contract, every excerpt at its offsets', async ({
		request
	}) => {
		const response = await request.get('/api/events.json');
		expect(response.status()).toBe(200);
		const data = (await response.json()) as ExportJson;
		expect(data.sources.map((s) => s.file).sort()).toEqual([
			'000_0995579f6d83a5f2.txt',
			'001_224943cae375f59b.txt',
			'002_70c7bdf07969de95.txt',
			'003_e0ca5c4cd5d3645d.txt',
			'004_9d0667f4fa7cf92c.txt'
		]);
		expect(data.events.length).toBeGreaterThanOrEqual(8);
		const files = new Map(data.sources.map((s) => [s.id, s.file]));
		for (const event of data.events) {
			expect(event.mentions.length).toBeGreaterThan(0);
			for (const m of event.mentions) {
				expect(corpusBody(files.get(m.sourceId)!).slice(m.start, m.end)).toBe(m.excerpt);
			}
		}
	});

	test('filters by window and type, and rejects malformed parameters with 400', async ({
		request
	}) => {
		const july = (await (
			await request.get('/api/events.json?from=2020-07-01&to=2020-07-31')
		).json()) as ExportJson;
		expect(july.events.length).toBeGreaterThan(0);
		for (const e of july.events) {
			expect(e.date.start! <= '2020-07-31' && e.date.end! >= '2020-07-01').toBe(true);
		}
		const meetings = (await (
			await request.get('/api/events.json?type=meeting')
		).json()) as ExportJson;
		expect(meetings.events.every((e) => e.type === 'meeting')).toBe(true);

		const bad = await request.get('/api/events.json?from=2020-02-31');
		expect(bad.status()).toBe(400);
		expect((await bad.json()).error).toContain('is not a day of the calendar');
	});

	test('an event page shows its excerpts and links to the highlighted source', async ({
		page,
		request
	}) => {
		const data = (await (await request.get('/api/events.json')).json()) as ExportJson;
		const event = data.events.find((e) => e.mentions.length > 0)!;
		await page.goto(`/events/${event.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		await expect(page.getByText(event.mentions[0].excerpt, { exact: false }).first()).toBeVisible();
		await page.locator(`a[href^="/sources/${event.mentions[0].sourceId}#"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`/sources/${event.mentions[0].sourceId}#`));
		await expect(page.locator('mark').first()).toBeVisible();
	});

	test('unknown ids are 404 pages with a search, bad parameters 400 pages', async ({ page }) => {
		const missing = await page.goto('/events/no-such-event');
		expect(missing?.status()).toBe(404);
		await expect(page.getByRole('searchbox').last()).toBeVisible();
		const source = await page.goto('/sources/nope');
		expect(source?.status()).toBe(404);
		const bad = await page.goto('/?from=yesterday');
		expect(bad?.status()).toBe(400);
		await expect(page.getByText('must be a date like 2020-07-01')).toBeVisible();
	});
});
