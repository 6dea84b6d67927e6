/**
 * Where every mark goes for one view: events are prepared once per data load (instants, lane,
 * label), then per zoom frame placed in pixels, clustered where crowded and packed into rows
 * per lane so no mark or label overlaps another.
 */
import { clusterMarks } from './clusters';
import { BAR_INSET, dateShape, type DateShape } from './dateShape';
import { daySpan } from './isoDay';
import type { Lane } from './lanes';
import { packRows, type PackItem } from './packRows';
import { estimateTextWidth, fitLabel } from './textWidth';
import type { TimeScale } from './timeScale';
import type { TimelineEvent } from './types';

export interface PlacedEvent {
	id: string;
	event: TimelineEvent;
	/** Half-open instant span [t0, t1) of the event's days (ms). */
	t0: number;
	t1: number;
	lane: number;
	/** How the mark shows how sure its date is (see `dateShape`). */
	shape: DateShape;
	planned: boolean;
	/** The full title, and its width in pixels. */
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
	/** The label as drawn: the full title, or shortened where there is no room for it. */
	label: string;
	labelX: number;
	labelWidth: number;
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
	/** A label is shortened to fit its room, but not below this width (px): then it is left out. */
	minLabelWidth: number;
	/** Width of a label as drawn (see `LabelStyle.measure`); estimated without it. */
	measure?: (text: string) => number;
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
	clusterMinWidth: 24,
	minLabelWidth: 60
};

export interface LabelStyle {
	fontPx: number;
	/**
	 * Width of a label in pixels as the browser draws it; without it widths are estimated
	 * (server rendering, tests). Fonts differ between systems, and an estimate that falls short
	 * would let labels overlap.
	 */
	measure?: (text: string) => number;
}

export const LABELS: LabelStyle = { fontPx: 12 };

/**
 * The dated events with their instants and lanes, in time order (ties by lane, then id) —
 * also the order keyboard navigation follows. Events without a start are left out.
 */
export function placeEvents(
	events: readonly TimelineEvent[],
	laneOf: ReadonlyMap<string, number>,
	labels: LabelStyle = LABELS
): PlacedEvent[] {
	const placed: PlacedEvent[] = [];
	for (const event of events) {
		if (!event.date.start) continue;
		const [start, end] = daySpan(event.date.start, event.date.end);
		const label = event.title;
		placed.push({
			id: event.id,
			event,
			t0: +start,
			t1: +end,
			lane: laneOf.get(event.id) ?? 0,
			shape: dateShape(event.date),
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

/** A label as placed: where it starts, what it says and how wide that is. */
interface PlacedLabel {
	x: number;
	text: string;
	width: number;
}

/**
 * The label of a mark spanning [x0, x1], given the free room `[left, right]` around it: the full
 * title after the mark, else before it; where neither side has room for it, shortened to the
 * wider side; null when even that is narrower than `minLabelWidth`. A label never covers its
 * own mark, another mark or the plot's edges.
 */
export function placeLabel(
	placed: Pick<PlacedEvent, 'label' | 'labelWidth'>,
	x0: number,
	x1: number,
	[left, right]: readonly [number, number],
	options: Pick<LayoutOptions, 'gap' | 'minLabelWidth' | 'measure'>
): PlacedLabel | null {
	const after = x1 + options.gap;
	const roomAfter = right - after;
	const roomBefore = x0 - options.gap - left;
	if (placed.labelWidth <= roomAfter)
		return { x: after, text: placed.label, width: placed.labelWidth };
	if (placed.labelWidth <= roomBefore) {
		return {
			x: x0 - options.gap - placed.labelWidth,
			text: placed.label,
			width: placed.labelWidth
		};
	}
	const room = Math.max(roomAfter, roomBefore);
	if (room < options.minLabelWidth) return null;
	const measure = options.measure ?? ((text: string) => estimateTextWidth(text, LABELS.fontPx));
	const text = fitLabel(placed.label, room, measure);
	if (!text) return null;
	const width = measure(text);
	return { x: roomAfter >= roomBefore ? after : x0 - options.gap - width, text, width };
}

function eventCandidate(
	placed: PlacedEvent,
	scale: TimeScale,
	width: number,
	options: LayoutOptions
): Candidate {
	let x0: number;
	let x1: number;
	if (placed.shape === 'day') {
		const centre = scale((placed.t0 + placed.t1) / 2);
		x0 = centre - options.pointRadius;
		x1 = centre + options.pointRadius;
	} else {
		// Inset, so that bars of neighbouring periods keep a gap (see BAR_INSET).
		x0 = scale(placed.t0) + BAR_INSET;
		x1 = Math.max(scale(placed.t1) - BAR_INSET, x0 + 2 * options.pointRadius);
	}
	const label = placeLabel(placed, x0, x1, [0, width], options);
	return {
		markStart: x0,
		markEnd: x1,
		labelStart: label ? label.x : x0,
		labelEnd: label ? label.x + label.width : x1,
		mark: {
			key: placed.id,
			kind: 'event',
			ids: [placed.id],
			placed,
			x0,
			x1,
			y: 0,
			row: 0,
			label: label?.text ?? '',
			labelX: label?.x ?? x1,
			labelWidth: label?.width ?? 0,
			labelShown: label !== null
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
			labelWidth: 0,
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
			const point = candidate.mark.placed?.shape === 'day';
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
		return mark;
	});
	if (!packing.labelsPacked) labelInRowRoom(marks, packing.rowCount, width, options);
	return { marks, rowCount: packing.rowCount };
}

/**
 * When the marks had to be packed without their labels, each label takes the room its row leaves
 * beside its mark: after it up to the next mark, or before it back to what is drawn to its left;
 * shortened to that room when the full title does not fit, left out when the room is too small.
 */
function labelInRowRoom(
	marks: LaidMark[],
	rowCount: number,
	width: number,
	options: LayoutOptions
): void {
	const rows: LaidMark[][] = Array.from({ length: rowCount }, () => []);
	for (const mark of marks) rows[mark.row].push(mark);
	for (const row of rows) {
		row.sort((a, b) => a.x0 - b.x0);
		let drawnUntil = 0;
		row.forEach((mark, position) => {
			const next = row[position + 1];
			const right = Math.min(width, next ? next.x0 - options.gap : width);
			const label =
				mark.placed &&
				placeLabel(mark.placed, mark.x0, mark.x1, [drawnUntil + options.gap, right], options);
			mark.labelShown = Boolean(label);
			if (label) {
				mark.label = label.text;
				mark.labelX = label.x;
				mark.labelWidth = label.width;
			}
			drawnUntil = Math.max(drawnUntil, mark.x1, label ? label.x + label.width : -Infinity);
		});
	}
}

/**
 * How many rows each lane may stack so that the lanes fit `maxHeight` pixels (at least one, at
 * most `options.maxRowsPerLane`): the plot stays short enough to keep the selected event's
 * details in view beside it; what does not fit goes into counted clusters.
 */
export function rowsThatFit(laneCount: number, maxHeight: number, options: LayoutOptions): number {
	const perLane = maxHeight / Math.max(1, laneCount) - options.laneHeader - options.lanePadding;
	const rows = Math.floor(perLane / options.rowHeight);
	return Math.max(1, Math.min(options.maxRowsPerLane, rows));
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
		const labelWidth = mark.labelShown ? mark.labelWidth : undefined;
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
