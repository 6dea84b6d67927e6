/**
 * An event's date as a reader should see it: no more precise than the text allows. The
 * wording follows the interval actually stored (whole months print as months, whole years as
 * years), so a label can never claim a day the extraction did not find.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { TimelineEvent } from './types';
import { parseIsoDay } from './isoDay';

type DateFields = Pick<TimelineEvent['date'], 'start' | 'end' | 'approximate'>;

const dayMonthYear = utcFormat('%-d %b %Y');
const dayMonth = utcFormat('%-d %b');
const day = utcFormat('%-d');
const monthYear = utcFormat('%b %Y');
const month = utcFormat('%b');
const year = utcFormat('%Y');

const sameYear = (a: Date, b: Date) => a.getUTCFullYear() === b.getUTCFullYear();
const sameMonth = (a: Date, b: Date) => sameYear(a, b) && a.getUTCMonth() === b.getUTCMonth();

/** Joins the two ends of a span; an en dash, spaced when either side has spaces. */
function joinSpan(first: string, last: string): string {
	return first.includes(' ') || last.includes(' ') ? `${first} – ${last}` : `${first}–${last}`;
}

function formatSpan(first: Date, last: Date): string {
	const afterLast = utcDay.offset(last, 1);
	if (+utcYear.floor(first) === +first && +utcYear.floor(afterLast) === +afterLast) {
		return sameYear(first, last) ? year(first) : joinSpan(year(first), year(last));
	}
	if (+utcMonth.floor(first) === +first && +utcMonth.floor(afterLast) === +afterLast) {
		if (sameMonth(first, last)) return monthYear(first);
		if (sameYear(first, last)) return `${joinSpan(month(first), month(last))} ${year(last)}`;
		return joinSpan(monthYear(first), monthYear(last));
	}
	if (+first === +last) return dayMonthYear(first);
	if (sameMonth(first, last)) return `${joinSpan(day(first), day(last))} ${monthYear(last)}`;
	if (sameYear(first, last)) return `${joinSpan(dayMonth(first), dayMonth(last))} ${year(last)}`;
	return joinSpan(dayMonthYear(first), dayMonthYear(last));
}

/**
 * "21 Jul 2020", "21–23 Jul 2020", "Jan–Apr 2020 (approx.)", "2019", or "Undated" when the
 * text gives no resolvable date.
 */
export function formatEventDate(date: DateFields): string {
	if (!date.start) return 'Undated';
	const label = formatSpan(parseIsoDay(date.start), parseIsoDay(date.end ?? date.start));
	return date.approximate ? `${label} (approx.)` : label;
}
