/**
 * Where every mark goes for one view: events are prepared once per data load (instants, lane,
 * label), then per zoom frame placed in pixels, clustered where crowded and packed into rows
 * per lane so no mark or label overlaps another.
 */
import { clusterMarks } from './clusters';
import { daySpan } from './isoDay';
import type { Lane } from './lanes';
import { packRows, type PackItem } from './packRows';
import { estimateTextWidth, truncateLabel } from './textWidth';
import type { TimeScale } from './timeScale';
import type { TimelineEvent } from './types';

/**
 * How sure the date is, which the mark's look shows: `firm` a known day or span, `within`
 * some time inside a month, season or year, `approximate` a bound rather than a known span.
 */
export type Certainty = 'firm' | 'within' | 'approximate';

export interface PlacedEvent {
	id: string;
	event: TimelineEvent;
	/** Half-open instant span [t0, t1) of the event's days (ms). */
	t0: number;
	t1: number;
	lane: number;
	shape: 'point' | 'bar';
	certainty: Certainty;
	planned: boolean;
	label: string;
	labelWidth: number;
}

export interface LaidMark {
	key: string;
	kind: 'event' | 'cluster';
	/** The events it stands for (one for an event mark). */
	ids: string[];
	/** The event, for an event mark. */
	placed: PlacedEvent | null;
	/** Pixel extent of the mark; a point is centred in it. */
	x0: number;
	x1: number;
	/** Vertical centre of its row (px from the top of the lanes). */
	y: number;
	row: number;
	label: string;
	labelX: number;
	labelShown: boolean;
}

export interface LaneLayout {
	lane: Lane;
	index: number;
	/** Top of the lane (px from the top of the lanes). */
	top: number;
	height: number;
	marks: LaidMark[];
}

export interface TimelineLayout {
	lanes: LaneLayout[];
	height: number;
	markCount: number;
	/** Events overlapping the view. */
	visibleCount: number;
}

export interface LayoutOptions {
	rowHeight: number;
	/** Space above the first row for the lane's name. */
	laneHeader: number;
	lanePadding: number;
	pointRadius: number;
	/** Marks closer than this (px) form a crowd (see `clusterMarks`). */
	crowdGap: number;
	maxRowsPerLane: number;
	/** Space between a mark and its label, and between neighbours in a row. */
	gap: number;
	/** Minimum width of a cluster's pill, enough for its count. */
	clusterMinWidth: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
	rowHeight: 22,
	laneHeader: 18,
	lanePadding: 6,
	pointRadius: 5,
	// Points closer than their own width overlap: that is where a crowd starts.
	crowdGap: 12,
	maxRowsPerLane: 5,
	gap: 4,
	clusterMinWidth: 24
};

export interface LabelStyle {
	fontPx: number;
	/** Titles longer than this are cut at a word boundary (the full title is in the tooltip and list). */
	maxChars: number;
	/**
	 * Width of a label in pixels as the browser draws it; without it widths are estimated
	 * (server rendering, tests). Fonts differ between systems, and an estimate that falls short
	 * would let labels overlap.
	 */
	measure?: (text: string) => number;
}

export const LABELS_WIDE: LabelStyle = { fontPx: 12, maxChars: 44 };
/** On a phone a label must fit beside its mark in a third of the screen. */
export const LABELS_NARROW: LabelStyle = { fontPx: 12, maxChars: 24 };

export function markCertainty(date: TimelineEvent['date']): Certainty {
	if (date.approximate) return 'approximate';
	return date.precision === 'day' || date.precision === 'range' ? 'firm' : 'within';
}

/**
 * The dated events with their instants and lanes, in time order (ties by lane, then id) —
 * also the order keyboard navigation follows. Events without a start are left out.
 */
export function placeEvents(
	events: readonly TimelineEvent[],
	laneOf: ReadonlyMap<string, number>,
	labels: LabelStyle = LABELS_WIDE
): PlacedEvent[] {
	const placed: PlacedEvent[] = [];
	for (const event of events) {
		if (!event.date.start) continue;
		const [start, end] = daySpan(event.date.start, event.date.end);
		const label = truncateLabel(event.title, labels.maxChars);
		placed.push({
			id: event.id,
			event,
			t0: +start,
			t1: +end,
			lane: laneOf.get(event.id) ?? 0,
			shape: event.date.end && event.date.end !== event.date.start ? 'bar' : 'point',
			certainty: markCertainty(event.date),
			planned: event.planned,
			label,
			labelWidth: labels.measure?.(label) ?? estimateTextWidth(label, labels.fontPx)
		});
	}
	return placed.sort((a, b) => a.t0 - b.t0 || a.lane - b.lane || (a.id < b.id ? -1 : 1));
}

/** A mark before packing; `row`, `y` and `labelShown` are filled in once rows are known. */
interface Candidate extends PackItem {
	mark: LaidMark;
}

/**
 * Where a label starts: after its mark, unless that runs off the right edge; then before it.
 * Where neither fits, a point's label stays after it and a bar's goes on the bar, as far left as
 * keeps it on screen.
 */
function labelPosition(
	placed: PlacedEvent,
	x0: number,
	x1: number,
	width: number,
	gap: number
): number {
	const after = x1 + gap;
	if (after + placed.labelWidth <= width) return after;
	const before = x0 - gap - placed.labelWidth;
	if (before >= 0) return before;
	if (placed.shape === 'point') return after;
	return Math.max(0, Math.min(Math.max(x0, 0) + gap, width - placed.labelWidth));
}

function eventCandidate(
	placed: PlacedEvent,
	scale: TimeScale,
	width: number,
	options: LayoutOptions
): Candidate {
	let x0: number;
	let x1: number;
	if (placed.shape === 'point') {
		const centre = scale((placed.t0 + placed.t1) / 2);
		x0 = centre - options.pointRadius;
		x1 = centre + options.pointRadius;
	} else {
		x0 = scale(placed.t0);
		x1 = Math.max(scale(placed.t1), x0 + 2 * options.pointRadius);
	}
	const labelX = labelPosition(placed, x0, x1, width, options.gap);
	return {
		markStart: x0,
		markEnd: x1,
		labelStart: labelX,
		labelEnd: labelX + placed.labelWidth,
		mark: {
			key: placed.id,
			kind: 'event',
			ids: [placed.id],
			placed,
			x0,
			x1,
			y: 0,
			row: 0,
			label: placed.label,
			labelX,
			labelShown: true
		}
	};
}

function clusterCandidate(
	members: PlacedEvent[],
	x0: number,
	x1: number,
	options: LayoutOptions
): Candidate {
	const centre = (x0 + x1) / 2;
	const half = Math.max(x1 - x0 + 2 * options.pointRadius, options.clusterMinWidth) / 2;
	return {
		markStart: centre - half,
		markEnd: centre + half,
		labelStart: centre - half,
		labelEnd: centre + half,
		mark: {
			key: `cluster:${members[0].id}`,
			kind: 'cluster',
			ids: members.map((member) => member.id),
			placed: null,
			x0: centre - half,
			x1: centre + half,
			y: 0,
			row: 0,
			label: String(members.length),
			labelX: centre,
			labelShown: false
		}
	};
}

function layoutLane(
	events: PlacedEvent[],
	scale: TimeScale,
	width: number,
	rowsTop: number,
	options: LayoutOptions
): { marks: LaidMark[]; rowCount: number } {
	const singles = events.map((placed) => eventCandidate(placed, scale, width, options));
	const crowding = clusterMarks(
		singles.map((candidate) => {
			const centre = (candidate.markStart + candidate.markEnd) / 2;
			const point = candidate.mark.placed?.shape === 'point';
			return point
				? { start: centre, end: centre }
				: { start: candidate.markStart, end: candidate.markEnd };
		}),
		{ minGap: options.crowdGap, maxStack: options.maxRowsPerLane }
	);
	const candidates = [
		...crowding.singles.map((index) => singles[index]),
		...crowding.clusters.map((cluster) =>
			clusterCandidate(
				cluster.members.map((index) => events[index]),
				cluster.x0,
				cluster.x1,
				options
			)
		)
	];
	const packing = packRows(candidates, { gap: options.gap, maxRows: options.maxRowsPerLane });
	const marks = candidates.map(({ mark }, index) => {
		mark.row = packing.rows[index];
		mark.y = rowsTop + (mark.row + 0.5) * options.rowHeight;
		mark.labelShown = mark.kind === 'event' && packing.labelShown[index] === 1;
		return mark;
	});
	return { marks, rowCount: packing.rowCount };
}

/** Every lane's marks for the scale's domain, in pixels. Lanes without events in view keep one empty row. */
export function layoutTimeline(
	placed: readonly PlacedEvent[],
	lanes: readonly Lane[],
	scale: TimeScale,
	width: number,
	options: LayoutOptions = DEFAULT_LAYOUT
): TimelineLayout {
	const [from, to] = scale.domain().map(Number);
	const perLane: PlacedEvent[][] = lanes.map(() => []);
	let visibleCount = 0;
	for (const event of placed) {
		if (event.t0 >= to || event.t1 <= from) continue;
		perLane[event.lane]?.push(event);
		visibleCount++;
	}
	let top = 0;
	let markCount = 0;
	const laid = lanes.map((lane, index) => {
		const rowsTop = top + options.laneHeader;
		const { marks, rowCount } = layoutLane(perLane[index], scale, width, rowsTop, options);
		const height =
			options.laneHeader + Math.max(1, rowCount) * options.rowHeight + options.lanePadding;
		const layout: LaneLayout = { lane, index, top, height, marks };
		top += height;
		markCount += marks.length;
		return layout;
	});
	return { lanes: laid, height: top, markCount, visibleCount };
}

/**
 * The mark under a pointer at (x, y) in lane coordinates: its shape or its shown label, within
 * `slop` pixels, nearest first. Used for clicks on both the SVG and the canvas renderer.
 */
export function hitTest(
	layout: TimelineLayout,
	x: number,
	y: number,
	options: Pick<LayoutOptions, 'rowHeight'> = DEFAULT_LAYOUT,
	slop = 4
): LaidMark | null {
	const lane = layout.lanes.find(
		(candidate) => y >= candidate.top && y < candidate.top + candidate.height
	);
	let best: LaidMark | null = null;
	let bestDistance = Infinity;
	for (const mark of lane?.marks ?? []) {
		if (Math.abs(mark.y - y) > options.rowHeight / 2) continue;
		const labelWidth = mark.labelShown ? mark.placed?.labelWidth : undefined;
		const left = labelWidth === undefined ? mark.x0 : Math.min(mark.x0, mark.labelX);
		const right = labelWidth === undefined ? mark.x1 : Math.max(mark.x1, mark.labelX + labelWidth);
		const distance = x < left ? left - x : x > right ? x - right : 0;
		if (distance <= slop && distance < bestDistance) {
			best = mark;
			bestDistance = distance;
		}
	}
	return best;
}
