import { describe, expect, it } from 'vitest';
import { publicationFromIso } from './publicationFromIso';
import { reportedBy } from './reportedBy';

describe('reportedBy', () => {
	it.each([
		['2021-04-12T05:35:00Z', '2021-04-05', 'Mon 12 Apr 2021'],
		['2021-03-03T23:00:00-05:00', '2021-02-24', 'Wed 3 Mar 2021'],
		['2020-01-02', '2019-12-26', 'Thu 2 Jan 2020']
	])('published %s → the week up to the publication day', (iso, start, words) => {
		const publication = publicationFromIso(iso);
		const date = reportedBy(publication);
		expect(date).toMatchObject({
			start,
			end: publication?.day,
			precision: 'range',
			derivation: 'relative-to-publication',
			approximate: true,
			text: ''
		});
		expect(date.explanation).toContain(words);
	});

	it('has no interval without a publication date', () => {
		expect(reportedBy(null)).toMatchObject({
			start: null,
			end: null,
			precision: 'unknown',
			derivation: 'unresolved',
			approximate: false
		});
	});
});
