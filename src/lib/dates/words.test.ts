import { describe, expect, it } from 'vitest';
import {
	MONTH,
	WEEKDAY,
	countValue,
	dayValue,
	initialCase,
	monthNumber,
	weekdayNumber
} from './words';

describe('words', () => {
	it.each([
		['Sept.', 9],
		['sep', 9],
		['January', 1],
		['dec', 12],
		['Maybe', undefined]
	])('monthNumber(%s) = %s', (word, n) => {
		expect(monthNumber(word)).toBe(n);
	});

	it.each([
		['Sat.', 6],
		['thurs', 4],
		['Sunday', 0],
		['Sunni', undefined]
	])('weekdayNumber(%s) = %s', (word, n) => {
		expect(weekdayNumber(word)).toBe(n);
	});

	it.each([
		['a', 1],
		['three', 3],
		['12', 12],
		['dozen', undefined]
	])('countValue(%s) = %s', (word, n) => {
		expect(countValue(word)).toBe(n);
	});

	it('reads ordinal days', () => {
		expect(dayValue('21st')).toBe(21);
	});

	it('matches capitalised names only, unless the pattern ignores case', () => {
		expect(new RegExp(`^${MONTH}$`).test('March')).toBe(true);
		expect(new RegExp(`^${MONTH}$`).test('march')).toBe(false);
		expect(new RegExp(`^${MONTH}$`, 'i').test('MARCH')).toBe(true);
		expect(new RegExp(`^${WEEKDAY}`).test('Sat.')).toBe(true);
	});

	it('lets alternatives open a sentence', () => {
		expect(initialCase('on|since')).toBe('[Oo]n|[Ss]ince');
		expect(new RegExp(`^(?:${initialCase('on|since')})$`).test('Since')).toBe(true);
	});
});
