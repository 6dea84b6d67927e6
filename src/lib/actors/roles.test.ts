import { describe, expect, it } from 'vitest';
import { describedClasses } from './roles';

describe('describedClasses', () => {
	it.each([
		['premier', ['prime minister']],
		['Ministers', ['foreign minister', 'minister', 'prime minister']],
		['diplomats', ['foreign minister', 'envoy']],
		['pontiff', ['cleric']],
		['prince', ['ruler']],
		['farmer', []],
		// Words that name an object's inherited properties are not descriptions.
		['constructor', []],
		['toString', []],
		['__proto__', []]
	])('%s → %j', (head, classes) => {
		expect(describedClasses(head)).toEqual(classes);
	});
});
