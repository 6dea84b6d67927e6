/**
 * The timeline page in real Chromium: what a reader sees at `/`, moving and zooming the axis,
 * the list and the axis in step, month views with their URLs and history, and filters.
 */
import type { Page } from '@playwright/test';
import { isoDaysOf } from '../../src/lib/timeline/isoDay';
import type { TimelineData } from '../../src/lib/timeline/types';
import { firstInView } from '../../src/lib/timeline/viewData';
import { DAY_MS, expect, settledDomain, test, timelineReady, viewDomain } from './fixtures';

const timelineData = async (page: Page, query = ''): Promise<TimelineData> =>
	(await page.request.get(`/api/timeline.json${query}`)).json();

const plot = (page: Page) => page.locator('[aria-roledescription="timeline"]');
const list = (page: Page) => page.locator('.event-list');
const span = ([from, to]: [number, number]) => to - from;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The plot's on-screen box. */
async function plotBox(page: Page) {
	const box = await plot(page).boundingBox();
	if (!box) throw new Error('the timeline is not on screen');
	return box;
}

/** The month with the most dated events, as the `from`/`to` query that shows it. */
async function busiestMonth(page: Page): Promise<string> {
	const all = await timelineData(page);
	const counts = new Map<string, number>();
	for (const event of all.events) {
		const month = event.date.start!.slice(0, 7);
		counts.set(month, (counts.get(month) ?? 0) + 1);
	}
	const [month] = [...counts].sort((a, b) => b[1] - a[1])[0];
	const [year, monthNumber] = month.split('-').map(Number);
	const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
	return `from=${month}-01&to=${month}-${lastDay}`;
}

/** The plot's event marks as drawn: id and centre, left to right. */
const drawnMarks = (page: Page) =>
	page.locator('.plot g.mark').evaluateAll((nodes) =>
		nodes
			.map((node) => {
				const box = node.getBoundingClientRect();
				return { id: node.getAttribute('data-id')!, x: box.left + box.width / 2 };
			})
			.sort((a, b) => a.x - b.x)
	);

test.describe('the timeline at /', () => {
	test('shows the whole corpus: marks, labels that never overlap, the events with their first excerpt', async ({
		page
	}) => {
		const data = await timelineData(page);
		await page.goto('/');
		await timelineReady(page);

		// Every dated event is a mark (or inside a counted cluster).
		const marks = page.locator('.timeline svg g.mark');
		const markIds = await marks.evaluateAll((nodes) =>
			nodes.map((node) => node.getAttribute('data-id'))
		);
		const clustered = await page
			.locator('.timeline svg g.cluster text')
			.evaluateAll((nodes) => nodes.reduce((sum, node) => sum + Number(node.textContent), 0));
		expect(markIds.length + clustered).toBe(data.events.length);
		for (const event of data.events.slice(0, markIds.length)) {
			if (!clustered) expect(markIds).toContain(event.id);
		}

		// No two labels share a pixel, and no label covers another event's mark.
		const boxes = await plot(page)
			.locator('svg')
			.evaluate((svg) => {
				const rect = (element: Element) => {
					const r = element.getBoundingClientRect();
					return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
				};
				return {
					labels: [...svg.querySelectorAll('g.mark')].flatMap((mark) =>
						[...mark.querySelectorAll('text.label')].map((label) => ({
							id: mark.getAttribute('data-id'),
							...rect(label)
						}))
					),
					shapes: [...svg.querySelectorAll('g.mark')].map((mark) => ({
						id: mark.getAttribute('data-id'),
						...rect(mark.querySelector('circle, rect')!)
					}))
				};
			});
		expect(boxes.labels.length).toBeGreaterThan(0);
		const overlap = (a: (typeof boxes.labels)[0], b: (typeof boxes.labels)[0]) =>
			a.left < b.right - 0.5 &&
			b.left < a.right - 0.5 &&
			a.top < b.bottom - 0.5 &&
			b.top < a.bottom - 0.5;
		for (const [i, a] of boxes.labels.entries()) {
			for (const b of boxes.labels.slice(i + 1))
				expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
			for (const shape of boxes.shapes) {
				if (shape.id !== a.id) expect(overlap(a, shape), `${a.id} over ${shape.id}`).toBe(false);
			}
		}

		// The list: every event of the window, in time order, with its first excerpt and a link.
		const items = list(page).locator('li[data-id]');
		await expect(items).toHaveCount(data.events.length);
		expect(
			await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')))
		).toEqual(data.events.map((event) => event.id));
		const first = data.events.find((event) => event.firstExcerpt)!;
		const item = list(page).locator(`li[data-id="${first.id}"]`);
		await expect(item.locator('blockquote')).toContainText(first.firstExcerpt!.text.slice(0, 60));
		await expect(item.getByRole('link', { name: first.title })).toHaveAttribute(
			'href',
			`/events/${first.id}`
		);
	});

	test('hydration keeps the marks the server drew, where it drew them', async ({
		page,
		browser
	}) => {
		const month = await busiestMonth(page);
		const viewport = page.viewportSize()!;
		const withoutScript = await browser.newContext({ javaScriptEnabled: false, viewport });
		const serverPage = await withoutScript.newPage();
		await serverPage.goto(`/?${month}`);
		const served = await drawnMarks(serverPage);
		await withoutScript.close();

		await page.goto(`/?${month}`);
		await timelineReady(page);
		// Measured: the plot is drawn in pixels, no longer in percentages of a nominal width.
		await expect(plot(page).locator('svg').first()).toHaveAttribute('width', /^\d+(\.\d+)?$/);
		const hydrated = await drawnMarks(page);
		expect(hydrated.map((mark) => mark.id)).toEqual(served.map((mark) => mark.id));
		for (const [index, mark] of hydrated.entries()) {
			expect(Math.abs(mark.x - served[index].x)).toBeLessThan(1);
		}
	});

	test('the first HTML already lists the events of the window, as links', async ({ request }) => {
		const data = (await (await request.get('/api/timeline.json')).json()) as TimelineData;
		const html = await (await request.get('/')).text();
		for (const event of data.events) {
			expect(html).toMatch(new RegExp(`<a href="[./]*/events/${event.id}"`));
		}
	});

	test('drags, scrolls sideways and zooms about the pointer with the wheel', async ({ page }) => {
		await page.goto('/?from=2020-06-01&to=2020-12-31');
		await timelineReady(page);
		const box = await plotBox(page);
		const y = box.y + Math.min(120, box.height / 2);

		// Drag 300 px to the left: the view moves later by 300 px worth of time.
		const before = await viewDomain(page);
		await page.mouse.move(box.x + 900, y);
		await page.mouse.down();
		await page.mouse.move(box.x + 600, y, { steps: 8 });
		await page.mouse.up();
		const dragged = await settledDomain(page);
		const perPixel = span(before) / box.width;
		expect(dragged[0] - before[0]).toBeGreaterThan(250 * perPixel);
		expect(dragged[0] - before[0]).toBeLessThan(350 * perPixel);
		expect(span(dragged)).toBeCloseTo(span(before), -3);

		// A sideways trackpad swipe pans too.
		await page.mouse.move(box.x + 400, y);
		await page.mouse.wheel(-200, 0);
		const swiped = await settledDomain(page);
		expect(swiped[0]).toBeLessThan(dragged[0] - 100 * perPixel);

		// The wheel zooms in, keeping the instant under the pointer where it was.
		const fraction = 0.25;
		await page.mouse.move(box.x + fraction * box.width, y);
		const pinned = swiped[0] + fraction * span(swiped);
		await page.mouse.wheel(0, -300);
		const zoomed = await settledDomain(page);
		expect(span(zoomed)).toBeLessThan(0.8 * span(swiped));
		expect(Math.abs(zoomed[0] + fraction * span(zoomed) - pinned)).toBeLessThan(
			0.01 * span(swiped)
		);
	});

	test('a wheel zoom does not move the page below the plot until the view settles', async ({
		page
	}) => {
		await page.goto('/');
		await timelineReady(page);
		// At rest first: the labels measured after hydration may have re-packed the rows.
		await page.waitForTimeout(400);
		const box = await plotBox(page);
		await page.mouse.move(box.x + box.width / 2, box.y + Math.min(120, box.height / 2));
		// Each frame: how far the list moved up, and how long the view had been still by then.
		await page.evaluate(() => {
			const plot = document.querySelector('[aria-roledescription="timeline"]')!;
			const list = document.querySelector('.event-list')!;
			const record = window as unknown as { rises: { rise: number; stillMs: number }[] };
			record.rises = [];
			let top = list.getBoundingClientRect().top;
			let movedAt = performance.now();
			/** How long the view had been still before its latest move. */
			let stillBeforeMove = 0;
			let lastFrame = performance.now();
			// The view's moves are timed when they happen, not at the next frame: on a loaded
			// machine a late frame would make the view look still for less time than it was.
			new MutationObserver(() => {
				const at = performance.now();
				stillBeforeMove = at - movedAt;
				movedAt = at;
			}).observe(plot, { attributes: true, attributeFilter: ['data-domain'] });
			const frame = (now: number) => {
				const nextTop = list.getBoundingClientRect().top;
				// A rise and a move seen in one frame came in either order: when the view had
				// been still long enough before that move, the rise may have ended the stillness.
				const stillMs =
					movedAt > lastFrame ? Math.max(now - movedAt, stillBeforeMove) : now - movedAt;
				if (nextTop < top) record.rises.push({ rise: top - nextTop, stillMs });
				top = nextTop;
				lastFrame = now;
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		for (let step = 0; step < 8; step++) {
			await page.mouse.wheel(0, step < 4 ? -120 : 120);
			await page.waitForTimeout(40);
		}
		await settledDomain(page);
		await page.waitForTimeout(300);
		// Rows come and go as marks pack at each zoom level: the plot may grow while the view
		// moves, and fits its lanes again (the list moving up) only once the view is still.
		const rises = await page.evaluate(
			() => (window as unknown as { rises: { rise: number; stillMs: number }[] }).rises
		);
		for (const { stillMs } of rises) expect(stillMs).toBeGreaterThanOrEqual(150);
	});

	test('zooms with the buttons and the + and - keys', async ({ page }) => {
		await page.goto('/?from=2020-06-01&to=2020-12-31');
		await timelineReady(page);
		const start = await viewDomain(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(async () => span(await viewDomain(page)) / span(start)).toBeCloseTo(0.5, 3);
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect.poll(async () => span(await viewDomain(page)) / span(start)).toBeCloseTo(1, 3);

		await plot(page).focus();
		await page.keyboard.press('+');
		await expect.poll(async () => span(await viewDomain(page)) / span(start)).toBeCloseTo(0.5, 3);
		await page.keyboard.press('-');
		await expect.poll(async () => span(await viewDomain(page)) / span(start)).toBeCloseTo(1, 3);
	});

	test('scrolling the list moves the axis; moving the axis scrolls the list; a mark scrolls the list to its event', async ({
		page
	}) => {
		// Without animations every zoom step lands at once.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const data = await timelineData(page);
		await page.goto('/');
		await timelineReady(page);
		await plot(page).focus();
		for (let press = 0; press < 3; press++) await page.keyboard.press('+');
		const zoomedSpan = span(await settledDomain(page));

		// The reader scrolls the list with the wheel: the axis follows the first visible event.
		const overlapsView = (event: (typeof data.events)[number], [from, to]: [number, number]) =>
			utc(event.date.start!) < to && utc(event.date.end!) + DAY_MS > from;
		const listBox = (await list(page).boundingBox())!;
		await page.mouse.move(listBox.x + listBox.width / 2, listBox.y + listBox.height / 2);
		await page.mouse.wheel(0, 400);
		const firstVisible = () =>
			list(page).evaluate((scroller) => {
				const items = [...scroller.querySelectorAll<HTMLElement>('li[data-id]')];
				return items.find((item) => item.offsetTop + item.offsetHeight > scroller.scrollTop)!
					.dataset.id;
			});
		await expect
			.poll(() => list(page).evaluate((scroller) => scroller.scrollTop))
			.toBeGreaterThan(0);
		await expect
			.poll(async () => {
				const id = await firstVisible();
				return overlapsView(
					data.events.find((event) => event.id === id)!,
					await viewDomain(page)
				);
			})
			.toBe(true);
		// Content that moves the list by itself (not the reader) leaves the axis alone.
		await page.waitForTimeout(700);
		const still = await viewDomain(page);
		await list(page).evaluate((scroller) => (scroller.scrollTop = 0));
		await page.waitForTimeout(300);
		expect(await viewDomain(page)).toEqual(still);
		expect(span(await viewDomain(page))).toBeCloseTo(zoomedSpan, -3);

		// The reader pans the axis: the list shows the first event in view at its top.
		await page.keyboard.press('Shift+ArrowRight');
		await page.keyboard.press('Shift+ArrowRight');
		const [from, to] = await settledDomain(page);
		const expected = firstInView(data.events, isoDaysOf(new Date(from), new Date(to)));
		if (expected) {
			await expect
				.poll(() =>
					list(page).evaluate((scroller, id) => {
						const item = scroller.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;
						return (
							Math.abs(scroller.scrollTop - item.offsetTop) < 2 ||
							scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1
						);
					}, expected.id)
				)
				.toBe(true);
		}
	});

	test('the list starts at the visible range, also after a wider window is loaded', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const data = await timelineData(page);
		await page.goto('/?from=2021-03-01&to=2021-04-30');
		await timelineReady(page);
		const topOfList = () =>
			list(page).evaluate((scroller) => {
				const items = [...scroller.querySelectorAll<HTMLElement>('li[data-id]')];
				const top = items.find((item) => item.offsetTop + item.offsetHeight > scroller.scrollTop);
				const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
				return { id: top?.dataset.id, atEnd, count: items.length };
			});
		const first = firstInView(data.events, { from: '2021-03-01', to: '2021-04-30' })!;
		expect((await topOfList()).id).toBe(first.id);

		// Zoomed out past the loaded window: the page loads one around the view, with events
		// before it, and the list still opens on the first event in view.
		await plot(page).focus();
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		const [from, to] = await settledDomain(page);
		const view = isoDaysOf(new Date(from), new Date(to));
		const expected = firstInView(data.events, view)!;
		const earlier = data.events.filter((e) => e.date.end && e.date.end < view.from);
		expect(earlier.length, 'events before the view for the new window to bring').toBeGreaterThan(0);
		await expect.poll(async () => (await topOfList()).count).toBeGreaterThan(2);
		await expect
			.poll(async () => {
				const top = await topOfList();
				return top.id === expected.id || top.atEnd;
			})
			.toBe(true);
		expect((await topOfList()).id).not.toBe(earlier[0].id);
	});

	// The selection's details grow the sticky plot and so shrink the list after it scrolled: the
	// item stays in view all the same (it ended just below the list's box before).
	test('selecting a mark scrolls the list to its event and highlights it', async ({ page }) => {
		const data = await timelineData(page);
		await page.goto('/');
		await timelineReady(page);
		const last = data.events.at(-1)!;
		await page.locator(`g.mark[data-id="${last.id}"] :is(circle, rect)`).click({ force: true });
		const item = list(page).locator(`li[data-id="${last.id}"]`);
		await expect(item).toHaveAttribute('aria-current', 'true');
		const inList = () =>
			item.evaluate((li) => {
				const scroller = li.closest('.event-list')!.getBoundingClientRect();
				const box = li.getBoundingClientRect();
				return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
			});
		await expect.poll(inList).toBe(true);
		// And it stays there once everything above it has settled.
		await page.waitForTimeout(600);
		expect(await inList()).toBe(true);
	});
});

test.describe('month views', () => {
	test('clicking a month animates to exactly that month, says so in the URL, and Back returns', async ({
		page
	}) => {
		const data = await timelineData(page);
		await page.goto('/');
		await timelineReady(page);
		const whole = await settledDomain(page);
		const month = data.events[1].date.start!.slice(0, 7);
		const name = new Date(`${month}-01T00:00:00Z`).toLocaleString('en-GB', {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		await page.getByRole('button', { name: `Zoom to ${name}`, exact: true }).click();

		const [year, monthNumber] = month.split('-').map(Number);
		const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
		await expect(page).toHaveURL(`/?from=${month}-01&to=${month}-${lastDay}`);
		await expect
			.poll(() => viewDomain(page))
			.toEqual([Date.UTC(year, monthNumber - 1, 1), Date.UTC(year, monthNumber, 1)]);
		await expect(list(page).locator(`li[data-id="${data.events[1].id}"]`)).toBeVisible();

		await page.goBack();
		await expect(page).toHaveURL('/');
		await expect.poll(() => viewDomain(page)).toEqual(whole);
	});

	test('a month page is server-rendered from that window only', async ({ request }) => {
		const all = (await (await request.get('/api/timeline.json')).json()) as TimelineData;
		const day = all.events[1].date.start!;
		const month = `from=${day.slice(0, 7)}-01&to=${day.slice(0, 7)}-28`;
		const inside = (await (
			await request.get(`/api/timeline.json?${month}`)
		).json()) as TimelineData;
		const html = await (await request.get(`/?${month}`)).text();
		for (const event of inside.events) expect(html).toContain(`/events/${event.id}`);
		const outside = all.events.filter((event) => !inside.events.some((e) => e.id === event.id));
		expect(outside.length).toBeGreaterThan(0);
		for (const event of outside) expect(html).not.toContain(event.id);
	});

	test('/YYYY/MM redirects to the canonical month address', async ({ page, request }) => {
		const response = await request.get('/2020/07?type=meeting', { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers().location).toBe('/?from=2020-07-01&to=2020-07-31&type=meeting');
		await page.goto('/2021/02');
		await expect(page).toHaveURL('/?from=2021-02-01&to=2021-02-28');
		await timelineReady(page);
		expect(await viewDomain(page)).toEqual([Date.UTC(2021, 1, 1), Date.UTC(2021, 2, 1)]);
	});

	test('picking a month shows it', async ({ page }) => {
		await page.goto('/');
		await timelineReady(page);
		await page.getByLabel('Month', { exact: true }).fill('2021-02');
		await page.getByRole('button', { name: 'Show month' }).click();
		await expect(page).toHaveURL('/?from=2021-02-01&to=2021-02-28');
		await expect.poll(() => viewDomain(page)).toEqual([Date.UTC(2021, 1, 1), Date.UTC(2021, 2, 1)]);
	});

	test('panning rewrites the URL at most about once a second, without new history entries', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const replace = history.replaceState.bind(history);
			(window as unknown as { urlWrites: number }).urlWrites = 0;
			history.replaceState = (...args: Parameters<History['replaceState']>) => {
				(window as unknown as { urlWrites: number }).urlWrites++;
				replace(...args);
			};
		});
		await page.goto('/?from=2020-06-01&to=2020-12-31');
		await timelineReady(page);
		await page.evaluate(() => ((window as unknown as { urlWrites: number }).urlWrites = 0));
		const entries = await page.evaluate(() => history.length);
		const box = await plotBox(page);
		const started = Date.now();
		for (let drag = 0; drag < 6; drag++) {
			await page.mouse.move(box.x + 800, box.y + 100);
			await page.mouse.down();
			await page.mouse.move(box.x + 760, box.y + 100, { steps: 4 });
			await page.mouse.up();
		}
		const [from, to] = await settledDomain(page);
		await page.waitForTimeout(1300);
		const seconds = (Date.now() - started) / 1000;
		const writes = await page.evaluate(
			() => (window as unknown as { urlWrites: number }).urlWrites
		);
		expect(writes).toBeGreaterThan(0);
		expect(writes).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
		expect(await page.evaluate(() => history.length)).toBe(entries);
		const view = isoDaysOf(new Date(from), new Date(to));
		await expect(page).toHaveURL(`/?from=${view.from}&to=${view.to}`);
	});

	test('a view outside the loaded window fetches its events', async ({ page }) => {
		const all = await timelineData(page);
		const first = all.events[0];
		await page.goto(`/?from=${all.events.at(-1)!.date.start}&to=${all.extent!.to}`);
		await timelineReady(page);
		await expect(page.locator(`g.mark[data-id="${first.id}"]`)).toHaveCount(0);
		await page.getByRole('button', { name: 'Fit all' }).click();
		await expect(page.locator(`g.mark[data-id="${first.id}"]`)).toHaveCount(1);
		await expect(list(page).locator(`li[data-id="${first.id}"]`)).toHaveCount(1);
	});
});

test.describe('filters', () => {
	test('by type, words and actor, each a link', async ({ page }) => {
		await page.goto('/');
		await timelineReady(page);
		const ids = () =>
			list(page)
				.locator('li[data-id]')
				.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));

		await page.getByRole('combobox', { name: 'Type' }).selectOption('meeting');
		await expect(page).toHaveURL('/?type=meeting');
		const meetings = await timelineData(page, '?type=meeting');
		await expect.poll(ids).toEqual(meetings.events.map((event) => event.id));
		expect(meetings.events.every((event) => event.type === 'meeting')).toBe(true);

		await page.getByRole('combobox', { name: 'Type' }).selectOption('');
		await expect(page).toHaveURL('/');
		const words = page.getByRole('searchbox', { name: 'Words' });
		await words.fill('Shamkhani');
		await words.press('Enter');
		await expect(page).toHaveURL('/?q=Shamkhani');
		const found = await timelineData(page, '?q=Shamkhani');
		expect(found.events.length).toBeGreaterThan(0);
		await expect.poll(ids).toEqual(found.events.map((event) => event.id));

		await page.goto('/');
		const actor = found.events[0].participants[0];
		await page.getByRole('combobox', { name: 'Actor' }).selectOption(actor.id);
		await expect(page).toHaveURL(`/?actor=${actor.id}`);
		const theirs = await timelineData(page, `?actor=${actor.id}`);
		await expect.poll(ids).toEqual(theirs.events.map((event) => event.id));
		await expect(page.getByRole('link', { name: 'Clear filters' })).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("a month's marks, axis and overview are in the first HTML, on screen in order of date", async ({
		page
	}) => {
		const month = await busiestMonth(page);
		const inMonth = await timelineData(page, `?${month}`);
		const dayOf = new Map(inMonth.events.map((event) => [event.id, event.date.start!]));
		await page.goto(`/?${month}`);
		const box = await plotBox(page);

		const marks = await drawnMarks(page);
		expect(marks.length).toBeGreaterThan(1);
		for (const mark of marks) {
			expect(dayOf.has(mark.id)).toBe(true);
			expect(mark.x).toBeGreaterThan(box.x);
			expect(mark.x).toBeLessThan(box.x + box.width);
		}
		const days = marks.map((mark) => dayOf.get(mark.id)!);
		expect(days).toEqual(days.toSorted());

		// The axis: its ticks left to right across the plot, one label each.
		const ticks = await plot(page)
			.locator('.ticks text')
			.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().left));
		expect(ticks.length).toBeGreaterThan(2);
		expect(ticks).toEqual(ticks.toSorted((a, b) => a - b));
		expect(ticks.at(-1)! - ticks[0]).toBeGreaterThan(box.width / 2);
		await expect(page.locator('svg.overview path.bin').first()).toBeVisible();
	});

	test('the list, its links, the filter form and the month form all work', async ({ page }) => {
		const data = (await (await page.request.get('/api/timeline.json')).json()) as TimelineData;
		await page.goto('/');
		await expect(list(page).locator('li[data-id]')).toHaveCount(data.events.length);

		await page.getByRole('combobox', { name: 'Type' }).selectOption('meeting');
		await page.getByRole('button', { name: 'Filter' }).click();
		await expect(page).toHaveURL(/\/\?q=&actor=&type=meeting$/);
		const meetings = (await (
			await page.request.get('/api/timeline.json?type=meeting')
		).json()) as TimelineData;
		await expect(list(page).locator('li[data-id]')).toHaveCount(meetings.events.length);

		await page.getByLabel('Month', { exact: true }).fill('2021-02');
		await page.getByRole('button', { name: 'Show month' }).click();
		await expect(page).toHaveURL('/?from=2021-02-01&to=2021-02-28&type=meeting');

		const event = meetings.events.find((e) => e.date.start!.startsWith('2021-02'))!;
		await page.getByRole('link', { name: event.title }).click();
		await expect(page).toHaveURL(`/events/${event.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
	});
});
