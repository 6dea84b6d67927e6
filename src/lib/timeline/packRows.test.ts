import { describe, expect, it } from 'vitest';
import { packRows, type PackItem } from './packRows';

const GAP = 4;

function random(seed: number) {
	return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Points (size 8) and bars, each with a label of random width. */
function randomItems(count: number, seed: number): PackItem[] {
	const next = random(seed);
	return Array.from({ length: count }, () => {
		const markStart = next() * 2000;
		const markEnd = markStart + (next() < 0.3 ? 20 + next() * 300 : 8);
		const labelWidth = 12 + next() * 150;
		// Labels after the mark, before it, or over it (bars running off the edge).
		const side = next();
		const labelStart =
			side < 0.6 ? markEnd + 4 : side < 0.8 ? markStart - 4 - labelWidth : markStart;
		return { markStart, markEnd, labelStart, labelEnd: labelStart + labelWidth };
	});
}

function footprint(item: PackItem, withLabel: boolean): [number, number] {
	return withLabel
		? [Math.min(item.markStart, item.labelStart), Math.max(item.markEnd, item.labelEnd)]
		: [item.markStart, item.markEnd];
}

function overlaps(a: [number, number], b: [number, number]) {
	return a[0] < b[1] + GAP && b[0] < a[1] + GAP;
}

describe('packRows', () => {
	it.each([1, 2, 3, 4, 5])('never overlaps marks or labels in a row (random set %i)', (seed) => {
		const items = randomItems(400, seed);
		const { rows, rowCount, labelsPacked } = packRows(items, { gap: GAP });
		expect(labelsPacked).toBe(true);
		for (let i = 0; i < items.length; i++) {
			expect(rows[i]).toBeLessThan(rowCount);
			for (let j = i + 1; j < items.length; j++) {
				if (rows[i] === rows[j]) {
					expect(overlaps(footprint(items[i], true), footprint(items[j], true))).toBe(false);
				}
			}
		}
	});

	it('uses no more rows than the most footprints stacked at one point', () => {
		const items = randomItems(300, 9);
		const { rowCount } = packRows(items, { gap: GAP });
		const edges = items.flatMap((item) => {
			const [start, end] = footprint(item, true);
			return [
				[start, 1],
				[end + GAP, -1]
			];
		});
		edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
		let depth = 0;
		let deepest = 0;
		for (const [, change] of edges) deepest = Math.max(deepest, (depth += change));
		expect(rowCount).toBe(deepest);
	});

	it('keeps input order for equal starts and is deterministic', () => {
		const items: PackItem[] = [0, 1, 2].map(() => ({
			markStart: 10,
			markEnd: 18,
			labelStart: 22,
			labelEnd: 60
		}));
		const { rows } = packRows(items);
		expect(Array.from(rows)).toEqual([0, 1, 2]);
		expect(Array.from(packRows(items).rows)).toEqual([0, 1, 2]);
	});

	it('places intervals as bars: a later bar reuses a row only after the earlier one ends', () => {
		const items: PackItem[] = [
			{ markStart: 0, markEnd: 300, labelStart: 4, labelEnd: 100 },
			{ markStart: 100, markEnd: 120, labelStart: 124, labelEnd: 160 },
			{ markStart: 310, markEnd: 400, labelStart: 314, labelEnd: 350 }
		];
		const { rows, rowCount } = packRows(items, { gap: GAP });
		expect(Array.from(rows)).toEqual([0, 1, 0]);
		expect(rowCount).toBe(2);
	});

	it('packs the marks alone when rows run out, and says so', () => {
		const items = randomItems(400, 11);
		const { rows, rowCount, labelsPacked } = packRows(items, { gap: GAP, maxRows: 4 });
		expect(rowCount).toBe(4);
		expect(labelsPacked).toBe(false);
		expect(Math.max(...rows)).toBe(3);
		expect(packRows(items, { gap: GAP, maxRows: 400 }).labelsPacked).toBe(true);
	});

	it('places a label left of its mark without overlapping the previous item', () => {
		const items: PackItem[] = [
			{ markStart: 0, markEnd: 10, labelStart: 14, labelEnd: 80 },
			{ markStart: 100, markEnd: 110, labelStart: 40, labelEnd: 96 }
		];
		expect(Array.from(packRows(items, { gap: GAP }).rows)).toEqual([0, 1]);
		const apart: PackItem[] = [items[0], { ...items[1], labelStart: 90 - 4, labelEnd: 96 }];
		expect(Array.from(packRows(apart, { gap: GAP }).rows)).toEqual([0, 0]);
	});

	it('scales as n log n: 100 000 items pack in well under the time a quadratic pass needs', () => {
		// A quadratic first-fit would make ~10^10 comparisons here (minutes); n log n is ~10^6.
		const items = randomItems(100_000, 5);
		const started = performance.now();
		const { rowCount } = packRows(items, { maxRows: 6 });
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(rowCount).toBe(6);
	});

	it('handles no items', () => {
		expect(packRows([]).rowCount).toBe(0);
	});
});
