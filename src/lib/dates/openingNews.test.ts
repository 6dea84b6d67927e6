import { describe, expect, it } from 'vitest';
import { openingNews } from './openingNews';
import { publicationFromIso } from './publicationFromIso';

describe('openingNews', () => {
	it.each([
		['2021-04-12T05:35:00Z', '2021-04-05', 'Mon 12 Apr 2021, 05:35 UTC'],
		['2021-03-03T23:00:00-05:00', '2021-02-24', 'Wed 3 Mar 2021, 23:00'],
		['2020-01-02', '2019-12-26', 'Thu 2 Jan 2020']
	])('published %s → by that day, from a week before', (iso, start, words) => {
		const publication = publicationFromIso(iso)!;
		const date = openingNews(publication);
		expect(date).toMatchObject({
			start,
			end: publication.day,
			precision: 'range',
			derivation: 'relative-to-publication',
			approximate: true,
			text: ''
		});
		expect(date.explanation).toContain(words);
	});
});
