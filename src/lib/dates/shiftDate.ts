import type { EventDate, IsoDay } from '../types';
import { addDays } from './calendar';
import { describeSpan, quoteWords } from './describe';

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
