import { describe, expect, it } from 'vitest';
import { wordCount } from './wordCount';

describe('wordCount', () => {
	it.each([
		['', undefined],
		['one', undefined],
		['two words', undefined],
		['  leading and trailing  ', undefined],
		['tabs\tand\nnewlines\r\nmixed', undefined],
		['non\u00a0breaking\u2009thin\u3000ideographic\ufeffbom', undefined],
		['a b c d e f g', 3],
		['a b', 5],
		['   ', 2]
	] as [string, number | undefined][])(
		'counts the pieces of split(/\\s+/) for %j',
		(text, limit) => {
			expect(wordCount(text, limit)).toBe(text.split(/\s+/, limit).length);
		}
	);

	it('agrees with split on every whitespace code point', () => {
		for (let code = 0; code < 0x10000; code++) {
			const text = `a${String.fromCharCode(code)}b`;
			expect(wordCount(text)).toBe(text.split(/\s+/).length);
		}
	});
});
