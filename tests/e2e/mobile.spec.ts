/**
 * A phone, 375 px wide, with touch: the pages fit the width, one finger drags the axis, two
 * fingers pinch-zoom it, a tap selects an event.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { ExportJson } from '../../src/lib/types';
import { expect, settledDomain, test, timelineReady, viewDomain } from './fixtures';

test.skip(({ isMobile }) => !isMobile, 'needs a phone with touch (the mobile project)');

type Point = { x: number; y: number };

/** Touches move in steps from `from` to `to` (one point per finger), as a real gesture does. */
async function touchGesture(client: CDPSession, from: Point[], to: Point[], steps = 8) {
	const at = (t: number) =>
		from.map((start, finger) => ({
			x: start.x + (to[finger].x - start.x) * t,
			y: start.y + (to[finger].y - start.y) * t,
			id: finger
		}));
	await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
	for (let step = 1; step <= steps; step++) {
		await client.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: at(step / steps)
		});
	}
	await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const fitsWidth = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('@mobile the timeline fits a phone and answers to drag, pinch and tap', async ({ page }) => {
	const data = (await (await page.request.get('/api/events.json')).json()) as ExportJson;
	await page.goto('/?from=2020-06-01&to=2020-12-31');
	await timelineReady(page);
	expect(await fitsWidth(page)).toBe(true);

	const client = await page.context().newCDPSession(page);
	const box = (await page.locator('[aria-roledescription="timeline"] svg').boundingBox())!;
	const y = box.y + Math.min(80, box.height / 2);
	const before = await viewDomain(page);
	await touchGesture(client, [{ x: box.x + 300, y }], [{ x: box.x + 150, y }]);
	const dragged = await settledDomain(page);
	const perPixel = (before[1] - before[0]) / box.width;
	expect(dragged[0] - before[0]).toBeGreaterThan(100 * perPixel);
	expect(dragged[1] - dragged[0]).toBeCloseTo(before[1] - before[0], -3);

	const centre = box.x + box.width / 2;
	await touchGesture(
		client,
		[
			{ x: centre - 30, y },
			{ x: centre + 30, y }
		],
		[
			{ x: centre - 120, y },
			{ x: centre + 120, y }
		]
	);
	const pinched = await settledDomain(page);
	expect(pinched[1] - pinched[0]).toBeLessThan(0.5 * (dragged[1] - dragged[0]));

	// A tap on a mark selects its event.
	await page.goto('/');
	await timelineReady(page);
	const event = data.events.find((e) => e.date.start)!;
	const mark = (await page
		.locator(`g.mark[data-id="${event.id}"] :is(circle, rect)`)
		.boundingBox())!;
	await page.touchscreen.tap(mark.x + mark.width / 2, mark.y + mark.height / 2);
	await expect(page.locator(`.event-list li[data-id="${event.id}"]`)).toHaveAttribute(
		'aria-current',
		'true'
	);
});

test('@mobile event and source pages fit a phone', async ({ page }) => {
	const data = (await (await page.request.get('/api/events.json')).json()) as ExportJson;
	const event = data.events.find((e) => e.mentions.length > 1) ?? data.events[0];
	await page.goto(`/events/${event.id}`);
	expect(await fitsWidth(page)).toBe(true);
	await page.goto(`/sources/${event.mentions[0].sourceId}`);
	expect(await fitsWidth(page)).toBe(true);
});
