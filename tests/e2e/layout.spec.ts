/**
 * The timeline as a new reader meets it at 1440×900 and on a 375 px phone (issue 11): the plot
 * and the selected event stay in view together, the view cannot get lost, dates look as sure as
 * they are, labels get the room there is, and the phone puts the plot first.
 */
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startApp } from '../../bench/appServer';
import { seedDatabase } from '../../bench/seedDatabase';
import { densityTotal } from '../../src/lib/timeline/levelOfDetail';
import type { TimelineData } from '../../src/lib/timeline/types';
import {
	DAY_MS,
	expect,
	screenshot,
	settledDomain,
	test,
	timelineReady,
	viewDomain
} from './fixtures';
import { LAYOUT_SYNTH_PORT } from './servers';

const REPO = resolve(import.meta.dirname, '..', '..');

const plot = (page: Page) => page.locator('[aria-roledescription="timeline"]');
const details = (page: Page) => page.getByRole('region', { name: 'Selected event' });
const span = ([from, to]: [number, number]) => to - from;
const timelineData = async (page: Page, query = ''): Promise<TimelineData> =>
	(await page.request.get(`/api/timeline.json${query}`)).json();

/** Whether the element's box lies within the window (to a pixel). */
async function onScreen(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.top >= -1 && box.bottom <= window.innerHeight + 1 && box.height > 0;
	});
}

/** The plot and the selected event's details are both on screen, the details naming `title`. */
async function expectTogether(page: Page, title: string) {
	await expect(details(page).getByRole('heading')).toHaveText(title);
	await expect.poll(() => onScreen(details(page))).toBe(true);
	await expect.poll(() => onScreen(plot(page))).toBe(true);
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

for (const [name, viewport] of [
	['desktop', { width: 1440, height: 900 }],
	['phone', { width: 375, height: 812 }]
] as const) {
	test.describe(`${name === 'phone' ? '@mobile ' : ''}item 1 at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test(`${name}: clicks and keys move the selection, never the page; the list brings the plot back`, async ({
			page
		}) => {
			const data = await timelineData(page);
			await page.goto('/');
			await timelineReady(page);
			const first = data.events[0];
			const before = await scrollY(page);
			await page.locator(`g.mark[data-id="${first.id}"] :is(circle, rect)`).first().click({
				force: true
			});
			await expectTogether(page, first.title);
			expect(await scrollY(page)).toBe(before);

			await plot(page).focus();
			const focused = await scrollY(page);
			for (let press = 0; press < 5; press++) {
				await page.keyboard.press('ArrowRight');
				await page.waitForTimeout(120);
			}
			await expectTogether(page, data.events[5].title);
			expect(await scrollY(page)).toBe(focused);

			// Far down the list, "Show on timeline" selects with the plot and the details in view.
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			const last = data.events.at(-1)!;
			const item = page.locator(`.event-list li[data-id="${last.id}"]`);
			await item.getByRole('button', { name: /Show on timeline/ }).click();
			await expectTogether(page, last.title);
			await expect(page.locator(`g.mark.selected[data-id="${last.id}"]`)).toBeVisible();
		});
	});
}

test.describe('item 5: the reader cannot get lost', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('zoom out stops at the data and its margin, and the wheel there does not scroll the page', async ({
		page
	}) => {
		const { extent } = await timelineData(page);
		await page.goto('/');
		await timelineReady(page);
		await plot(page).focus();
		for (let press = 0; press < 8; press++) await page.keyboard.press('-');
		const widest = span(await settledDomain(page));
		const data = Date.parse(`${extent!.to}T00:00:00Z`) + DAY_MS - Date.parse(extent!.from);
		// The extent plus a tenth (at least a month) either side.
		expect(widest).toBeLessThanOrEqual(data + 2 * Math.max(0.1 * data, 31 * DAY_MS) + 1000);
		await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
		const box = (await plot(page).boundingBox())!;
		const before = await scrollY(page);
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		for (let step = 0; step < 5; step++) await page.mouse.wheel(0, 300);
		await page.waitForTimeout(200);
		expect(await scrollY(page)).toBe(before);
		expect(span(await viewDomain(page))).toBeCloseTo(widest, -3);
	});

	test('an empty window says where the nearest events are, and takes the reader there', async ({
		page
	}) => {
		const data = await timelineData(page);
		const before = data.events.findLast((event) => event.date.end! < '2020-09-01')!;
		const after = data.events.find((event) => event.date.start! > '2020-09-30')!;
		await page.goto('/?from=2020-09-01&to=2020-09-30');
		await timelineReady(page);
		const empty = page.getByRole('status').filter({ hasText: 'No dated events in' });
		await expect(empty).toBeVisible();
		// Named by the event when it is loaded, else by the period the density bins give.
		const earlier = empty.getByRole('button', { name: /^← Earlier: / });
		await expect(earlier).toContainText(/Jul 2020/);
		const later = empty.getByRole('button', { name: /^Later: / });
		await expect(later).toContainText(/2021/);
		await later.click();
		const [from, to] = await settledDomain(page);
		expect(Date.parse(after.date.start!)).toBeGreaterThanOrEqual(from);
		expect(Date.parse(after.date.start!)).toBeLessThan(to);
		await expect(page.locator(`g.mark[data-id="${after.id}"]`)).toBeVisible();
		await page.goto('/?from=2020-09-01&to=2020-09-30');
		await timelineReady(page);
		await earlier.click();
		const [earlierFrom, earlierTo] = await settledDomain(page);
		expect(Date.parse(before.date.start!)).toBeGreaterThanOrEqual(earlierFrom);
		expect(Date.parse(before.date.start!)).toBeLessThan(earlierTo);
		await expect(empty).toBeHidden();
	});

	test('a search that finds nothing says so and keeps the view', async ({ page }) => {
		await page.goto('/?from=2020-06-01&to=2020-12-31');
		await timelineReady(page);
		const view = await viewDomain(page);
		const url = page.url();
		await page.getByRole('searchbox').fill('xylophone quartet');
		await page.getByRole('button', { name: 'Filter', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'No events match' })).toContainText(
			'“xylophone quartet”'
		);
		expect(page.url()).toBe(url);
		expect(await viewDomain(page)).toEqual(view);
		await expect(page.locator('g.mark').first()).toBeVisible();
	});

	test('previous and next buttons walk the events in time order', async ({ page }) => {
		const data = await timelineData(page);
		await page.goto('/');
		await timelineReady(page);
		await page.getByRole('button', { name: 'Next event' }).click();
		await expect(details(page).getByRole('heading')).toHaveText(data.events[0].title);
		await page.getByRole('button', { name: 'Next event' }).click();
		await expect(details(page).getByRole('heading')).toHaveText(data.events[1].title);
		await page.getByRole('button', { name: 'Previous event' }).click();
		await expect(details(page).getByRole('heading')).toHaveText(data.events[0].title);
	});

	test('the lanes are in the URL, so a shared link keeps them; a bad value is a 400', async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		await page.getByRole('radio', { name: 'Country' }).check();
		await expect.poll(() => new URL(page.url()).searchParams.get('lanes')).toBe('country');
		await page.reload();
		await timelineReady(page);
		await expect(page.getByRole('radio', { name: 'Country' })).toBeChecked();
		await expect(page.getByRole('heading', { name: 'Country' })).toBeVisible();
		expect((await page.request.get('/?lanes=colour')).status()).toBe(400);
	});

	test('four quick + presses zoom as far as four slow ones', async ({ page }) => {
		await page.goto('/?from=2020-01-01&to=2020-12-31');
		await timelineReady(page);
		const start = await viewDomain(page);
		await plot(page).focus();
		for (let press = 0; press < 4; press++) await page.keyboard.press('+');
		const quick = span(await settledDomain(page));
		expect(quick / span(start)).toBeCloseTo(1 / 16, 3);
	});
});

test.describe('item 2: dates look as sure as they are', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('a bound fades in to a hard known end, a day is a point, and the legend and event page say the same', async ({
		page
	}) => {
		const data = await timelineData(page);
		const bound = data.events.find((event) => event.date.approximate)!;
		const day = data.events.find((event) => event.date.start === event.date.end)!;
		await page.goto('/');
		await timelineReady(page);
		const mark = page.locator(`g.mark[data-id="${bound.id}"]`);
		await expect(mark).toHaveAttribute('data-shape', 'by');
		const bar = mark.locator('rect.bar');
		expect(await bar.evaluate((rect) => getComputedStyle(rect).fill)).toMatch(/^url\(.*-by-/);
		expect(await bar.evaluate((rect) => getComputedStyle(rect).stroke)).toBe('none');
		await expect(mark.locator('rect.edge')).toHaveCount(1);
		await expect(page.locator(`g.mark[data-id="${day.id}"] circle`)).toHaveCount(1);

		const key = page.getByRole('region', { name: 'How marks show dates' });
		for (const meaning of ['a known day', 'a known span', 'some time within', 'by a known day']) {
			await expect(key).toContainText(meaning);
		}

		await page.goto(`/events/${bound.id}`);
		await expect(page.locator('.when-where span.date-mark')).toHaveAttribute(
			'title',
			/by a known day \(only the end is known\)/
		);
	});
});

test.describe('item 3: labels get the room there is', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('at month zoom every mark gets its whole label, over nothing else', async ({ page }) => {
		const data = await timelineData(page, '?from=2021-02-01&to=2021-02-28');
		await page.goto('/?from=2021-02-01&to=2021-02-28');
		await timelineReady(page);
		await expect(page.locator('g.mark')).toHaveCount(data.events.length);
		const boxes = await page.evaluate(() => {
			const axis = document.querySelector('.ticks text')!.getBoundingClientRect().bottom;
			const marks = [...document.querySelectorAll<SVGGElement>('g.mark')].map((mark) => ({
				id: mark.dataset.id!,
				label: mark.querySelector('text.label')?.textContent ?? null,
				shape: mark.querySelector('circle, rect.bar')!.getBoundingClientRect().toJSON(),
				text: mark.querySelector('text.label')?.getBoundingClientRect().toJSON() ?? null
			}));
			return { axis, marks };
		});
		const overlap = (a: DOMRect, b: DOMRect) =>
			a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
		for (const mark of boxes.marks) {
			const event = data.events.find((candidate) => candidate.id === mark.id)!;
			expect(mark.label).toBe(event.title);
			expect(mark.text!.top).toBeGreaterThanOrEqual(boxes.axis);
			for (const other of boxes.marks) {
				expect(overlap(mark.text!, other.shape)).toBe(false);
				if (other !== mark) expect(overlap(mark.text!, other.text!)).toBe(false);
			}
		}
	});

	test('a long title is drawn whole when the plot has room for it', async ({ page }) => {
		const data = await timelineData(page);
		const longest = data.events.toSorted((a, b) => b.title.length - a.title.length)[0];
		await page.goto('/');
		await timelineReady(page);
		await expect(page.locator(`g.mark[data-id="${longest.id}"] text.label`)).toHaveText(
			longest.title
		);
	});
});

test.describe('@mobile item 7: on a phone the plot comes first', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	test('filters wait behind one button, the list scrolls with the page, a skip link reaches the plot', async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		const filters = page.getByRole('form', { name: 'Filter events' });
		await expect(filters).toBeHidden();
		const toggle = page.getByRole('button', { name: 'Filters and downloads' });
		const plotTop = (await plot(page).boundingBox())!.y;
		expect(plotTop).toBeLessThan(812);
		expect(plotTop).toBeLessThan((await page.locator('.event-list').boundingBox())!.y);
		// The list is part of the page, not a box scrolling inside it.
		expect(
			await page.locator('.event-list').evaluate((list) => getComputedStyle(list).overflowY)
		).toBe('visible');

		let presses = 0;
		const skip = page.getByRole('link', { name: 'Skip to the timeline' });
		while (presses < 6 && !(await skip.evaluate((link) => link === document.activeElement))) {
			await page.keyboard.press('Tab');
			presses++;
		}
		expect(presses).toBeLessThanOrEqual(3);
		await page.keyboard.press('Enter');
		await expect(plot(page)).toBeFocused();

		await toggle.click();
		await expect(filters).toBeVisible();
		await expect(page.getByRole('button', { name: 'Hide filters and downloads' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
	});
});

test.describe('item 6: a big corpus zoomed out', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('density stacked by type with counts on hover, legend counts for the whole window', async ({
		page
	}, testInfo) => {
		test.setTimeout(120_000);
		const workDir = join(REPO, 'test-results', 'layout-synth');
		mkdirSync(workDir, { recursive: true });
		const { path } = seedDatabase({ path: join(workDir, 'events-3000.db'), events: 3000 });
		const app = await startApp({ repoRoot: REPO, dbPath: path, port: LAYOUT_SYNTH_PORT });
		try {
			const data: TimelineData = await (
				await page.request.get(`${app.url}/api/timeline.json`)
			).json();
			expect(data.truncated).toBe(true);
			await page.goto(`${app.url}/`);
			await timelineReady(page);
			const parts = page.locator('path.density-part');
			await expect(parts.first()).toBeVisible();
			const colours = await parts.evaluateAll(
				(paths) => new Set(paths.map((p) => p.getAttribute('fill'))).size
			);
			expect(colours).toBeGreaterThan(3);

			const box = (await plot(page).boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
			const tooltip = page.locator('.tooltip');
			await expect(tooltip).toContainText(/\d+ events?, /);
			await expect(tooltip).toContainText(/Meeting: \d+|Visit: \d+|Statement: \d+/);

			// The legend counts every event of the window, not the sample the list shows.
			const windowTotal = densityTotal(data.windowDensity);
			const legendTotal = await page
				.getByRole('region', { name: 'Type' })
				.locator('.count')
				.evaluateAll((counts) =>
					counts.reduce((sum, count) => sum + Number(count.textContent!.replace(/\D/g, '')), 0)
				);
			expect(legendTotal).toBe(windowTotal);
			expect(legendTotal).toBeGreaterThan(data.events.length);
			await page.mouse.move(0, 0);
			await screenshot(page, testInfo, 'synthetic-zoomed-out', { fullPage: false });
		} finally {
			await app.stop();
		}
	});
});
