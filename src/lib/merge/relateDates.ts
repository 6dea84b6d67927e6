import { daysMatchingPartial, partialsAgree, type PartialDate } from './partialDays';

/** A mention's date as merging sees it: an interval of day numbers and what a year-less text fixes. */
export interface DateFacts {
	start: number | null;
	end: number | null;
	approximate: boolean;
	partial: PartialDate | undefined;
	/** Calendar fields of a single-day date (start = end), to check year-less dates cheaply. */
	single?: { month: number; day: number; weekday: number };
}

/**
 * How two mentions' dates relate:
 * - 'overlap': both dated, the intervals share a day;
 * - 'conflict': both name (nearly) a single day, a few days apart: the same event if all else
 *   matches strongly, reported with different dates;
 * - 'completes': a year-less date ("Mar. 5", "on Saturday") fits the other's interval, or two
 *   year-less dates agree;
 * - 'undated': one side gives no date at all;
 * - null: the dates exclude the same event.
 */
export type DateRelation = 'overlap' | 'conflict' | 'completes' | 'undated';

/** Two reports of one day may disagree by this many days (time zones, "Tuesday" misread). */
export const MAX_CONFLICT_GAP_DAYS = 2;
/** A precise date names a day or a short span (a two-day summit, a three-day visit). */
export const MAX_PRECISE_SPAN_DAYS = 3;
/** A weekday alone fits only a well-bounded interval, not "some time last year". */
const MAX_SPAN_FOR_WEEKDAY = 31;
/** A day and month without a year fit one day a year: look at most a year and a bit. */
const MAX_SPAN_FOR_DAY_MONTH = 400;

export function isPrecise(date: DateFacts): boolean {
	return (
		date.start !== null &&
		date.end !== null &&
		!date.approximate &&
		date.end - date.start < MAX_PRECISE_SPAN_DAYS
	);
}

/** Days between two dated intervals that do not overlap. */
export function gapDays(a: DateFacts, b: DateFacts): number {
	return Math.max((b.start as number) - (a.end as number), (a.start as number) - (b.end as number));
}

function partialFits(partial: PartialDate, dated: DateFacts): boolean {
	if (dated.single) {
		const { month, day, weekday } = dated.single;
		if (partial.month === undefined && partial.weekday === undefined) return false;
		return (
			(partial.month === undefined || partial.month === month) &&
			(partial.day === undefined || partial.day === day) &&
			(partial.weekday === undefined || partial.weekday === weekday) &&
			(partial.weekday === undefined || partial.month !== undefined || !dated.approximate)
		);
	}
	const start = dated.start as number;
	const end = dated.end as number;
	const span = end - start + 1;
	if (partial.month !== undefined && partial.day !== undefined) {
		return span <= MAX_SPAN_FOR_DAY_MONTH && daysMatchingPartial(start, end, partial, 1).length > 0;
	}
	if (partial.weekday !== undefined) {
		return (
			!dated.approximate &&
			span <= MAX_SPAN_FOR_WEEKDAY &&
			daysMatchingPartial(start, end, partial, 1).length > 0
		);
	}
	return false;
}

export function relateDates(a: DateFacts, b: DateFacts): DateRelation | null {
	const aDated = a.start !== null && a.end !== null;
	const bDated = b.start !== null && b.end !== null;
	if (aDated && bDated) {
		if ((a.start as number) <= (b.end as number) && (b.start as number) <= (a.end as number)) {
			return 'overlap';
		}
		return isPrecise(a) && isPrecise(b) && gapDays(a, b) <= MAX_CONFLICT_GAP_DAYS
			? 'conflict'
			: null;
	}
	if (aDated || bDated) {
		const [dated, other] = aDated ? [a, b] : [b, a];
		if (!other.partial) return 'undated';
		return partialFits(other.partial, dated) ? 'completes' : null;
	}
	if (a.partial && b.partial) return partialsAgree(a.partial, b.partial) ? 'completes' : null;
	return 'undated';
}
