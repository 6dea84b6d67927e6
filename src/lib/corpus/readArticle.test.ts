import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, readArticle } from './readArticle';

const PROSE = 'The two foreign ministers met on Monday to discuss trade and regional security.';
const HEADLINE = 'Foreign ministers meet for trade talks in the capital';

function titleOf(text: string): string | null {
	const read = readArticle('a.txt', new TextEncoder().encode(text));
	if (!read.ok) throw new Error(read.reason);
	return read.article.meta.title;
}

describe('readArticle: the headline', () => {
	it.each([
		['on the first line', `${HEADLINE}\n\n${PROSE}\n\n${PROSE}\n`, HEADLINE],
		['below site chrome', `News :: World :: Sport\n\n${HEADLINE}\n\n${PROSE}\n`, HEADLINE],
		['in a short article without a final newline', `${HEADLINE}\n${PROSE}`, HEADLINE],
		// Past the head that is read first: found by reading the whole body.
		['below twenty blank lines', `${'\n'.repeat(20)}${HEADLINE}\n\n${PROSE}\n`, HEADLINE],
		['none: the text starts with a paragraph', `${PROSE}\n\n${HEADLINE}\n\n${PROSE}\n`, null],
		['none in a long article', `${PROSE}\n\n`.repeat(30), null]
	])('%s', (_, text, expected) => {
		expect(titleOf(text)).toBe(expected);
	});

	it('takes the front matter title over the text', () => {
		expect(titleOf(`---\ntitle: Given title\n---\n${HEADLINE}\n\n${PROSE}\n`)).toBe('Given title');
	});
});

describe('readArticle: a title too long to be one', () => {
	it.each([
		['a front matter title of 2 MB', `---\ntitle: ${'word '.repeat(400_000)}end\n---\n${PROSE}\n`],
		['a front matter title without spaces', `---\ntitle: ${'x'.repeat(5000)}\n---\n${PROSE}\n`],
		['a headline of 2,000 characters', `${'Ministers meet again '.repeat(100)}\n\n${PROSE}\n`]
	])('%s is cut at a word, with an ellipsis', (_, text) => {
		const title = titleOf(text);
		expect(title).not.toBeNull();
		expect(title!.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
		expect(title!.length).toBeGreaterThan(MAX_TITLE_CHARS / 2);
		expect(title!.endsWith('…')).toBe(true);
		expect(title).not.toMatch(/\s…$/);
	});

	it('keeps a title at the limit as it is', () => {
		const exact = 'y'.repeat(MAX_TITLE_CHARS);
		expect(titleOf(`---\ntitle: ${exact}\n---\n${PROSE}\n`)).toBe(exact);
	});
});

describe('readArticle: bidi controls in the title and outlet', () => {
	it('isolates them, so that they reorder nothing shown beside them', () => {
		const read = readArticle(
			'a.txt',
			new TextEncoder().encode(`---\ntitle: Talks \u202eon trade\noutlet: Daily \u202bPost\n---\n${PROSE}\n`)
		);
		if (!read.ok) throw new Error(read.reason);
		expect(read.article.meta.title).toBe('\u2068Talks \u202eon trade\u202c\u2069');
		expect(read.article.meta.outlet).toBe('\u2068Daily \u202bPost\u202c\u2069');
	});
});
