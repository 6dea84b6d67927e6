import { describe, expect, it } from 'vitest';
import { postAt, postDate, readLiveBlogPosts } from './liveBlogPosts';
import { publicationFromIso } from './publicationFromIso';

const publication = publicationFromIso('2024-09-10T21:00:00+02:00')!;

/** The days and stamps of the entries the body's lines make, in order. */
function entries(lines: string[]) {
	return readLiveBlogPosts(lines.join('\n'), publication).map((p) => `${p.day} ${p.stamp}`);
}

describe('readLiveBlogPosts', () => {
	it.each<[string, string[], string[]]>([
		[
			'entries of one day take the publication day',
			['19:20', 'The envoys left the hall.', '', '17:05', 'Talks resumed after lunch.'],
			['2024-09-10 19:20', '2024-09-10 17:05']
		],
		[
			'update stamps and twelve-hour times are entries too',
			['Updated 14:05 GMT', 'The vote passed.', '4.40pm', 'The speaker closed the session.'],
			['2024-09-10 14:05', '2024-09-10 4.40pm']
		],
		[
			'entries under a day header take its day',
			[
				'Monday 9 September',
				'09:00',
				'Delegates arrived.',
				'Tuesday, September 10',
				'10:15',
				'The summit opened.',
				'11:30',
				'The host spoke.'
			],
			['2024-09-09 09:00', '2024-09-10 10:15', '2024-09-10 11:30']
		],
		[
			'a day header whose weekday does not fit is none',
			['Friday 9 September', '09:00', 'Delegates arrived.', '10:15', 'The summit opened.'],
			['2024-09-10 09:00', '2024-09-10 10:15']
		],
		[
			'a time that opens a paragraph before a dash is an entry',
			['16:40 — The envoys left the hall.', '', '15:05 BST | Talks resumed after lunch.'],
			['2024-09-10 16:40', '2024-09-10 15:05']
		],
		[
			'a time right before the entry’s first capitalised word is an entry',
			['16:40 The envoys left the hall.', '', '15:05 Talks resumed after lunch.'],
			['2024-09-10 16:40', '2024-09-10 15:05']
		],
		['one time stamp line makes no live blog', ['08:30', 'The minister landed.'], []],
		[
			'times inside sentences are no entries',
			['The talks began at 10:00 and ended at 13:30.', 'They resume at 09:00 - or later.'],
			[]
		]
	])('%s', (_, lines, expected) => {
		expect(entries(lines)).toEqual(expected);
	});

	it('finds nothing without a publication date', () => {
		expect(readLiveBlogPosts('09:00\nDelegates arrived.\n10:15\nIt opened.', null)).toEqual([]);
	});
});

describe('postAt and postDate', () => {
	const body = 'Live: the summit\n09:00\nDelegates arrived.\n10:15\nThe summit opened.';
	const posts = readLiveBlogPosts(body, publication);

	it.each<[string, string | undefined]>([
		['Live: the summit', undefined],
		['Delegates arrived.', '09:00'],
		['The summit opened.', '10:15']
	])('%s lies in the entry of %s', (text, stamp) => {
		expect(postAt(posts, body.indexOf(text))?.stamp).toBe(stamp);
	});

	it("dates an entry's event by the entry's day and says so", () => {
		const date = postDate(posts[1]);
		expect(date).toMatchObject({
			start: '2024-09-10',
			end: '2024-09-10',
			precision: 'day',
			derivation: 'relative-to-publication',
			approximate: false
		});
		expect(date.explanation).toContain('live-blog entry posted at 10:15 on Tue 10 Sep 2024');
	});
});
