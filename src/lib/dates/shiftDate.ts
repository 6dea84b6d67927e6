import type { EventDate, IsoDay } from '../types';
import { addDays } from './calendar';
import { describeSpan, quoteWords } from './describe';
import { mondayOf } from './weekdays';

/**
 * The date of an event tied to another dated one by words like "the next day" or "two days
 * after": the other date moved by `days`, explained with the words and what they tie to.
 */
export function shiftDate(
	base: EventDate & { start: IsoDay; end: IsoDay },
	days: number,
	words: string,
	tiedTo: string
): EventDate {
	const start = addDays(base.start, days);
	const end = addDays(base.end, days);
	const offset =
		days === 0
			? 'the same date as'
			: `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'}`;
	return {
		start,
		end,
		precision: base.precision,
		derivation: 'same-as-other-event',
		text: words,
		explanation: `${quoteWords(words)} ties it to ${tiedTo}: ${offset} ${describeSpan(base.start, base.end)}, so ${describeSpan(start, end)}.`,
		approximate: base.approximate
	};
}

/**
 * "The following week", "the week before the summit": the Monday-to-Sunday week `weeks` weeks
 * from the one the other event began in.
 */
export function shiftWeek(
	base: EventDate & { start: IsoDay; end: IsoDay },
	weeks: number,
	words: string,
	tiedTo: string
): EventDate {
	const start = addDays(mondayOf(base.start), 7 * weeks);
	const end = addDays(start, 6);
	const offset = `the week ${weeks < 0 ? 'before' : 'after'}`;
	return {
		start,
		end,
		precision: 'range',
		derivation: 'same-as-other-event',
		text: words,
		explanation: `${quoteWords(words)} ties it to ${tiedTo}: ${offset} ${describeSpan(base.start, base.end)}, so ${describeSpan(start, end)}.`,
		approximate: base.approximate
	};
}

/** An anchored phrase's shift of another event's date: by days, or to a neighbouring week. */
export function shiftAnchored(
	base: EventDate & { start: IsoDay; end: IsoDay },
	shift: { days: number; week?: true },
	words: string,
	tiedTo: string
): EventDate {
	return shift.week
		? shiftWeek(base, Math.sign(shift.days), words, tiedTo)
		: shiftDate(base, shift.days, words, tiedTo);
}
