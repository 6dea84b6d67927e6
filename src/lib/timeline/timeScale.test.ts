import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { utcScale } from './timeScale';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('utcScale', () => {
	const cases: [string, string, string, [number, number]][] = [
		['a year on a wide screen', '2020-01-01', '2021-01-01', [0, 1280]],
		['a week on a phone', '2021-03-01', '2021-03-08', [0, 343]],
		['a century', '1950-01-01', '2050-01-01', [0, 900]],
		['a reversed range', '2020-01-01', '2020-02-01', [800, 0]]
	];

	it.each(cases)('maps and inverts %s as d3 scaleUtc does', (_, from, to, range) => {
		const ours = utcScale([utc(from), utc(to)], range);
		const d3 = scaleUtc()
			.domain([utc(from), utc(to)])
			.range(range);
		const span = +utc(to) - +utc(from);
		for (const share of [-0.5, 0, 0.137, 0.5, 0.999, 1, 1.7]) {
			const instant = +utc(from) + share * span;
			expect(ours(instant)).toBe(d3(instant));
			expect(ours(new Date(instant))).toBe(d3(new Date(instant)));
		}
		for (const px of [-40, 0, 17.5, range[1] / 2, range[1], 2000]) {
			expect(+ours.invert(px)).toBe(+d3.invert(px));
		}
		expect(ours.domain()).toEqual(d3.domain());
	});

	it('takes a domain in fractional milliseconds as d3 does, rounded', () => {
		const ours = utcScale([0.4, 1000.6], [0, 100]);
		const d3 = scaleUtc().domain([0.4, 1000.6]).range([0, 100]);
		expect(ours(500)).toBe(d3(500));
		expect(ours.domain()).toEqual(d3.domain());
	});

	it.each(cases)('ticks %s as d3 scaleUtc does', (_, from, to, range) => {
		const ours = utcScale([utc(from), utc(to)], range);
		const d3 = scaleUtc()
			.domain([utc(from), utc(to)])
			.range(range);
		for (const count of [2, 5, 10, 24]) {
			expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
		}
	});

	it('puts a one-instant domain in the middle of the range', () => {
		const day = utc('2020-05-05');
		const ours = utcScale([day, day], [0, 400]);
		expect(ours(day)).toBe(200);
		expect(ours(utc('2021-01-01'))).toBe(
			scaleUtc().domain([day, day]).range([0, 400])(utc('2021-01-01'))
		);
	});
});
