/**
 * One visual grammar for how sure a date is, shared by the SVG marks, the canvas marks, the
 * legend, the selected event's card and the event page:
 * - `day`: a point, a known day;
 * - `span`: a solid bar with hard ends, a known span ("18–19 March", "a three-day visit");
 * - `within`: a soft bar fading at both ends, some time inside the interval ("last week", "over
 *   the weekend", "in March");
 * - `by`: a bar fading in towards a hard end, a bound of which only the end is known ("reported
 *   by 12 April").
 */
import type { EventDate } from '../types';
import approximateSpanWords from './approximateSpanWords.json';

export type DateShape = 'day' | 'span' | 'within' | 'by';

/** Words that make a range of days "some time in" it rather than "throughout" it. */
const APPROXIMATE_SPAN_WORDS = new Set<string>(approximateSpanWords);

export function dateShape(
	date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'text'>
): DateShape {
	if (!date.end || date.end === date.start) return 'day';
	if (date.approximate) return 'by';
	if (date.precision !== 'range') return 'within';
	const words = date.text.toLowerCase().match(/\p{L}+/gu) ?? [];
	return words.some((word) => APPROXIMATE_SPAN_WORDS.has(word)) ? 'within' : 'span';
}

/** Opacity of a soft bar's fill along its length (offset 0–1, opacity 0–1): no hard ends. */
export const SOFT_STOPS: readonly (readonly [number, number])[] = [
	[0, 0.05],
	[0.3, 0.6],
	[0.7, 0.6],
	[1, 0.05]
];
/** A bound's fill rises towards its known end, where a hard edge is drawn. */
export const BOUND_STOPS: readonly (readonly [number, number])[] = [
	[0, 0.05],
	[0.6, 0.45],
	[1, 0.9]
];
/** The fill stops of a bar of this shape, or null for a solid fill. */
export function fillStops(shape: DateShape) {
	return shape === 'within' ? SOFT_STOPS : shape === 'by' ? BOUND_STOPS : null;
}

/** A planned event's outline: dashes and gaps in pixels (SVG and canvas marks, the date key). */
export const PLANNED_DASH = [3, 2] as const;

export const BAR_HEIGHT = 8;
/** Height of the hard edge drawn at a bound's known end. */
export const BOUND_EDGE_HEIGHT = 14;
/**
 * Pixels taken off each end of a bar, so that bars of neighbouring periods (March, then April)
 * keep a gap and do not read as one long bar.
 */
export const BAR_INSET = 1.5;

/** What each shape means, in the words of the legend. */
export const SHAPE_MEANINGS: readonly { shape: DateShape; meaning: string }[] = [
	{ shape: 'day', meaning: 'a known day' },
	{ shape: 'span', meaning: 'a known span' },
	{ shape: 'within', meaning: 'some time within (soft ends)' },
	{ shape: 'by', meaning: 'by a known day (only the end is known)' }
];
