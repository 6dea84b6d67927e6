import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates/calendar';
import { ALL_FACET, CandidateIndex, dayFacets, monthFacets } from './candidateIndex';

describe('CandidateIndex', () => {
	it('finds what shares a key and a facet, each once, skipping buckets over the limit', () => {
		const index = new CandidateIndex(4);
		index.add(0, ['meeting|ana'], [1, 4]);
		index.add(1, ['meeting|ana', 'meeting|bram'], [4]);
		index.add(2, ['meeting|bram'], [7]);
		index.add(3, ['call|ana'], [4]);
		expect(index.lookup(['meeting|ana', 'meeting|bram'], [4]).sort()).toEqual([0, 1]);
		expect(index.lookup(['meeting|bram'], [4, 7]).sort()).toEqual([1, 2]);
		expect(index.lookup(['meeting|ana'], [4], 1)).toEqual([]);
		expect(index.lookup(['meeting|cleo'], [4])).toEqual([]);
	});

	it('forgets the buckets of facets before a given one', () => {
		const index = new CandidateIndex(3);
		index.add(0, ['a'], [3, 6]);
		index.add(1, ['a'], [6, 9]);
		index.add(2, ['a'], [3]);
		index.forgetFacetsBefore(6);
		expect(index.lookup(['a'], [3, 6, 9]).sort()).toEqual([0, 1]);
		index.forgetFacetsBefore(7);
		expect(index.lookup(['a'], [3, 6, 9])).toEqual([1]);
	});
});

describe('facets', () => {
	it('gives days, months and all time distinct facets', () => {
		const day = dayNumber('2020-01-31');
		const days = dayFacets(day, day + 1);
		const months = monthFacets(day, day + 1, 24);
		expect(days).toHaveLength(2);
		expect(months).toHaveLength(2);
		expect(new Set([...days, ...months, ALL_FACET]).size).toBe(5);
	});

	it('keeps facets of days long ago apart from other keys’ facets', () => {
		const index = new CandidateIndex(2);
		const old = dayNumber('1948-05-14');
		index.add(0, ['a'], dayFacets(old, old));
		index.add(1, ['b'], dayFacets(dayNumber('2020-01-01'), dayNumber('2020-01-01')));
		expect(index.lookup(['a'], dayFacets(old, old))).toEqual([0]);
		expect(index.lookup(['b'], dayFacets(old, old))).toEqual([]);
		for (const facet of [...dayFacets(old, old), ...monthFacets(old, old, 1)]) {
			expect(facet).toBeGreaterThanOrEqual(0);
		}
	});

	it.each([
		['2020-01-03', '2020-01-03', 1],
		['2019-12-30', '2020-01-02', 2],
		['2020-01-01', '2020-12-31', 12],
		['2018-01-01', '2020-12-31', 0]
	])('months of %s..%s: %i', (start, end, count) => {
		expect(monthFacets(dayNumber(start), dayNumber(end), 24)).toHaveLength(count);
	});
});
