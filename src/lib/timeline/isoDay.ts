/**
 * Calendar days as instants. The timeline works in UTC throughout so that an ISO day is the
 * same band on every reader's screen, whatever their time zone.
 */
import { utcDay } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { utcMidnight } from '../dates/utcMidnight';
import type { IsoDay } from '../types';

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatDay = utcFormat('%Y-%m-%d');

/** Midnight UTC at the start of `day`; throws on a malformed day so bad data is not drawn silently. */
export function parseIsoDay(day: IsoDay): Date {
	// Parsed by hand: this runs for every event of every load, and d3's parser is generic.
	const match = ISO_DAY.exec(day);
	const date = match && new Date(utcMidnight(+match[1], +match[2], +match[3]));
	// 30 February rolls over into March: a day that moved did not exist.
	if (!date || date.getUTCDate() !== +match[3] || date.getUTCMonth() !== +match[2] - 1) {
		throw new RangeError(`not an ISO day: ${day}`);
	}
	return date;
}

/** The UTC calendar day containing `date`. */
export function toIsoDay(date: Date): IsoDay {
	return formatDay(date);
}

/** The instants covered by the inclusive days `start`..`end`: [start 00:00, day after end 00:00). */
export function daySpan(start: IsoDay, end: IsoDay | null): [Date, Date] {
	return [parseIsoDay(start), utcDay.offset(parseIsoDay(end ?? start), 1)];
}

/** The inclusive ISO days touched by the half-open instant range [from, to). */
export function isoDaysOf(from: Date, to: Date): { from: IsoDay; to: IsoDay } {
	return { from: toIsoDay(from), to: toIsoDay(new Date(Math.max(+from, +to - 1))) };
}
