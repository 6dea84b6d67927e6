import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER } from '../actors/gazetteer';
import { extractionExport } from './extractionExport';

const encode = (text: string) => new TextEncoder().encode(text);

const ARTICLE = `Ministers meet in Quito

Published: 2024-03-05 10:00 UTC

QUITO - Ecuadorian Foreign Minister Gabriela Sommerfeld met her Peruvian counterpart Javier González-Olaechea in Quito on Monday. Earlier, Sommerfeld spoke by phone with Colombian Foreign Minister Luis Gilberto Murillo.
`;

describe('extractionExport', () => {
	const exported = extractionExport(
		[
			{ file: 'quito.txt', bytes: encode(ARTICLE) },
			{ file: 'empty.txt', bytes: encode('   \n') }
		],
		EMPTY_GAZETTEER
	);

	it('lists readable sources with their publication', () => {
		expect(exported.sources.map((s) => [s.file, s.published])).toEqual([
			['quito.txt', '2024-03-05T10:00:00+00:00']
		]);
	});

	it('keeps each mention of an article as its own event, with excerpts into the body', () => {
		expect(exported.events.map((e) => e.type)).toEqual(['meeting', 'phone_call']);
		for (const event of exported.events) {
			for (const m of event.mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.excerpt);
		}
		expect(new Set(exported.events.map((e) => e.id)).size).toBe(2);
	});

	it('gives two files whose names slug alike a source id each, as ingest does', () => {
		const { sources } = extractionExport(
			[
				{ file: 'a b.txt', bytes: encode(ARTICLE) },
				{ file: 'a-b.txt', bytes: encode(ARTICLE) }
			],
			EMPTY_GAZETTEER
		);
		const [first, second] = sources.map((s) => s.id);
		expect(first).toBe('a-b');
		expect(second).toMatch(/^a-b-[0-9a-f]{6}$/);
	});
});
