/**
 * The result leaves the app: downloads of the view on `/` (each parsed back), and `/embed`, the
 * view without the site's chrome for an iframe, the only page another site may frame.
 */
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCalendar } from '../../src/lib/export/testParsers';
import { nameSourcesIn } from '../../src/lib/provenance/sourceLabel';
import type { ExportJson } from '../../src/lib/types';
import { expect, screenshot, seriousViolations, test, timelineReady } from './fixtures';

const WINDOW = 'from=2020-01-01&to=2021-12-31';

test.describe('downloads', () => {
	test('"Download" on / saves the events in view, in a file named after the view', async ({
		page,
		request
	}) => {
		await page.goto(`/?${WINDOW}&type=meeting`);
		await timelineReady(page);
		const link = page.getByRole('link', { name: 'Download CSV' });
		const href = new URL((await link.getAttribute('href'))!, 'http://x');
		// The link names the view: the visible days and the filters.
		expect(href.pathname).toBe('/export/events.csv');
		expect(href.searchParams.get('type')).toBe('meeting');
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const from = href.searchParams.get('from');
		const to = href.searchParams.get('to');
		expect(download.suggestedFilename()).toBe(
			`diplomatic-events_${from}_to_${to}_type-meeting.csv`
		);
		const rows = csvParse(readFileSync((await download.path())!, 'utf8'));
		const expected = (await (
			await request.get(`/api/events.json?from=${from}&to=${to}&type=meeting`)
		).json()) as ExportJson;
		expect(rows.map((row) => row.event_id)).toEqual(expected.events.map((e) => e.id));
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((row) => row.type === 'meeting')).toBe(true);

		const [calendar] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download Calendar' }).click()
		]);
		expect(calendar.suggestedFilename()).toMatch(/^diplomatic-events_.*_type-meeting\.ics$/);
		const parsed = parseCalendar(readFileSync((await calendar.path())!, 'utf8'));
		expect(parsed.events.map((e) => e.uid)).toEqual(
			expected.events.filter((e) => e.date.start).map((e) => `${e.id}@diplomatic-timeline`)
		);
	});

	test('each export answers as a download of its type; bad parameters are a 400', async ({
		request
	}) => {
		const types = {
			'events.json': 'application/json',
			'events.csv': 'text/csv',
			'events.ics': 'text/calendar',
			'timelinejs.json': 'application/json'
		};
		for (const [file, type] of Object.entries(types)) {
			const response = await request.get(`/export/${file}?${WINDOW}&q=Baghdad`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toContain(type);
			expect(response.headers()['content-disposition']).toMatch(
				/^attachment; filename="diplomatic-events(-timelinejs)?_2020-01-01_to_2021-12-31_q-baghdad\.(json|csv|ics)"$/
			);
			for (const bad of ['from=2020-13-01', 'type=party', 'from=2021-01-01&to=2020-01-01']) {
				const refused = await request.get(`/export/${file}?${bad}`);
				expect(refused.status()).toBe(400);
				expect((await refused.json()).error).toBeTruthy();
			}
		}
		expect((await request.get('/export/events.xlsx')).status()).toBe(404);
		const json = (await (await request.get(`/export/events.json?${WINDOW}`)).json()) as ExportJson;
		const api = (await (await request.get(`/api/events.json?${WINDOW}`)).json()) as ExportJson;
		expect(json).toEqual({ events: api.events, sources: api.sources });
	});
});

test.describe('embedding', () => {
	async function datedEvent(request: import('@playwright/test').APIRequestContext) {
		const data = (await (await request.get(`/api/events.json?${WINDOW}`)).json()) as ExportJson;
		const event = data.events.find((e) => e.date.start && e.mentions.length)!;
		return { ...event, explanation: nameSourcesIn(event.date.explanation, data.sources) };
	}

	test('/embed shows the timeline and the selected event without the site chrome, axe-clean', async ({
		page,
		request
	}, testInfo) => {
		const event = await datedEvent(request);
		await page.setViewportSize({ width: 800, height: 600 });
		await page.goto(`/embed?${WINDOW}&event=${event.id}`);
		await timelineReady(page);
		await expect(page.locator('[aria-roledescription="timeline"]')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		// Its sources named, as on the event page.
		await expect(page.getByText(event.explanation)).toBeVisible();
		// No site header, search or filters.
		await expect(
			page.getByRole('link', { name: 'Diplomatic event timeline', exact: true })
		).toHaveCount(0);
		await expect(page.getByRole('search')).toHaveCount(0);
		await expect(page.getByRole('form', { name: 'Filter events' })).toHaveCount(0);
		// Links leave the frame for a new tab.
		const open = page.getByRole('link', { name: 'Open in the Diplomatic event timeline' });
		await expect(open).toHaveAttribute('target', '_blank');
		expect(await seriousViolations(page)).toEqual([]);
		await screenshot(page, testInfo, 'embed');
	});

	test('only /embed may be framed', async ({ request }) => {
		const frameAncestors = async (path: string) =>
			(await request.get(path))
				.headers()
				['content-security-policy']?.match(/frame-ancestors ([^;]*)/)?.[1];
		expect(await frameAncestors(`/embed?${WINDOW}`)).toBe('*');
		expect(await frameAncestors(`/?${WINDOW}`)).toBe("'none'");
		const event = await datedEvent(request);
		expect(await frameAncestors(`/events/${event.id}`)).toBe("'none'");
		expect(await frameAncestors(`/sources/${event.mentions[0].sourceId}`)).toBe("'none'");
	});

	test.describe('in another site’s page', () => {
		test.use({ allowedConsole: /Refused to frame|frame-ancestors/ });

		test('the embed renders in an iframe and / does not', async ({ page, baseURL }) => {
			// A news story served from another origin.
			const story = createServer((_, response) => {
				response.setHeader('content-type', 'text/html');
				response.end(
					`<!doctype html><title>Story</title>` +
						`<iframe id="embed" title="embed" src="${baseURL}/embed?${WINDOW}" width="800" height="500"></iframe>` +
						`<iframe id="home" title="home" src="${baseURL}/?${WINDOW}" width="800" height="500"></iframe>`
				);
			});
			await new Promise<void>((resolve) => story.listen(0, '127.0.0.1', resolve));
			try {
				await page.goto(`http://127.0.0.1:${(story.address() as AddressInfo).port}/`);
				const embed = page.frameLocator('#embed');
				await expect(embed.locator('[aria-roledescription="timeline"]')).toBeVisible();
				// Chromium shows its error page in place of the refused frame.
				await expect
					.poll(() => page.frames().map((frame) => frame.url()))
					.toContain('chrome-error://chromewebdata/');
				await expect(
					page.frameLocator('#home').locator('[aria-roledescription="timeline"]')
				).toHaveCount(0);
			} finally {
				story.close();
			}
		});
	});

	test('"Copy embed code" on / copies an iframe of the current view', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/?${WINDOW}&q=Baghdad&lanes=country`);
		await timelineReady(page);
		await page.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
			'Embed code copied.'
		);
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		const src = snippet.match(/^<iframe src="([^"]+)"/)?.[1].replace(/&amp;/g, '&');
		expect(src).toBeTruthy();
		const url = new URL(src!);
		expect(url.origin + url.pathname).toBe(`${baseURL}/embed`);
		expect(url.searchParams.get('q')).toBe('Baghdad');
		expect(url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		// The lanes too: the embedded view groups events as the page did.
		expect(url.searchParams.get('lanes')).toBe('country');
		await page.goto(src!);
		await timelineReady(page);
		await expect(page.getByRole('radio', { name: 'Country' })).toBeChecked();
	});

	test('/embed loads the events beyond its window when the reader zooms out, as / does', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/embed?from=2021-03-01&to=2021-04-30');
		await timelineReady(page);
		const marks = page.locator('g.mark');
		const before = await marks.count();
		const loads = page.waitForResponse((response) =>
			response.url().includes('/api/timeline.json?')
		);
		await page.locator('[aria-roledescription="timeline"]').focus();
		for (let press = 0; press < 3; press++) await page.keyboard.press('-');
		expect((await loads).ok()).toBe(true);
		await expect.poll(() => marks.count()).toBeGreaterThan(before);
	});
});
