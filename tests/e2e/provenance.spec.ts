/**
 * Provenance reads like a citation, not like debug output: sources named by outlet, title and
 * date; the event a date was taken from named and linked; a source's excerpts coloured by event,
 * and how its publication date was read said in words.
 */
import type { APIRequestContext } from '@playwright/test';
import { sourceLabel } from '../../src/lib/provenance/sourceLabel';
import type { ExportJson } from '../../src/lib/types';
import { expect, screenshot, seriousViolations, test } from './fixtures';

const exported = async (request: APIRequestContext): Promise<ExportJson> =>
	(await request.get('/api/events.json')).json();

test('event pages name every source by outlet, title and date, never by id', async ({
	page,
	request
}) => {
	const data = await exported(request);
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	// An event from several sources whose explanation was written with their ids.
	const merged = data.events.find((e) => /[Ss]ource \S+_\S+/.test(e.date.explanation));
	const events = [...new Set([merged, ...data.events.slice(0, 4)].filter((e) => e !== undefined))];
	for (const event of events) {
		await page.goto(`/events/${event.id}`);
		const main = page.locator('main');
		for (const sourceId of new Set(event.mentions.map((m) => m.sourceId))) {
			const label = sourceLabel(sources.get(sourceId)!);
			await expect(
				main.locator('figcaption cite').filter({ hasText: label.title })
			).not.toHaveCount(0);
			if (label.outlet) {
				await expect(
					main.locator('figcaption .outlet').filter({ hasText: label.outlet })
				).not.toHaveCount(0);
			}
			expect(await main.innerText()).not.toContain(sourceId);
		}
	}
	expect(merged, 'the seeds have an event dated across sources').toBeDefined();
});

test('the timeline’s list and details name the sources a date explanation cites, never by id', async ({
	page,
	request
}) => {
	const data = await exported(request);
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const merged = data.events.find((e) => /[Ss]ource \S+_\S+/.test(e.date.explanation))!;
	expect(merged, 'the seeds have an event dated across sources').toBeDefined();
	const cited = [...new Set(merged.mentions.map((m) => m.sourceId))].filter((id) =>
		merged.date.explanation.includes(id)
	);
	await page.goto(`/?event=${merged.id}`);
	const item = page.locator(`.event-list li[data-id="${merged.id}"] .how-dated`);
	const details = page.getByRole('region', { name: 'Selected event' }).locator('.how-dated');
	for (const shown of [item, details]) {
		const text = await shown.innerText();
		for (const sourceId of cited) {
			expect(text).not.toContain(sourceId);
			expect(text).toContain(sourceLabel(sources.get(sourceId)!).title);
		}
	}
	// And in the data the page fetches for a new window.
	const api = await (
		await request.get(`/api/timeline.json?from=${merged.date.start}&to=${merged.date.end}`)
	).text();
	for (const sourceId of cited) expect(api).not.toContain(`ource ${sourceId}`);
});

test('an event dated from a related event names and links it', async ({ page, request }) => {
	const data = await exported(request);
	const tied = data.events.find((e) => e.date.explanation.includes('the related event'));
	expect(tied, 'the seeds have an event dated from a related one').toBeDefined();
	await page.goto(`/events/${tied!.id}`);
	const explanation = page.locator('.explanation');
	await expect(explanation).not.toContainText('the related event');
	const link = explanation.getByRole('link');
	await expect(link).toHaveCount(1);
	const anchorTitle = (await link.innerText()).trim();
	const anchor = data.events.find((e) => e.title === anchorTitle && e.id !== tied!.id);
	expect(anchor).toBeDefined();
	// The related event shares an article with it.
	expect(
		anchor!.mentions.some((m) => tied!.mentions.some((own) => own.sourceId === m.sourceId))
	).toBe(true);
	await expect(page.getByRole('definition').getByRole('link', { name: anchorTitle })).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/events/${anchor!.id}$`));
});

test('a source page colours each event’s excerpts and says how its date was read', async ({
	page,
	request
}, testInfo) => {
	const data = await exported(request);
	const counts = new Map<string, Set<string>>();
	for (const event of data.events) {
		for (const m of event.mentions)
			counts.set(m.sourceId, (counts.get(m.sourceId) ?? new Set()).add(event.id));
	}
	const source = data.sources
		.filter((s) => s.published)
		.sort((a, b) => counts.get(b.id)!.size - counts.get(a.id)!.size)[0];
	const eventIds = [...counts.get(source.id)!];
	expect(eventIds.length).toBeGreaterThan(1);
	await page.goto(`/sources/${source.id}`);

	// Each event's marks share one colour, and no two events share one.
	const colourOf = new Map<string, Set<string>>();
	for (const mark of await page.locator('pre.body mark').all()) {
		const href = await mark.locator('a').getAttribute('href');
		const colour = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
		const id = decodeURIComponent(href!.split('/').pop()!);
		colourOf.set(id, (colourOf.get(id) ?? new Set()).add(colour));
	}
	const firstColours = [...colourOf.values()].map((colours) => [...colours][0]);
	expect(new Set(firstColours).size).toBe(Math.min(colourOf.size, 10));
	expect(colourOf.size).toBeGreaterThan(1);

	// Hover shows the event; focus shows it too and the mark is a link to it.
	const mark = page.locator('pre.body mark a').first();
	await expect(mark).toHaveAttribute('title', /^Event: /);
	await mark.focus();
	const shown = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
	expect(shown).toContain('Event: ');

	// The list names each excerpt by its words, not by offsets.
	const list = page.locator('.excerpts');
	await expect(list).not.toContainText(/characters \d/);
	await expect(list.locator('a.jump').first()).toHaveText(/^In the text: ?“.+”$/);

	const published = page.locator('dd').filter({ hasText: 'Times are' });
	await expect(published).toContainText('counted from this day');
	await expect(published).not.toContainText(/\d+–\d+/);

	expect(await seriousViolations(page)).toEqual([]);
	await screenshot(page, testInfo, 'source-page');
	const tied = data.events.find((e) => e.date.explanation.includes('the related event'));
	await page.goto(`/events/${(tied ?? data.events[0]).id}`);
	await screenshot(page, testInfo, 'event-page');
});
