/**
 * A linear UTC time scale: instants to pixels and back, and calendar ticks from d3-time. It
 * computes exactly what d3-scale's `scaleUtc` does for a two-instant domain, without the
 * generic interpolators (colours, strings, objects) that `scaleUtc` pulls into the page's
 * JavaScript although a timeline only ever interpolates numbers.
 */
import { utcTicks } from 'd3-time';

export interface TimeScale {
	/** Pixel position of an instant (a Date or epoch milliseconds). */
	(instant: Date | number): number;
	/** The instant at a pixel position. */
	invert(px: number): Date;
	domain(): [Date, Date];
	/** About `count` calendar-aligned ticks within the domain, in time order. */
	ticks(count: number): Date[];
}

/** Whole milliseconds, as a Date holds them. */
const instantOf = (value: Date | number) => (value instanceof Date ? +value : Math.round(value));

/** Maps [`from`, `to`] onto [`start`, `end`] pixels. */
export function utcScale(
	[from, to]: readonly [Date | number, Date | number],
	[start, end]: readonly [number, number]
): TimeScale {
	const t0 = instantOf(from);
	const t1 = instantOf(to);
	const span = t1 - t0;
	const pixels = end - start;
	// As d3: a domain of one instant maps everything to the middle of the range.
	const scale = (instant: Date | number) => {
		const t = span ? (+instant - t0) / span : 0.5;
		return start * (1 - t) + end * t;
	};
	scale.invert = (px: number) => {
		const t = pixels ? (px - start) / pixels : 0.5;
		return new Date(Math.round(t0 * (1 - t) + t1 * t));
	};
	scale.domain = (): [Date, Date] => [new Date(t0), new Date(t1)];
	scale.ticks = (count: number) => utcTicks(new Date(t0), new Date(t1), count);
	return scale;
}
