import { describe, expect, it } from 'vitest';
import {
	nameSourcesIn,
	sourceLabel,
	sourceName,
	titleFromUrl,
	type NamedSource
} from './sourceLabel';

const source = (fields: Partial<NamedSource>): NamedSource => ({
	file: '000_0123456789abcdef.txt',
	title: null,
	outlet: null,
	url: null,
	published: null,
	...fields
});

describe('sourceName', () => {
	it.each([
		[
			'outlet, title and day from the text',
			{ outlet: 'Harbour Post', title: 'Ministers meet', published: '2020-07-22T00:20:00+04:30' },
			'Harbour Post, “Ministers meet”, 22 Jul 2020'
		],
		[
			'a title read from the address when the text has none',
			{ outlet: 'Harbour Post', url: 'https://example.org/news/164/Ministers-meet-in-Oslo' },
			'Harbour Post, “Ministers meet in Oslo”, no date'
		],
		[
			'the host as outlet when none is stated',
			{ title: 'Ministers meet', url: 'https://www.example.org/a/1', published: '2021-04-12' },
			'example.org, “Ministers meet”, 12 Apr 2021'
		],
		['the file name only when nothing else is known', {}, '000_0123456789abcdef.txt, no date'],
		[
			'a non-web address is not read',
			{ url: 'javascript:alert(1)//Ministers-meet-in-Oslo' },
			'000_0123456789abcdef.txt, no date'
		]
	])('%s', (_, fields, expected) => {
		expect(sourceName(source(fields))).toBe(expected);
	});

	it('says when the title is only the file name', () => {
		expect(sourceLabel(source({ file: 'a/b.txt' }))).toMatchObject({
			title: 'b.txt',
			titleIsFileName: true
		});
		expect(sourceLabel(source({ title: 'T' })).titleIsFileName).toBe(false);
	});
});

describe('titleFromUrl', () => {
	it.each([
		[
			'https://example.org/news/164008/US-attack-insult-to-sovereignty',
			'US attack insult to sovereignty'
		],
		['https://example.org/world/ministers_meet_in_oslo.html', 'Ministers meet in oslo'],
		['https://example.org/news/302104', null],
		['https://example.org/a-b', null],
		['https://example.org/', null]
	])('%s → %s', (url, expected) => {
		expect(titleFromUrl(new URL(url))).toBe(expected);
	});
});

describe('nameSourcesIn', () => {
	const sources = [
		{
			...source({ outlet: 'Harbour Post', title: 'Ministers meet', published: '2021-04-12' }),
			id: 'a_1'
		},
		{ ...source({ file: 'b.txt' }), id: 'a_12' }
	];

	it('replaces every "source <id>" with the citation, longest ids first', () => {
		expect(
			nameSourcesIn(
				'Source a_12 gives "On Jan. 3" without a full date; the date comes from source a_1.',
				sources
			)
		).toBe(
			'b.txt (no date) gives "On Jan. 3" without a full date; the date comes from Harbour Post’s “Ministers meet” (12 Apr 2021).'
		);
	});

	it('leaves unknown ids and other words alone', () => {
		const text = 'Source zz says so; the source a_1x is not a_1; sources a_1.';
		expect(nameSourcesIn(text, sources)).toBe(text);
		expect(nameSourcesIn('source a_1', [])).toBe('source a_1');
	});
});
