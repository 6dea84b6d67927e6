import { describe, expect, it } from 'vitest';
import type { Precision } from '../types';
import { BAR_INSET } from './dateShape';
import { daySpan } from './isoDay';
import type { Lane } from './lanes';
import {
	DEFAULT_LAYOUT,
	hitTest,
	LABELS,
	layoutTimeline,
	placeEvents,
	rowsThatFit,
	type LaidMark
} from './layout';
import type { TimelineEvent } from './types';
import { scaleUtc } from 'd3-scale';

function event(
	id: string,
	start: string | null,
	end: string | null = start,
	extra: Partial<TimelineEvent['date']> & { planned?: boolean; title?: string } = {}
): TimelineEvent {
	const { planned = false, title = `Event ${id}`, ...date } = extra;
	return {
		id,
		type: 'meeting',
		title,
		planned,
		date: {
			start,
			end,
			precision: 'day',
			derivation: 'explicit',
			text: '',
			explanation: '',
			approximate: false,
			...date
		},
		participants: [],
		place: null,
		firstExcerpt: null,
		sourceCount: 1
	};
}

const lanes: Lane[] = [
	{ key: 'a', label: 'A', colour: '#000', count: 0 },
	{ key: 'b', label: 'B', colour: '#111', count: 0 }
];
const scaleOver = (from: string, to: string, width: number) => {
	const [start] = daySpan(from, from);
	const [end] = daySpan(to, to);
	return scaleUtc([start, end], [0, width]);
};

function dailyEvents(count: number, perDay: number): TimelineEvent[] {
	return Array.from({ length: count }, (_, i) => {
		const day = String(1 + Math.floor(i / perDay)).padStart(2, '0');
		return event(`e${String(i).padStart(3, '0')}`, `2020-03-${day}`, null, {
			title: `Meeting number ${i} of the long series`
		});
	});
}

function footprint(mark: LaidMark, labelWidth: (mark: LaidMark) => number): [number, number] {
	return mark.labelShown
		? [Math.min(mark.x0, mark.labelX), Math.max(mark.x1, mark.labelX + labelWidth(mark))]
		: [mark.x0, mark.x1];
}

describe('placeEvents', () => {
	it.each([
		['2020-01-03', '2020-01-03', 'day', false, '', 'day'],
		['2020-01-03', '2020-01-05', 'range', false, 'January 3-5', 'span'],
		['2020-01-01', '2020-01-31', 'month', false, 'in January', 'within'],
		['2020-01-06', '2020-01-12', 'range', false, 'last week', 'within'],
		['2020-01-11', '2020-01-12', 'range', false, 'over the weekend', 'within'],
		['2020-04-01', '2020-04-12', 'range', true, '', 'by']
	] as const)(
		'%s..%s (%s, approximate %s, "%s") is drawn as %s',
		(start, end, precision, approximate, text, shape) => {
			const [placed] = placeEvents(
				[event('x', start, end, { precision: precision as Precision, approximate, text })],
				new Map()
			);
			expect(placed.shape).toBe(shape);
		}
	);

	it('orders by time and leaves undated events out', () => {
		const placed = placeEvents(
			[event('late', '2021-01-01'), event('none', null), event('early', '2020-01-01')],
			new Map([['late', 1]])
		);
		expect(placed.map((p) => [p.id, p.lane])).toEqual([
			['early', 0],
			['late', 1]
		]);
	});
});

describe('layoutTimeline', () => {
	it('lays out marks and visible labels without overlap in every row', () => {
		const events = dailyEvents(60, 2);
		const laneOf = new Map(events.map((e, i) => [e.id, i % 2]));
		const placed = placeEvents(events, laneOf);
		const labelWidth = (mark: LaidMark) => mark.labelWidth;
		const layout = layoutTimeline(placed, lanes, scaleOver('2020-03-01', '2020-04-01', 1400), 1400);
		expect(layout.visibleCount).toBe(60);
		for (const lane of layout.lanes) {
			expect(Math.max(...lane.marks.map((m) => m.row))).toBeLessThan(DEFAULT_LAYOUT.maxRowsPerLane);
			for (const a of lane.marks) {
				for (const b of lane.marks) {
					if (a === b || a.row !== b.row) continue;
					const [aStart, aEnd] = footprint(a, labelWidth);
					const [bStart, bEnd] = footprint(b, labelWidth);
					const gap = DEFAULT_LAYOUT.gap - 1e-9;
					expect(aEnd + gap <= bStart || bEnd + gap <= aStart).toBe(true);
				}
			}
		}
		expect(layout.lanes[1].top).toBe(layout.lanes[0].height);
		expect(layout.height).toBe(layout.lanes[0].height + layout.lanes[1].height);
	});

	it('collapses crowds into counted clusters that split as the view zooms in', () => {
		const events = dailyEvents(40, 8);
		const placed = placeEvents(events, new Map());
		const wide = layoutTimeline(placed, lanes, scaleOver('2019-01-01', '2021-01-01', 800), 800);
		const clusters = wide.lanes[0].marks.filter((mark) => mark.kind === 'cluster');
		expect(clusters.length).toBeGreaterThan(0);
		expect(wide.lanes[0].marks.reduce((sum, mark) => sum + mark.ids.length, 0)).toBe(40);
		expect(clusters[0].label).toBe(String(clusters[0].ids.length));
		const close = layoutTimeline(placed, lanes, scaleOver('2020-03-02', '2020-03-03', 800), 800);
		expect(close.lanes[0].marks.some((mark) => mark.kind === 'cluster')).toBe(true);
		// Eight events on one day are more than a lane stacks; three per day are not.
		const sparse = placeEvents(dailyEvents(9, 3), new Map());
		const day = layoutTimeline(sparse, lanes, scaleOver('2020-03-01', '2020-03-04', 800), 800);
		expect(day.lanes[0].marks.every((mark) => mark.kind === 'event')).toBe(true);
	});

	it('keeps events outside the view out, and an empty lane one row high', () => {
		const placed = placeEvents([event('in', '2020-03-05'), event('out', '2020-06-05')], new Map());
		const layout = layoutTimeline(placed, lanes, scaleOver('2020-03-01', '2020-04-01', 600), 600);
		expect(layout.visibleCount).toBe(1);
		expect(layout.lanes[0].marks.map((mark) => mark.key)).toEqual(['in']);
		expect(layout.lanes[1].marks).toEqual([]);
		expect(layout.lanes[1].height).toBe(
			DEFAULT_LAYOUT.laneHeader + DEFAULT_LAYOUT.rowHeight + DEFAULT_LAYOUT.lanePadding
		);
	});

	it('puts the label of a point near the right edge before it', () => {
		const placed = placeEvents(
			[event('edge', '2020-03-30', null, { title: 'A long enough title' })],
			new Map()
		);
		const [mark] = layoutTimeline(placed, lanes, scaleOver('2020-03-01', '2020-04-01', 620), 620)
			.lanes[0].marks;
		expect(mark.labelShown).toBe(true);
		expect(mark.labelX + placed[0].labelWidth).toBeLessThanOrEqual(mark.x0);
		expect(mark.labelX).toBeGreaterThanOrEqual(0);
	});

	it('puts the label of a bar near the right edge before it, or shortens it where neither side has room', () => {
		const title = { title: 'A title of some length', precision: 'range' as const };
		const scale = scaleOver('2020-03-01', '2020-04-01', 620);
		const short = placeEvents([event('short', '2020-03-27', '2020-03-29', title)], new Map());
		const [before] = layoutTimeline(short, lanes, scale, 620).lanes[0].marks;
		expect(before.labelX + short[0].labelWidth).toBeLessThanOrEqual(before.x0);
		const long = placeEvents(
			[
				event('long', '2020-03-02', '2020-03-25', {
					...title,
					title: `${title.title} that goes on and on`
				})
			],
			new Map()
		);
		const [cut] = layoutTimeline(long, lanes, scale, 620).lanes[0].marks;
		expect(cut.labelShown).toBe(true);
		expect(cut.label).toMatch(/^A title.*…$/);
		expect(cut.labelX).toBeGreaterThanOrEqual(cut.x1);
		expect(cut.labelX + cut.labelWidth).toBeLessThanOrEqual(620);
		const whole = placeEvents([event('whole', '2020-03-01', '2020-03-31', title)], new Map());
		expect(layoutTimeline(whole, lanes, scale, 620).lanes[0].marks[0].labelShown).toBe(false);
	});

	it('gives a long title its full width when the plot has room, whatever its length', () => {
		const title =
			'Islamic Revolutionary Guard Corps, United States and Iraq strike kills two at Baghdad airport';
		const placed = placeEvents([event('long', '2020-03-02', null, { title })], new Map());
		const [mark] = layoutTimeline(placed, lanes, scaleOver('2020-03-01', '2020-04-01', 1400), 1400)
			.lanes[0].marks;
		expect(mark.label).toBe(title);
		expect(mark.labelShown).toBe(true);
	});

	it('labels every mark of a crowded lane that has room beside it, shortened to that room', () => {
		// Twelve events on consecutive days: too many rows with full labels, so each label takes
		// the room up to the next mark of its row.
		const events = dailyEvents(12, 1);
		const placed = placeEvents(events, new Map());
		const layout = layoutTimeline(
			placed,
			lanes,
			scaleOver('2020-03-01', '2020-03-16', 1500),
			1500,
			{
				...DEFAULT_LAYOUT,
				maxRowsPerLane: 2
			}
		);
		const marks = layout.lanes[0].marks;
		expect(marks.every((mark) => mark.labelShown)).toBe(true);
		for (const a of marks) {
			for (const b of marks) {
				if (a === b || a.row !== b.row) continue;
				const [aStart, aEnd] = footprint(a, (mark) => mark.labelWidth);
				expect(aEnd <= b.x0 || aStart >= b.x1).toBe(true);
			}
		}
	});

	it('uses measured label widths when the browser gives them', () => {
		const events = [event('a', '2020-03-05', null, { title: 'Twelve chars' })];
		const measured = placeEvents(events, new Map(), {
			...LABELS,
			measure: (t) => t.length * 10
		});
		expect(measured[0].labelWidth).toBe(120);
		expect(placeEvents(events, new Map())[0].labelWidth).toBeLessThan(120);
	});

	it('draws a bar across its days and a point in the middle of its day', () => {
		const placed = placeEvents(
			[
				event('bar', '2020-03-02', '2020-03-04', { precision: 'range' }),
				event('dot', '2020-03-10')
			],
			new Map()
		);
		const scale = scaleOver('2020-03-01', '2020-03-31', 3000);
		const [bar, dot] = layoutTimeline(placed, lanes, scale, 3000).lanes[0].marks;
		// Inset a little at both ends, so that bars of neighbouring periods do not touch.
		expect(bar.x0).toBeCloseTo(100 + BAR_INSET, 6);
		expect(bar.x1).toBeCloseTo(400 - BAR_INSET, 6);
		expect((dot.x0 + dot.x1) / 2).toBeCloseTo(950, 6);
	});
});

describe('rowsThatFit', () => {
	it.each([
		[3, 1000, 5],
		[3, 300, 3],
		[9, 300, 1],
		[1, 10, 1]
	])('%i lanes in %i px stack %i rows each', (lanes, height, rows) => {
		expect(rowsThatFit(lanes, height, DEFAULT_LAYOUT)).toBe(rows);
	});
});

describe('hitTest', () => {
	const placed = placeEvents(
		[
			event('a', '2020-03-05', null, { title: 'A' }),
			event('b', '2020-03-20', null, { title: 'B' })
		],
		new Map([['b', 1]])
	);
	const layout = layoutTimeline(placed, lanes, scaleOver('2020-03-01', '2020-04-01', 620), 620);
	const [a] = layout.lanes[0].marks;
	const [b] = layout.lanes[1].marks;

	it.each([
		['the mark itself', () => [(a.x0 + a.x1) / 2, a.y], 'a'],
		['its label', () => [a.labelX + 3, a.y], 'a'],
		['a mark in the second lane', () => [b.x0 + 1, b.y], 'b'],
		['empty space', () => [a.x0 - 40, a.y], null],
		['the right spot in the wrong lane', () => [(a.x0 + a.x1) / 2, b.y], null]
	] as const)('finds %s', (_, point, expected) => {
		const [x, y] = point();
		expect(hitTest(layout, x, y)?.key ?? null).toBe(expected);
	});
});
