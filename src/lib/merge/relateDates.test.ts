import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates/calendar';
import { isPrecise, relateDates, type DateFacts } from './relateDates';

/** `2020-01-03`, `2020-01-01..2020-04-30`, `~…` for approximate, or a partial, or undated. */
function facts(spec: string | DateFacts['partial'] | null): DateFacts {
	if (typeof spec !== 'string') {
		return { start: null, end: null, approximate: false, partial: spec ?? undefined };
	}
	const approximate = spec.startsWith('~');
	const [start, end = start] = spec.replace('~', '').split('..');
	return { start: dayNumber(start), end: dayNumber(end), approximate, partial: undefined };
}

describe('relateDates', () => {
	it.each([
		{ why: 'same day', a: '2020-01-03', b: '2020-01-03', relation: 'overlap' },
		{
			why: 'a day inside a coarse interval',
			a: '2020-01-03',
			b: '2020-01-01..2020-04-30',
			relation: 'overlap'
		},
		{
			why: 'overlapping spans',
			a: '2019-03-11..2019-03-13',
			b: '2019-03-13..2019-03-15',
			relation: 'overlap'
		},
		{ why: 'two precise days a day apart', a: '2021-03-02', b: '2021-03-03', relation: 'conflict' },
		{
			why: 'two precise days two days apart',
			a: '2021-03-01',
			b: '2021-03-03',
			relation: 'conflict'
		},
		{ why: 'two precise days three days apart', a: '2021-03-01', b: '2021-03-04', relation: null },
		{ why: 'same people months later', a: '2020-09-26', b: '2021-02-03', relation: null },
		{
			why: 'an approximate bound does not conflict',
			a: '~2021-03-05..2021-03-06',
			b: '2021-03-08',
			relation: null
		},
		{ why: 'a month next to a day', a: '2021-02-01..2021-02-28', b: '2021-03-01', relation: null },
		{
			why: 'year-less day in a coarse interval',
			a: { month: 1, day: 3 },
			b: '2020-01-01..2020-04-30',
			relation: 'completes'
		},
		{
			why: 'year-less day on that day',
			a: { month: 1, day: 3 },
			b: '2020-01-03',
			relation: 'completes'
		},
		{
			why: 'year-less day on another day',
			a: { month: 1, day: 3 },
			b: '2020-01-04',
			relation: null
		},
		{
			why: 'year-less day, interval over a year',
			a: { month: 1, day: 3 },
			b: '2015-01-01..2020-12-31',
			relation: null
		},
		{ why: 'weekday on that weekday', a: { weekday: 2 }, b: '2020-07-21', relation: 'completes' },
		{ why: 'weekday on another weekday', a: { weekday: 6 }, b: '2020-07-21', relation: null },
		{
			why: 'weekday in a month',
			a: { weekday: 4 },
			b: '2023-04-01..2023-04-30',
			relation: 'completes'
		},
		{
			why: 'weekday in a wide approximate bound',
			a: { weekday: 6 },
			b: '~2021-01-01..2021-02-06',
			relation: null
		},
		{
			why: 'weekday in a short approximate bound',
			a: { weekday: 6 },
			b: '~2021-02-06',
			relation: null
		},
		{ why: 'weekday in a year', a: { weekday: 6 }, b: '2021-01-01..2021-12-31', relation: null },
		{
			why: 'two equal year-less days',
			a: { month: 1, day: 3 },
			b: { month: 1, day: 3 },
			relation: 'completes'
		},
		{ why: 'two different weekdays', a: { weekday: 1 }, b: { weekday: 2 }, relation: null },
		{ why: 'no date against a day', a: null, b: '2020-01-03', relation: 'undated' },
		{
			why: 'no date against a year-less day',
			a: null,
			b: { month: 1, day: 3 },
			relation: 'undated'
		}
	] as {
		why: string;
		a: string | DateFacts['partial'] | null;
		b: string | DateFacts['partial'] | null;
		relation: string | null;
	}[])('$why', ({ a, b, relation }) => {
		expect(relateDates(facts(a), facts(b))).toBe(relation);
		expect(relateDates(facts(b), facts(a))).toBe(relation);
	});

	it('uses the single-day fast path and the general path alike', () => {
		const single = { ...facts('2020-07-21'), single: { month: 7, day: 21, weekday: 2 } };
		for (const partial of [
			{ weekday: 2 },
			{ weekday: 3 },
			{ month: 7, day: 21 },
			{ month: 7, day: 22 }
		]) {
			expect(relateDates(facts(partial), single)).toBe(
				relateDates(facts(partial), facts('2020-07-21'))
			);
		}
	});
});

describe('isPrecise', () => {
	it.each([
		['2020-01-03', true],
		['2021-03-18..2021-03-19', true],
		['2019-03-11..2019-03-13', true],
		['2019-03-11..2019-03-14', false],
		['~2021-04-12', false],
		[null, false]
	])('%s: %s', (spec, expected) => {
		expect(isPrecise(facts(spec))).toBe(expected);
	});
});
