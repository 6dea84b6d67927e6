/**
 * Wording of dates in explanations: how a publication moment and a span of days read to a
 * journalist ("Wed 22 Jul 2020, 00:20 Tehran time", "January to April 2020").
 */
import type { IsoDay, Publication } from '../types';
import { daysInMonth, formatDay, monthOf, yearOf } from './calendar';

function zoneLabel(timeZone: string | null): string {
	if (!timeZone) return ' (time zone not stated)';
	if (/^[+-]\d{2}:\d{2}$/.test(timeZone)) return ` UTC${timeZone}`;
	if (timeZone === 'UTC') return ' UTC';
	const city = timeZone.split('/').pop()?.replace(/_/g, ' ');
	return ` ${city} time`;
}

/** "Wed 22 Jul 2020, 00:20 Tehran time", or "Mon 11 Mar 2019" for a day-only date. */
export function describePublication(publication: Publication): string {
	const day = formatDay(publication.day);
	if (!publication.hasTime) return day;
	return `${day}, ${publication.iso.slice(11, 16)}${zoneLabel(publication.timeZone)}`;
}

/** What a day counted from a publication date read one of two ways adds to its explanation. */
export function twoWayNote(publication: Publication | null): string {
	return publication?.approximate
		? ` The publication date reads two ways (${publication.text}); this counts from the likelier.`
		: '';
}

/** Year, month or day span in words: "2020", "March 2020", "1 to 10 March 2022", … */
export function describeSpan(start: IsoDay, end: IsoDay): string {
	const [y1, m1, y2, m2] = [yearOf(start), monthOf(start), yearOf(end), monthOf(end)];
	const wholeMonths = start.endsWith('-01') && +end.slice(8) === daysInMonth(y2, m2);
	if (start === end) return formatDay(start, 'd MMMM yyyy');
	if (wholeMonths) {
		if (y1 === y2 && m1 === 1 && m2 === 12) return String(y1);
		if (y1 === y2 && m1 === m2) return formatDay(start, 'MMMM yyyy');
		if (y1 === y2) return `${formatDay(start, 'MMMM')} to ${formatDay(end, 'MMMM yyyy')}`;
		return `${formatDay(start, 'MMMM yyyy')} to ${formatDay(end, 'MMMM yyyy')}`;
	}
	if (y1 === y2 && m1 === m2) return `${formatDay(start, 'd')} to ${formatDay(end, 'd MMMM yyyy')}`;
	if (y1 === y2) return `${formatDay(start, 'd MMMM')} to ${formatDay(end, 'd MMMM yyyy')}`;
	return `${formatDay(start, 'd MMMM yyyy')} to ${formatDay(end, 'd MMMM yyyy')}`;
}

/** "'Early last year'": the words quoted, first letter capitalised, for the start of a sentence. */
export function quoteWords(words: string): string {
	const trimmed = words.trim().replace(/[,;:]$/, '');
	return `'${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}'`;
}
