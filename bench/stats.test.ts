import { describe, expect, it } from 'vitest';
import { medianOf, spread } from './stats';

describe('spread', () => {
	it.each([
		[[5], { n: 1, p50: 5, p95: 5, max: 5 }],
		[[3, 1, 2], { n: 3, p50: 2, p95: 2.9, max: 3 }],
		[Array.from({ length: 100 }, (_, i) => i + 1), { n: 100, p50: 50.5, p95: 95.05, max: 100 }]
	])('of %j', (samples, expected) => {
		const result = spread(samples);
		expect(result.n).toBe(expected.n);
		expect(result.p50).toBeCloseTo(expected.p50);
		expect(result.p95).toBeCloseTo(expected.p95);
		expect(result.max).toBe(expected.max);
	});

	it('is NaN without samples rather than a made-up zero', () => {
		expect(spread([]).p95).toBeNaN();
		expect(medianOf([])).toBeNaN();
		expect(medianOf([4, 1, 10, 2])).toBe(3);
	});
});
