import { describe, expect, it } from 'vitest';
import { LEGISLATURE_CLASS_WORDS, LEGISLATURE_NAMES, PARLIAMENT_NAMES } from './legislatures';

describe('legislature names', () => {
	it.each([
		// A common name's head is a class word; its modifiers and complement are not.
		['house', true],
		['chamber', true],
		['assembly', true],
		['lower', false],
		['national', false],
		['of', false],
		['representatives', false],
		// Every word of a national name names it alone.
		['rada', true],
		['verkhovna', true],
		['sabha', true],
		// Kept out of the class: members, and a council that votes.
		['senators', false],
		['council', false],
		['diet', true]
	])('"%s" is a legislature class word: %s', (word, expected) => {
		expect(LEGISLATURE_CLASS_WORDS.includes(word)).toBe(expected);
	});

	it.each([
		['lok sabha', true],
		['security council', true],
		['senators', true],
		['diet', false],
		['cortes', false]
	])('"%s" is a whole legislature name: %s', (name, expected) => {
		expect(LEGISLATURE_NAMES.includes(name)).toBe(expected);
	});

	it('keeps a state parliament to the common names, which the whole names include', () => {
		expect(PARLIAMENT_NAMES).toContain('upper chamber');
		expect(PARLIAMENT_NAMES).not.toContain('knesset');
		expect(PARLIAMENT_NAMES.every((name) => LEGISLATURE_NAMES.includes(name))).toBe(true);
	});

	it('lists each class word once', () => {
		expect(new Set(LEGISLATURE_CLASS_WORDS).size).toBe(LEGISLATURE_CLASS_WORDS.length);
	});
});
