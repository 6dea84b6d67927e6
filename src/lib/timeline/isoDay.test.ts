import { describe, expect, it } from 'vitest';
import { daySpan, isoDaysOf, parseIsoDay, toIsoDay } from './isoDay';

describe('isoDay', () => {
	it('parses a day as UTC midnight and formats it back', () => {
		const date = parseIsoDay('2021-03-04');
		expect(date.toISOString()).toBe('2021-03-04T00:00:00.000Z');
		expect(toIsoDay(date)).toBe('2021-03-04');
		expect(toIsoDay(parseIsoDay('0050-01-01'))).toBe('0050-01-01');
	});

	it.each(['4 March 2021', '2021-02-30', '2021-13-01', '2021-3-4', ''])('rejects "%s"', (day) => {
		expect(() => parseIsoDay(day)).toThrow(RangeError);
	});

	it.each([
		['2020-02-28', '2020-03-01', '2020-02-28T00:00:00.000Z', '2020-03-02T00:00:00.000Z'],
		['2020-12-31', null, '2020-12-31T00:00:00.000Z', '2021-01-01T00:00:00.000Z']
	])('covers %s..%s as a half-open span', (start, end, from, to) => {
		const [a, b] = daySpan(start, end);
		expect([a.toISOString(), b.toISOString()]).toEqual([from, to]);
	});

	it.each([
		['2020-01-01T00:00:00Z', '2020-02-01T00:00:00Z', '2020-01-01', '2020-01-31'],
		['2020-01-01T06:00:00Z', '2020-01-01T18:00:00Z', '2020-01-01', '2020-01-01'],
		['2020-01-01T18:00:00Z', '2020-01-02T06:00:00Z', '2020-01-01', '2020-01-02']
	])('reports [%s, %s) as inclusive days', (from, to, dayFrom, dayTo) => {
		expect(isoDaysOf(new Date(from), new Date(to))).toEqual({ from: dayFrom, to: dayTo });
	});
});
