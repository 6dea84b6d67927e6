import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, monthOf, weekdayOf, yearOf } from '../dates/calendar';
import { datePhrase } from './datePhrase';
import { createPrng } from './prng';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const monthIndex = (word: string) =>
	MONTHS.findIndex((month) => month.startsWith(word.replace('.', '').slice(0, 3))) + 1;

/** Checks that `phrase`, written on `reference`, is true of `day`; returns the rule that applied. */
function check(phrase: string, day: string, reference: string): string {
	const ago = dayNumber(reference) - dayNumber(day);
	const monthsAgo = (yearOf(reference) - yearOf(day)) * 12 + monthOf(reference) - monthOf(day);
	let m: RegExpExecArray | null;
	if (phrase === 'today' || phrase === 'earlier today') return (expect(ago).toBe(0), 'today');
	if (phrase === 'yesterday') return (expect(ago).toBe(1), 'yesterday');
	if (phrase === 'tomorrow') return (expect(ago).toBe(-1), 'tomorrow');
	if (phrase === 'last month') return (expect(monthsAgo).toBe(1), 'last month');
	if (phrase === 'last week') {
		const monday = dayNumber(reference) - ((weekdayOf(reference) + 6) % 7);
		expect(dayNumber(day)).toBeGreaterThanOrEqual(monday - 7);
		expect(dayNumber(day)).toBeLessThan(monday);
		return 'last week';
	}
	if ((m = /^(?:late )?on (\w+day)(?: morning| afternoon| evening)?$/.exec(phrase))) {
		expect(WEEKDAYS[weekdayOf(day)]).toBe(m[1]);
		expect(Math.abs(ago)).toBeLessThanOrEqual(6);
		return 'weekday';
	}
	if ((m = /^in (\w+)$/.exec(phrase))) {
		expect(monthIndex(m[1])).toBe(monthOf(day));
		expect(monthsAgo).toBeGreaterThan(1);
		expect(monthsAgo).toBeLessThan(12);
		return 'month';
	}
	if ((m = /^on (?:([A-Z][a-z]+\.?) (\d+)|(\d+) ([A-Z][a-z]+))(?:,? (\d{4}))?$/.exec(phrase))) {
		expect(monthIndex(m[1] ?? m[4])).toBe(monthOf(day));
		expect(Number(m[2] ?? m[3])).toBe(+day.slice(8, 10));
		if (m[5]) expect(Number(m[5])).toBe(yearOf(day));
		return m[5] ? 'full date' : 'day and month';
	}
	throw new Error(`unexpected phrase ${JSON.stringify(phrase)}`);
}

describe('datePhrase', () => {
	it.each([
		['2020-07-21', '2020-07-22'],
		['2020-07-22', '2020-07-22'],
		['2021-03-18', '2021-03-24'],
		['2021-03-20', '2021-03-17'],
		['2019-12-30', '2020-01-02'],
		['2020-01-03', '2021-02-06'],
		['2020-09-26', '2020-11-02']
	])('describes %s truly as seen from %s', (day, reference) => {
		const prng = createPrng(`${day}/${reference}`);
		for (let i = 0; i < 40; i++) check(datePhrase(day, reference, prng), day, reference);
	});

	it('uses every kind of wording across many dates', () => {
		const prng = createPrng('kinds');
		const kinds = new Set<string>();
		for (let i = 0; i < 3000; i++) {
			const reference = addDays('2018-01-01', prng.int(0, 1500));
			const day = addDays(reference, -prng.int(-6, 200));
			kinds.add(check(datePhrase(day, reference, prng), day, reference));
		}
		expect([...kinds].sort()).toEqual(
			[
				'day and month',
				'full date',
				'last month',
				'last week',
				'month',
				'today',
				'tomorrow',
				'weekday',
				'yesterday'
			].sort()
		);
	});
});
