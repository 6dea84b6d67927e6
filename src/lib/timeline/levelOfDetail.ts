/**
 * Zoomed far out, individual marks stop being readable (or are not all loaded): the timeline
 * then draws the corpus-wide density bins as a histogram instead.
 */
import { DAY_MS, parseIsoDay } from './isoDay';
import type { TimeScale } from './timeScale';
import { EVENT_TYPES, type EventType } from '../types';
import type { DensityCounts, TypeCounts } from './types';
import type { Domain } from './zoomDomain';

export type Detail = 'marks' | 'density';

/** Beyond this many events in view, marks give way to density bins. */
export const MAX_MARKS_IN_VIEW = 3000;
/** Marks are drawn only while the loaded window covers at least this share of the view. */
const MIN_WINDOW_COVERAGE = 0.5;

export interface DetailInput {
	/** Dated events overlapping the view. */
	visibleCount: number;
	/** The server left events out of the loaded window. */
	truncated: boolean;
	/** The loaded window and the visible domain (ms). */
	window: Domain;
	view: Domain;
	hasDensity: boolean;
}

export function chooseDetail(input: DetailInput): Detail {
	if (!input.hasDensity) return 'marks';
	const covered =
		Math.max(
			0,
			Math.min(input.window[1], input.view[1]) - Math.max(input.window[0], input.view[0])
		) /
		(input.view[1] - input.view[0]);
	const incomplete = input.truncated || covered < MIN_WINDOW_COVERAGE;
	return incomplete || input.visibleCount > MAX_MARKS_IN_VIEW ? 'density' : 'marks';
}

export interface TimedBin {
	t0: number;
	t1: number;
	count: number;
	/** Each type's events in the bin; absent from an empty bin. */
	byType?: TypeCounts;
}

/**
 * Density counts as bins of half-open instant spans, each with its total and its count of each
 * type, unpacked once per data load rather than per frame.
 */
export function timeBins(density: DensityCounts | null | undefined): TimedBin[] {
	if (!density) return [];
	const start = +parseIsoDay(density.start);
	const end = +parseIsoDay(density.end) + DAY_MS;
	const width = Math.max(1, density.days) * DAY_MS;
	const bins: TimedBin[] = [];
	for (let t0 = start, i = 0; t0 < end; t0 += width, i++) {
		let count = 0;
		const byType: TypeCounts = {};
		for (const [type, counts] of Object.entries(density.byType) as [keyof TypeCounts, number[]][]) {
			const n = counts[i] ?? 0;
			if (n === 0) continue;
			byType[type] = n;
			count += n;
		}
		bins.push({ t0, t1: Math.min(end, t0 + width), count, ...(count ? { byType } : {}) });
	}
	return bins;
}

/** Every event the density counts. */
export function densityTotal(density: DensityCounts | null | undefined): number {
	let total = 0;
	for (const counts of Object.values(density?.byType ?? {})) {
		for (const n of counts) total += n;
	}
	return total;
}

export interface DensityBar {
	key: number;
	x: number;
	width: number;
	/** Bar height in pixels; square-root scaled so small counts stay visible beside peaks. */
	height: number;
	count: number;
	t0: number;
	t1: number;
	/**
	 * The bar split by type, bottom up in the vocabulary's order: each part's share of the height
	 * is its share of the count. Empty when the bin does not say.
	 */
	stack: { type: EventType; count: number; y: number; height: number }[];
}

/** A bar of `height` split into its types' parts, from the bottom (`y` measured down from its top). */
function stackByType(byType: TimedBin['byType'], count: number, height: number) {
	const stack: DensityBar['stack'] = [];
	if (!byType) return stack;
	let below = 0;
	for (const type of EVENT_TYPES) {
		const n = byType[type];
		if (!n) continue;
		const part = (n / count) * height;
		below += part;
		stack.push({ type, count: n, y: height - below, height: part });
	}
	return stack;
}

/**
 * The bins overlapping the scale's domain as bars, heights relative to the densest bin of the
 * whole corpus so they do not jump while panning.
 */
export function densityBars(
	bins: readonly TimedBin[],
	scale: TimeScale,
	maxHeight: number
): DensityBar[] {
	const [from, to] = scale.domain().map(Number);
	let peak = 0;
	for (const bin of bins) peak = Math.max(peak, bin.count);
	if (peak === 0) return [];
	return bins
		.filter((bin) => bin.count > 0 && bin.t1 > from && bin.t0 < to)
		.map((bin) => {
			const x = scale(bin.t0);
			const height = Math.max(1, Math.sqrt(bin.count / peak) * maxHeight);
			return {
				key: bin.t0,
				x,
				width: Math.max(1, scale(bin.t1) - x),
				height,
				count: bin.count,
				t0: bin.t0,
				t1: bin.t1,
				stack: stackByType(bin.byType, bin.count, height)
			};
		});
}

/** The bars of one type (null: bars whose bins do not say their types) as one SVG path. */
export interface DensityPath {
	type: EventType | null;
	d: string;
}

/** A rectangle as path data, to a hundredth of a pixel. */
const rectPath = (x: number, y: number, width: number, height: number) =>
	`M${x.toFixed(2)},${y.toFixed(2)}h${width.toFixed(2)}v${height.toFixed(2)}h${(-width).toFixed(2)}z`;

/**
 * The bars standing on `baseline` as one path, whatever their types (the overview's silhouette):
 * one element where a rectangle per bin put a few hundred in every page's HTML and layout.
 */
export function outlinePath(bars: readonly DensityBar[], baseline: number): string {
	return bars.map((bar) => rectPath(bar.x, baseline - bar.height, bar.width, bar.height)).join('');
}

/**
 * The bars standing on `baseline` as one path per type, in the vocabulary's order: a handful
 * of elements however many bars, where a rectangle per bar and type (over 1,700 of them for a
 * decade of 100,000 events) made the browser restyle, lay out and repaint thousands of nodes
 * in every frame of a zoom.
 */
export function densityPaths(bars: readonly DensityBar[], baseline: number): DensityPath[] {
	const parts = new Map<EventType | null, string[]>();
	const add = (type: EventType | null, path: string) => {
		const list = parts.get(type);
		if (list) list.push(path);
		else parts.set(type, [path]);
	};
	for (const bar of bars) {
		const top = baseline - bar.height;
		if (!bar.stack.length) add(null, rectPath(bar.x, top, bar.width, bar.height));
		for (const part of bar.stack) {
			add(part.type, rectPath(bar.x, top + part.y, bar.width, part.height));
		}
	}
	return [null, ...EVENT_TYPES]
		.filter((type) => parts.has(type))
		.map((type) => ({ type, d: parts.get(type)!.join('') }));
}
