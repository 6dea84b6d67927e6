import { describe, expect, it } from 'vitest';
import type { Publication } from '../types';
import { publicationReading } from './publicationReading';

const publication = (fields: Partial<Publication>): Publication => ({
	iso: '2020-07-22T00:20:00+04:30',
	day: '2020-07-22',
	timeZone: 'Asia/Tehran',
	hasTime: true,
	text: 'Jul 22, 2020 00:20 Asia/Tehran',
	origin: 'header',
	...fields
});

describe('publicationReading', () => {
	it.each([
		[
			{},
			'Read from the date line “Jul 22, 2020 00:20 Asia/Tehran” at the top of the article. Times are Tehran time (Asia/Tehran).'
		],
		[
			{
				origin: 'front-matter',
				text: 'front matter: published 2021-04-12T05:35:00Z',
				timeZone: 'UTC'
			},
			'Given in the file’s front matter as “published 2021-04-12T05:35:00Z”. Times are UTC.'
		],
		[{ timeZone: '+03:30' }, 'Times are UTC+03:30.'],
		[
			{ timeZone: null, hasTime: false },
			'No time zone is stated, so UTC is assumed. No time of day is given.'
		]
	] as const)('%j', (fields, expected) => {
		const words = publicationReading(publication(fields));
		expect(words).toContain(expected);
		expect(words).toMatch(/counted from this day\.$/);
		expect(words).not.toMatch(/\d+–\d+|characters/);
	});
});
