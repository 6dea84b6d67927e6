import { describe, expect, it } from 'vitest';
import { gestureDomain, wheelZoomFactor } from './gestureDomain';

const DAY = 86_400_000;

describe('wheelZoomFactor', () => {
	it.each([
		// deltaY, deltaMode, ctrlKey, factor
		[-100, 0, false, Math.pow(2, 0.2)],
		[100, 0, false, Math.pow(2, -0.2)],
		[-3, 1, false, Math.pow(2, 0.15)],
		[-1, 2, false, 2],
		[-10, 0, true, Math.pow(2, 0.2)],
		[0, 0, false, 1]
	])('deltaY %d in mode %d (ctrl %s) zooms by %f', (deltaY, deltaMode, ctrlKey, factor) => {
		expect(wheelZoomFactor({ deltaY, deltaMode, ctrlKey })).toBeCloseTo(factor, 12);
	});
});

describe('gestureDomain', () => {
	const start = (points: { x: number; y: number }[]) => ({
		domain: [0, 100 * DAY] as const,
		points
	});
	const instantAt = ([from, to]: readonly [number, number], x: number, width: number) =>
		from + (x / width) * (to - from);

	it('pans with one pointer, keeping the span', () => {
		const [from, to] = gestureDomain(start([{ x: 300, y: 10 }]), [{ x: 200, y: 40 }], 1000);
		expect(to - from).toBe(100 * DAY);
		expect(from).toBeCloseTo(10 * DAY, 3);
	});

	it('keeps the instant under a dragging pointer under it', () => {
		const domain = gestureDomain(start([{ x: 640, y: 0 }]), [{ x: 17, y: 0 }], 800);
		expect(instantAt(domain, 17, 800)).toBeCloseTo(instantAt([0, 100 * DAY], 640, 800), 3);
	});

	it.each([
		// fingers at start, fingers now, expected span in days
		[[400, 600], [300, 700], 50],
		[[300, 700], [450, 550], 400],
		[[400, 600], [500, 700], 100]
	])('pinching %j to %j shows %d days', (was, now, days) => {
		const domain = gestureDomain(
			start(was.map((x) => ({ x, y: 5 }))),
			now.map((x) => ({ x, y: 5 })),
			1000
		);
		expect(domain[1] - domain[0]).toBeCloseTo(days * DAY, 3);
		// The instant at the fingers' midpoint follows the midpoint.
		const before = instantAt([0, 100 * DAY], (was[0] + was[1]) / 2, 1000);
		expect(instantAt(domain, (now[0] + now[1]) / 2, 1000)).toBeCloseTo(before, 3);
	});

	it('measures a pinch by the distance between the fingers, not only across', () => {
		const domain = gestureDomain(
			start([
				{ x: 500, y: 0 },
				{ x: 500, y: 100 }
			]),
			[
				{ x: 500, y: -50 },
				{ x: 500, y: 150 }
			],
			1000
		);
		expect(domain[1] - domain[0]).toBeCloseTo(50 * DAY, 3);
	});

	it('keeps the span while two fingers touch the same spot', () => {
		const together = [
			{ x: 500, y: 0 },
			{ x: 500, y: 0 }
		];
		const domain = gestureDomain(start(together), together, 1000);
		expect(domain).toEqual([0, 100 * DAY]);
	});
});
