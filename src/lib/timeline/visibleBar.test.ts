import { describe, expect, it } from 'vitest';
import { BAR_MARGIN, CUT_STEP, visibleBar } from './visibleBar';

const WIDTH = 1000;

describe('visibleBar', () => {
	it.each([
		['a bar within the plot stays whole', [100, 400], [100, 400]],
		['a bar ending within the margin stays whole', [-10, 1010], [-10, 1010]],
		// -5000 + 996 × 5 = -20: the last whole step that leaves the end at least BAR_MARGIN out.
		[
			'a bar reaching past the left edge is cut, in whole steps, a margin beyond it',
			[-5000, 300],
			[-20, 300]
		],
		// 9000 - 1596 × 5 = 1020.
		['past the right edge, likewise', [700, 9000], [700, 1020]],
		['past both edges', [-20_001, 30_002], [-16, 1017]],
		['wholly left of the plot: empty, at its right end', [-900, -400], [-400, -400]],
		['wholly right of the plot: empty, at its left end', [2000, 2500], [2000, 2000]]
	] as const)('%s', (_, [x0, x1], [left, right]) => {
		expect(visibleBar(x0, x1, WIDTH)).toEqual({ x0: left, x1: right });
	});

	it.each([-123_456.7, -5000.25, -17, -16, 0, 12.5])(
		'cuts a bar from %s by whole steps, to within a step beyond the margin',
		(x0) => {
			const x1 = 50_000.3;
			const shown = visibleBar(x0, x1, WIDTH);
			for (const [whole, cut] of [
				[x0, shown.x0],
				[x1, shown.x1]
			]) {
				const steps = (cut - whole) / CUT_STEP;
				expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
			}
			expect(shown.x0).toBeLessThanOrEqual(Math.max(x0, -BAR_MARGIN));
			expect(shown.x0).toBeGreaterThan(Math.min(x0, -BAR_MARGIN - CUT_STEP));
			expect(shown.x1).toBeGreaterThanOrEqual(WIDTH + BAR_MARGIN);
			expect(shown.x1).toBeLessThan(WIDTH + BAR_MARGIN + CUT_STEP);
		}
	);
});
