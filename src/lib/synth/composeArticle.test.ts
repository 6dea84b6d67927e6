import { describe, expect, it } from 'vitest';
import { readPublication } from '../dates/index';
import { composeArticle } from './composeArticle';
import { createWorld } from './world';
import { worldEvent } from './worldEvent';

describe('composeArticle', () => {
	const world = createWorld('articles');
	const articles = Array.from({ length: 200 }, (_, i) => composeArticle(world, 'articles', i, 80));

	it('is a function of (world, seed, index, event count)', () => {
		expect(composeArticle(world, 'articles', 5, 80)).toEqual(articles[5]);
		expect(composeArticle(world, 'other', 5, 80).text).not.toBe(articles[5].text);
	});

	it('writes news-length articles with a title, a dateline lead and boilerplate', () => {
		for (const article of articles) {
			const words = article.text.split(/\s+/).length;
			expect(words).toBeGreaterThan(230);
			expect(words).toBeLessThan(420);
			expect(article.fileName).toMatch(/^\d{6}_[a-z0-9-]+\.txt$/);
			expect(article.text).toContain(`${article.title}\n`);
			expect(article.text).toMatch(/\n\n[A-Z][A-Z -]+(, [A-Z][a-z]{2} \d+ \([A-Z]+\))? - [A-Z]/);
			expect(article.text).toContain(article.outlet.relatedHeading);
		}
	});

	it('names the event’s officials in one of their spellings', () => {
		for (const article of articles) {
			const event = worldEvent(world, 'articles', article.eventIndex);
			const named = (official: typeof event.host) =>
				official.names.some((name) => article.text.includes(name));
			// A statement is the host's alone, an attack names the group blamed.
			if (event.type === 'attack') expect(article.text).toContain(event.attacker);
			else expect(event.type === 'statement' ? named(event.host) : named(event.guest)).toBe(true);
		}
	});

	it('stamps dated articles with a header that reads back as their publication, after the event', () => {
		let dated = 0;
		for (const article of articles) {
			const { publication } = readPublication(article.text);
			if (!article.dated) {
				expect(publication).toBeNull();
				continue;
			}
			dated++;
			expect(publication, article.fileName).not.toBeNull();
			// Some stamps stop at the minute.
			const minute = (iso: string) => Math.floor(new Date(iso).getTime() / 60_000);
			expect(minute(publication!.iso)).toBe(minute(article.published));
			const event = worldEvent(world, 'articles', article.eventIndex);
			if (article.planned) expect(publication!.day < event.day).toBe(true);
			else expect(publication!.day >= event.day).toBe(true);
		}
		expect(dated).toBeGreaterThan(120);
	});

	it('reports most events in several articles, some ahead of time', () => {
		const perEvent = new Map<number, number>();
		for (const article of articles)
			perEvent.set(article.eventIndex, (perEvent.get(article.eventIndex) ?? 0) + 1);
		expect([...perEvent.values()].filter((count) => count > 1).length).toBeGreaterThan(40);
		expect(articles.filter((article) => article.planned).length).toBeGreaterThan(5);
	});
});
