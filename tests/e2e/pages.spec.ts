/**
 * The pages readers share: an event's permalink (date and how it was worked out, participants,
 * every excerpt with links into the source and the original page) and a source's stored text.
 */
import type { APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/lib/corpus/frontMatter';
import { nameSourcesIn, sourceLabel } from '../../src/lib/provenance/sourceLabel';
import { derivationWords } from '../../src/lib/timeline/dateDerivation';
import { formatEventDate } from '../../src/lib/timeline/formatEventDate';
import { typeLabel } from '../../src/lib/timeline/lanes';
import type { ExportJson } from '../../src/lib/types';
import { expect, test, timelineReady, viewDomain } from './fixtures';

const exported = async (request: APIRequestContext): Promise<ExportJson> =>
	(await request.get('/api/events.json')).json();

/** A dated event cited by a source that has a web address. */
async function eventWithOriginal(request: APIRequestContext) {
	const data = await exported(request);
	const withUrl = new Set(data.sources.filter((source) => source.url).map((source) => source.id));
	const event = data.events.find(
		(e) => e.date.start && e.mentions.some((mention) => withUrl.has(mention.sourceId))
	)!;
	return { data, event, sources: new Map(data.sources.map((source) => [source.id, source])) };
}

const corpusBody = (file: string) => {
	const split = splitFrontMatter(readFileSync(join('corpus', file), 'utf8'));
	if (!split.ok) throw new Error(split.reason);
	return split.body;
};

test.describe('an event page', () => {
	test('says what happened, when, how the date was worked out, who took part and where', async ({
		page,
		request
	}) => {
		const { event, data } = await eventWithOriginal(request);
		await page.goto(`/events/${event.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		const header = page.locator('article header');
		await expect(header).toContainText(typeLabel(event.type));
		await expect(header.locator('time')).toContainText(
			formatEventDate({ ...event.date, approximate: false })
		);
		await expect(header.locator('time')).toHaveAttribute('datetime', event.date.start!);
		// Sources the explanation names by id are named for readers.
		await expect(page.getByText(nameSourcesIn(event.date.explanation, data.sources))).toBeVisible();
		await expect(page.getByText(derivationWords(event.date.derivation))).toBeVisible();
		const who = page.getByRole('region', { name: 'Who and where' });
		for (const participant of event.participants) await expect(who).toContainText(participant.name);
		await expect(who).toContainText(event.place ?? 'not stated');
	});

	test('shows every excerpt with its key words marked, linked into the source and to the original sentence', async ({
		page,
		request
	}) => {
		const { event, sources } = await eventWithOriginal(request);
		await page.goto(`/events/${event.id}`);
		const excerpts = page.locator('ol.excerpts > li');
		await expect(excerpts).toHaveCount(event.mentions.length);
		for (const [index, mention] of event.mentions.entries()) {
			const item = excerpts.nth(index);
			// The excerpt reads exactly as stored; the marks are text, not markup from the article.
			expect(await item.locator('blockquote').textContent()).toBe(mention.excerpt);
			const source = sources.get(mention.sourceId)!;
			await expect(item.locator('figcaption')).toContainText(source.outlet ?? source.title ?? '');
			await expect(item.getByRole('link', { name: /In the stored article/ })).toHaveAttribute(
				'href',
				`/sources/${mention.sourceId}#m-${mention.start}-${mention.end}`
			);
			if (source.url) {
				const href = await item
					.getByRole('link', { name: /On the original page/ })
					.getAttribute('href');
				expect(href!.startsWith(`${source.url.split('#')[0]}#:~:text=`)).toBe(true);
				const terms = href!.split('#:~:text=')[1].split(',').map(decodeURIComponent);
				const flat = mention.excerpt.replace(/\s+/g, ' ');
				for (const term of terms) expect(flat).toContain(term);
				expect(flat.indexOf(terms[0])).toBeLessThan(10);
			}
		}
		const marked = await page
			.locator('blockquote mark.keyword')
			.evaluateAll((marks) =>
				marks.map((mark) =>
					[...mark.classList].find((name) => name !== 'keyword' && !name.startsWith('svelte-'))
				)
			);
		expect(marked).toContain('actor');
		expect(new Set(marked).size).toBeGreaterThanOrEqual(2);

		// The link into the source lands on the highlighted excerpt.
		const mention = event.mentions[0];
		await excerpts
			.first()
			.getByRole('link', { name: /In the stored article/ })
			.click();
		await expect(page).toHaveURL(`/sources/${mention.sourceId}#m-${mention.start}-${mention.end}`);
		const target = page.locator(`[id="m-${mention.start}-${mention.end}"]`);
		await expect(target).toBeInViewport();
		expect(await target.evaluate((mark) => mark.matches(':target'))).toBe(true);
		expect(mention.excerpt.startsWith((await target.textContent())!)).toBe(true);
	});

	test('"Show on timeline" opens / centred on the event, selected', async ({ page, request }) => {
		const data = await exported(request);
		const event = data.events.filter((e) => e.date.start).at(-2)!;
		await page.goto(`/events/${event.id}`);
		await page.getByRole('link', { name: 'Show on timeline' }).click();
		await expect(page).toHaveURL(`/?event=${event.id}`);
		await timelineReady(page);
		await expect(page.locator(`g.mark.selected[data-id="${event.id}"]`)).toHaveCount(1);
		await expect(page.locator(`.event-list li[data-id="${event.id}"]`)).toHaveAttribute(
			'aria-current',
			'true'
		);
		await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toContainText(
			event.title
		);
		const [from, to] = await viewDomain(page);
		const start = Date.parse(`${event.date.start}T00:00:00Z`);
		expect(start).toBeGreaterThan(from + 0.25 * (to - from));
		expect(start).toBeLessThan(to - 0.25 * (to - from));
	});

	test('copies its permalink to the clipboard', async ({ page, context, request, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const event = (await exported(request)).events[0];
		await page.goto(`/events/${event.id}`);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status')).toHaveText('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/events/${event.id}`
		);
	});

	test('without the clipboard API, the permalink is selected for copying', async ({
		page,
		request,
		baseURL
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		const event = (await exported(request)).events[0];
		await page.goto(`/events/${event.id}`);
		await page.getByRole('button', { name: 'Copy link' }).click();
		const field = page.getByRole('textbox', { name: 'Permalink' });
		await expect(field).toHaveValue(`${baseURL}/events/${event.id}`);
		await expect(page.getByRole('status')).not.toBeEmpty();
		expect(
			await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)
		).toBe(`${baseURL}/events/${event.id}`.length);
	});
});

test.describe('a source page', () => {
	test('shows the article exactly as stored, every excerpt marked and linked to its event', async ({
		page,
		request
	}) => {
		const data = await exported(request);
		for (const source of data.sources.filter((s) => s.published || s.url).slice(0, 2)) {
			await page.goto(`/sources/${source.id}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(sourceLabel(source).title);
			const body = page.locator('pre.body');
			expect(await body.textContent()).toBe(corpusBody(source.file));
			expect(await body.evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre-wrap');

			const header = page.locator('article header');
			if (source.outlet) await expect(header).toContainText(source.outlet);
			if (source.published) await expect(header).toContainText('Given in the file’s front matter');
			else await expect(header).toContainText('no publication date was found');
			if (source.url) {
				await expect(header.getByRole('link', { name: source.url })).toHaveAttribute(
					'href',
					source.url
				);
			}

			const mentions = data.events.flatMap((event) =>
				event.mentions.filter((m) => m.sourceId === source.id).map((m) => ({ event, ...m }))
			);
			expect(mentions.length).toBeGreaterThan(0);
			for (const mention of mentions) {
				// Excerpts starting at the same character share a mark; the extra ids sit just before it.
				const anchor = body.locator(`[id="m-${mention.start}-${mention.end}"]`);
				await expect(anchor).toHaveCount(1);
				const mark = body.locator(
					`mark:is([id="m-${mention.start}-${mention.end}"], [id="m-${mention.start}-${mention.end}"] ~ mark)`
				);
				await expect(mark.first().locator('a')).toHaveAttribute(
					'title',
					new RegExp(`Event: ${escape(mention.event.title)}`)
				);
				await expect(page.locator(`a[href$="/events/${mention.event.id}"]`).first()).toBeVisible();
			}
			// Keyboard readers see the event's title when a mark has focus.
			const first = body.locator('mark a').first();
			await first.focus();
			const tooltip = await first.evaluate((a) => getComputedStyle(a, '::after').content);
			expect(tooltip).toContain('Event: ');
		}
	});
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
