import { describe, expect, it } from 'vitest';
import { readArticle } from './readArticle';

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
