import { describe, expect, it } from 'vitest';
import {
	clampDomain,
	domainShowing,
	interpolateDomain,
	panDomain,
	zoomDomainAbout,
	type Domain,
	type ZoomLimits
} from './zoomDomain';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const open: ZoomLimits = { minSpan: 6 * HOUR, maxSpan: 36_500 * DAY, bounds: null };
const bounded: ZoomLimits = { ...open, bounds: [0, 1000 * DAY] };

/** Deterministic pseudo-random numbers so failures reproduce. */
function random(seed: number) {
	return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('zoomDomainAbout', () => {
	it('keeps the instant under the pivot fixed', () => {
		const next = random(7);
		for (let i = 0; i < 200; i++) {
			const from = next() * 500 * DAY;
			const domain: Domain = [from, from + (1 + next() * 300) * DAY];
			const fraction = next();
			const factor = 0.5 + next() * 3;
			const pivot = domain[0] + fraction * (domain[1] - domain[0]);
			const [a, b] = zoomDomainAbout(domain, fraction, factor, open);
			expect(a + fraction * (b - a)).toBeCloseTo(pivot, -1);
			expect(b - a).toBeCloseTo((domain[1] - domain[0]) / factor, -1);
		}
	});

	it.each([
		['in past the narrowest span', 1e6, 6 * HOUR],
		['out past the widest span', 1e-6, 36_500 * DAY]
	])('stops zooming %s', (_, factor, span) => {
		const [a, b] = zoomDomainAbout([10 * DAY, 20 * DAY], 0.3, factor, open);
		expect(b - a).toBeCloseTo(span, -1);
	});

	it('moves the view back inside the bounds when zooming out at an edge', () => {
		const [a, b] = zoomDomainAbout([0, 100 * DAY], 0, 0.5, bounded);
		expect([a, b]).toEqual([0, 200 * DAY]);
	});
});

describe('panDomain and clampDomain', () => {
	it.each([
		['later', 0.5, [55 * DAY, 155 * DAY]],
		['earlier past the start', -2, [0, 100 * DAY]],
		['later past the end', 20, [900 * DAY, 1000 * DAY]]
	] as const)('pans %s', (_, fraction, expected) => {
		expect(panDomain([5 * DAY, 105 * DAY], fraction, bounded)).toEqual(expected);
	});

	it('centres a view wider than the bounds on them', () => {
		expect(clampDomain([0, 2000 * DAY], bounded)).toEqual([-500 * DAY, 1500 * DAY]);
	});

	it('never lets a random walk leave the limits', () => {
		const next = random(3);
		let domain: Domain = [100 * DAY, 200 * DAY];
		for (let i = 0; i < 500; i++) {
			domain =
				next() < 0.5
					? panDomain(domain, (next() - 0.5) * 6, bounded)
					: zoomDomainAbout(domain, next(), 2 ** ((next() - 0.5) * 8), bounded);
			const span = domain[1] - domain[0];
			expect(span).toBeGreaterThanOrEqual(bounded.minSpan - 1);
			expect(span).toBeLessThanOrEqual(bounded.maxSpan + 1);
			if (span < 1000 * DAY) {
				expect(domain[0]).toBeGreaterThanOrEqual(-1);
				expect(domain[1]).toBeLessThanOrEqual(1000 * DAY + 1);
			}
		}
	});
});

describe('domainShowing', () => {
	const view: Domain = [100 * DAY, 200 * DAY];
	it.each([
		['a target already in view', [150 * DAY, 151 * DAY], view],
		['a target to the right', [250 * DAY, 251 * DAY], [161 * DAY, 261 * DAY]],
		['a target to the left', [40 * DAY, 41 * DAY], [30 * DAY, 130 * DAY]],
		['a target wider than the view', [0, 400 * DAY], [150 * DAY, 250 * DAY]]
	] as const)('handles %s', (_, target, expected) => {
		const [a, b] = domainShowing(view, target);
		expect(a).toBeCloseTo(expected[0], -1);
		expect(b).toBeCloseTo(expected[1], -1);
	});
});

describe('interpolateDomain', () => {
	it('starts and ends exactly, and zooms geometrically in between', () => {
		const path = interpolateDomain([0, 100 * DAY], [50 * DAY, 51 * DAY]);
		expect(path(0)).toEqual([0, 100 * DAY]);
		expect(path(1)).toEqual([50 * DAY, 51 * DAY]);
		const [a, b] = path(0.5);
		expect(b - a).toBeCloseTo(10 * DAY, -1);
	});
});
