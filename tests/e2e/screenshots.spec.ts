/**
 * Screenshots of the four pages readers see, on a desktop and a phone, and of `/` at 1440×900,
 * saved under test-results/screenshots/ for a human to look at (not compared automatically). The
 * zoomed-out synthetic corpus is shot by layout.spec.ts (item 6), which starts a server for it.
 */
import type { ExportJson } from '../../src/lib/types';
import { screenshot, test, timelineReady } from './fixtures';

test('@mobile screenshots of /, a month view, an event page and a source page', async ({
	page
}, testInfo) => {
	const data = (await (await page.request.get('/api/events.json')).json()) as ExportJson;
	const event = [...data.events].sort((a, b) => b.mentions.length - a.mentions.length)[0];

	await page.goto('/');
	await timelineReady(page);
	await screenshot(page, testInfo, 'timeline');

	const month = event.date.start?.slice(0, 7).replace('-', '/') ?? '2020/07';
	await page.goto(`/${month}`);
	await timelineReady(page);
	await screenshot(page, testInfo, 'month');

	await page.goto(`/events/${event.id}`);
	await screenshot(page, testInfo, 'event');

	await page.goto(`/sources/${event.mentions[0].sourceId}`);
	await screenshot(page, testInfo, 'source');
});

test.describe('at 1440×900', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('screenshot of / with an event selected, as the screen shows it', async ({
		page
	}, testInfo) => {
		await page.goto('/');
		await timelineReady(page);
		await page.getByRole('button', { name: 'Next event' }).click();
		await screenshot(page, testInfo, 'timeline-1440x900', { fullPage: false });
	});
});
