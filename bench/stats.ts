/** Order statistics of repeated measurements: on a shared, noisy machine medians and tails. */
import { max, median, quantile } from 'd3-array';

export interface Spread {
	n: number;
	p50: number;
	p95: number;
	max: number;
}

/** Median, 95th percentile and maximum of `samples` (all NaN when there are none). */
export function spread(samples: readonly number[]): Spread {
	return {
		n: samples.length,
		p50: median(samples) ?? NaN,
		p95: quantile(samples, 0.95) ?? NaN,
		max: max(samples) ?? NaN
	};
}

/** The median of `samples`, NaN when there are none. */
export function medianOf(samples: readonly number[]): number {
	return median(samples) ?? NaN;
}
