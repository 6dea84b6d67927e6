import { describe, expect, it } from 'vitest';
import { DAY_MS } from './isoDay';
import {
	chooseDetail,
	densityBars,
	densityPaths,
	outlinePath,
	densityTotal,
	MAX_MARKS_IN_VIEW,
	timeBins,
	type DensityBar,
	type DensityPath
} from './levelOfDetail';
import { scaleUtc } from 'd3-scale';

const view = [0, 100 * DAY_MS] as const;

describe('chooseDetail', () => {
	it.each([
		['a complete, readable view', { visibleCount: 40 }, 'marks'],
		['too many events in view', { visibleCount: MAX_MARKS_IN_VIEW + 1 }, 'density'],
		['a truncated window', { truncated: true }, 'density'],
		['a view mostly outside the loaded window', { window: [80 * DAY_MS, 200 * DAY_MS] }, 'density'],
		['a view a little outside the loaded window', { window: [30 * DAY_MS, 200 * DAY_MS] }, 'marks'],
		['no density to fall back on', { truncated: true, hasDensity: false }, 'marks']
	] as const)('draws %s as %s', (_, change, detail) => {
		const input = {
			visibleCount: 10,
			truncated: false,
			window: view,
			view,
			hasDensity: true,
			...change
		};
		expect(chooseDetail(input)).toBe(detail);
	});
});

describe('timeBins', () => {
	const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

	it('unpacks counts aligned to bins into half-open spans with totals by type', () => {
		const bins = timeBins({
			start: '2020-01-01',
			end: '2020-01-25',
			days: 10,
			byType: { meeting: [3, 0, 2], visit: [1, 0, 0] }
		});
		expect(bins.map((bin) => [iso(bin.t0), iso(bin.t1), bin.count])).toEqual([
			['2020-01-01', '2020-01-11', 4],
			['2020-01-11', '2020-01-21', 0],
			// The last bin ends with the range: the day after its last day.
			['2020-01-21', '2020-01-26', 2]
		]);
		expect(bins.map((bin) => bin.byType)).toEqual([
			{ meeting: 3, visit: 1 },
			undefined,
			{ meeting: 2 }
		]);
	});

	it('gives no bins without density, and counts every event', () => {
		expect(timeBins(null)).toEqual([]);
		expect(densityTotal(null)).toBe(0);
		const density = {
			start: '2020-01-01',
			end: '2020-01-02',
			days: 1,
			byType: { statement: [2, 5] }
		};
		expect(densityTotal(density)).toBe(7);
	});
});

describe('densityBars', () => {
	const bins = timeBins({
		start: '2020-01-01',
		end: '2020-02-19',
		days: 10,
		byType: { meeting: [4, 0, 16, 0, 1] }
	});

	it('keeps non-empty bins in view, square-root scaled to the corpus peak', () => {
		const scale = scaleUtc(
			[new Date('2020-01-05T00:00:00Z'), new Date('2020-01-31T00:00:00Z')],
			[0, 260]
		);
		const bars = densityBars(bins, scale, 100);
		expect(bars.map((bar) => bar.count)).toEqual([4, 16]);
		expect(bars[0].height).toBeCloseTo(50, 6);
		expect(bars[1].height).toBeCloseTo(100, 6);
		expect(bars[0].x).toBeCloseTo(-40, 6);
		expect(bars[1].width).toBeCloseTo(100, 6);
	});

	it('stacks a bar by type, bottom up, each part its share of the count', () => {
		const typed = timeBins({
			start: '2020-01-01',
			end: '2020-01-10',
			days: 10,
			byType: { visit: [1], meeting: [3] }
		});
		const scale = scaleUtc(
			[new Date('2020-01-01T00:00:00Z'), new Date('2020-01-11T00:00:00Z')],
			[0, 100]
		);
		const [bar] = densityBars(typed, scale, 100);
		expect(bar.stack).toEqual([
			{ type: 'meeting', count: 3, y: 25, height: 75 },
			{ type: 'visit', count: 1, y: 0, height: 25 }
		]);
	});

	it('draws nothing for an empty corpus', () => {
		expect(densityBars([], scaleUtc([0, 1], [0, 100]), 100)).toEqual([]);
	});
});

describe('densityPaths', () => {
	const bar = (x: number, height: number, stack: DensityBar['stack']): DensityBar => ({
		key: x,
		x,
		width: 10,
		height,
		count: stack.reduce((sum, part) => sum + part.count, 0) || 1,
		t0: x,
		t1: x + 1,
		stack
	});

	it.each([
		['no bars', [], []],
		[
			'a bar whose bin does not say its types',
			[bar(5, 40, [])],
			[{ type: null, d: 'M5.00,60.00h10.00v40.00h-10.00z' }]
		],
		[
			'stacked bars: one path per type, in the vocabulary order, each part where the bar puts it',
			[
				bar(0, 30, [
					{ type: 'meeting', count: 2, y: 10, height: 20 },
					{ type: 'visit', count: 1, y: 0, height: 10 }
				]),
				bar(20, 50, [{ type: 'meeting', count: 5, y: 0, height: 50 }])
			],
			[
				{
					type: 'meeting',
					d: 'M0.00,80.00h10.00v20.00h-10.00zM20.00,50.00h10.00v50.00h-10.00z'
				},
				{ type: 'visit', d: 'M0.00,70.00h10.00v10.00h-10.00z' }
			]
		]
	] as [string, DensityBar[], DensityPath[]][])('%s', (_, bars, paths) => {
		expect(densityPaths(bars, 100)).toEqual(paths);
	});
});

describe('outlinePath', () => {
	const bar = (x: number, height: number, stack: DensityBar['stack'] = []): DensityBar => ({
		key: x,
		x,
		width: 10,
		height,
		count: 1,
		t0: x,
		t1: x + 1,
		stack
	});

	it.each([
		['no bars', [], ''],
		['one bar, from the baseline up', [bar(5, 40)], 'M5.00,60.00h10.00v40.00h-10.00z'],
		[
			'stacked bars as whole bars, their parts not drawn apart',
			[bar(0, 30, [{ type: 'meeting', count: 2, y: 10, height: 20 }]), bar(20, 50)],
			'M0.00,70.00h10.00v30.00h-10.00zM20.00,50.00h10.00v50.00h-10.00z'
		]
	] as [string, DensityBar[], string][])('%s', (_, bars, d) => {
		expect(outlinePath(bars, 100)).toBe(d);
	});
});
