import { describe, expect, it } from 'vitest';
import { monthWindow, readMonthParam, readYearMonth } from './monthWindow';

describe('monthWindow', () => {
	it.each([
		[2020, 7, '2020-07-01', '2020-07-31'],
		[2020, 2, '2020-02-01', '2020-02-29'],
		[2021, 2, '2021-02-01', '2021-02-28'],
		[1999, 12, '1999-12-01', '1999-12-31'],
		[2021, 4, '2021-04-01', '2021-04-30'],
		[0, 2, '0000-02-01', '0000-02-29'],
		[99, 12, '0099-12-01', '0099-12-31']
	])('%i-%i is %s to %s', (year, month, from, to) => {
		expect(monthWindow(year, month)).toEqual({ from, to });
	});
});

describe('readYearMonth', () => {
	it.each([
		['2020', '07', '2020-07-01'],
		['2020', '7', '2020-07-01'],
		['1900', '12', '1900-12-01']
	])('reads /%s/%s', (year, month, from) => {
		const reading = readYearMonth(year, month);
		expect(reading.ok && reading.window.from).toBe(from);
	});

	it.each([
		['2020', '13', 'from 01 to 12'],
		['2020', '00', 'from 01 to 12'],
		['2020', '007', 'from 01 to 12'],
		['20201', '07', 'four digits'],
		['20', '07', 'four digits']
	])('rejects /%s/%s saying what is wrong', (year, month, message) => {
		const reading = readYearMonth(year, month);
		expect(reading.ok).toBe(false);
		if (!reading.ok) expect(reading.message).toContain(message);
	});
});

describe('readMonthParam', () => {
	it('reads the value a month input submits', () => {
		expect(readMonthParam('2021-02')).toEqual({
			ok: true,
			window: { from: '2021-02-01', to: '2021-02-28' }
		});
	});

	it.each(['July', '2021-13', '2021/02', ''])('rejects %j', (value) => {
		expect(readMonthParam(value).ok).toBe(false);
	});
});
