import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './frontMatter';
import { frontMatterPublication } from './frontMatterPublication';

describe('splitFrontMatter', () => {
	it('returns the whole text as body when there is no front matter', () => {
		expect(splitFrontMatter('Title\n\nBody')).toEqual({
			ok: true,
			frontMatter: null,
			body: 'Title\n\nBody'
		});
	});

	it('parses the fields and keeps the body after the closing line byte-for-byte', () => {
		const text = '---\r\noutlet: Daily Planet\r\nurl: https://example.org/a\r\n---\r\nHead\r\nBody';
		const result = splitFrontMatter(text);
		expect(result).toEqual({
			ok: true,
			frontMatter: { outlet: 'Daily Planet', url: 'https://example.org/a' },
			body: 'Head\r\nBody'
		});
	});

	it.each([
		['no closing line', '---\ntitle: x\nBody text', "no closing '---' line"],
		['invalid YAML', '---\ntitle: [unclosed\n---\nBody', 'not valid YAML'],
		['a list instead of fields', '---\n- a\n- b\n---\nBody', 'list of "field: value" lines'],
		[
			'a date that is not a date',
			'---\npublished: next Tuesday\n---\nBody',
			`field 'published' "next Tuesday" is not a date`
		],
		['an impossible day', '---\npublished: 2021-02-30\n---\nBody', "field 'published'"],
		['a bad URL', '---\nurl: example dot com\n---\nBody', "field 'url'"],
		['an unknown zone', '---\ntimezone: Mars/Olympus\n---\nBody', 'not an IANA time zone'],
		[
			'an alias bomb',
			`---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nBody`,
			'front matter YAML refused: Excessive alias count'
		],
		['a misspelt field', '---\npublshed: 2021-02-06\n---\nBody', "unknown front matter field 'publshed'"]
	])('reports %s', (_name, text, reason) => {
		const result = splitFrontMatter(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(reason);
	});
});

describe('frontMatterPublication', () => {
	it.each([
		[
			{ published: '2021-02-06T13:47:00+03:30' },
			{ iso: '2021-02-06T13:47:00+03:30', day: '2021-02-06', timeZone: '+03:30', hasTime: true }
		],
		[
			{ published: '2021-04-12T05:35:00Z' },
			{ iso: '2021-04-12T05:35:00+00:00', day: '2021-04-12', timeZone: 'UTC', hasTime: true }
		],
		[
			// Iran kept daylight saving time until 2022: +04:30 in July 2020, +03:30 in December.
			{ published: '2020-07-22T00:20', timezone: 'Asia/Tehran' },
			{
				iso: '2020-07-22T00:20:00+04:30',
				day: '2020-07-22',
				timeZone: 'Asia/Tehran',
				hasTime: true
			}
		],
		[
			{ published: '2022-12-22T00:20', timezone: 'Asia/Tehran' },
			{
				iso: '2022-12-22T00:20:00+03:30',
				day: '2022-12-22',
				timeZone: 'Asia/Tehran',
				hasTime: true
			}
		],
		[
			{ published: '2019-03-11' },
			{ iso: '2019-03-11T00:00:00+00:00', day: '2019-03-11', timeZone: null, hasTime: false }
		]
	])('reads %o', (frontMatter, expected) => {
		expect(frontMatterPublication(frontMatter)).toMatchObject({
			...expected,
			origin: 'front-matter'
		});
	});

	it('gives null without a published field', () => {
		expect(frontMatterPublication({ outlet: 'x' })).toBeNull();
	});
});
