import { describe, expect, it } from 'vitest';
import { openingWords } from './openingWords';

describe('openingWords', () => {
	it.each([
		['  Alpha   met\nBeta. ', 3, 'Alpha met Beta.'],
		['one two three four', 2, 'one two …'],
		['', 5, '']
	])('%j, %i → %j', (text, count, expected) => expect(openingWords(text, count)).toBe(expected));
});
