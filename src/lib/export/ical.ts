/**
 * iCalendar (RFC 5545): one all-day VEVENT per dated event; a day is one day, an interval spans
 * its days (DTEND is exclusive, so the day after the last). The description carries how the date
 * was worked out, the first excerpt and every source with its address. Text values are escaped
 * (backslash, semicolon, comma, line break) and lines folded at 75 octets without splitting a
 * UTF-8 character. Undated events have no place in a calendar and are left out.
 */
import { sourceName } from '../provenance/sourceLabel';
import { daySpan, toIsoDay } from '../timeline/isoDay';
import { externalHref } from '../timeline/originalPage';
import { typeLabel } from '../timeline/lanes';
import { eventPageUrl, type ExportFormat, type ExportItem } from './types';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const utf8 = new TextEncoder();

/** A TEXT value (RFC 5545 §3.3.11); other control characters are dropped. */
export function escapeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n')
		.replace(/[\u0000-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * One content line folded (RFC 5545 §3.1): at most 75 octets a line, continuation lines start
 * with a space, and a cut never falls inside a character.
 */
export function foldLine(line: string): string {
	if (utf8.encode(line).length <= MAX_OCTETS) return line + CRLF;
	let out = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8.encode(char).length;
		if (octets + size > MAX_OCTETS) {
			out += CRLF + ' ';
			octets = 1;
		}
		out += char;
		octets += size;
	}
	return out + CRLF;
}

/** A UTC midnight as an iCalendar DATE: 20200722. */
const icalDate = (date: Date) => toIsoDay(date).replace(/-/g, '');
const icalStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

function description({ event, approximate, sources }: ExportItem, origin: string): string {
	const lines = [event.date.explanation];
	if (approximate) lines.push('The dates are a bound, not a known span.');
	if (event.mentions[0]) lines.push('', `“${event.mentions[0].excerpt}”`);
	const cited = [...new Set(event.mentions.map((m) => m.sourceId))];
	if (cited.length) lines.push('', cited.length === 1 ? 'Source:' : 'Sources:');
	for (const id of cited) {
		const source = sources.get(id);
		if (!source) continue;
		const href = externalHref(source.url);
		lines.push(`- ${sourceName(source)}${href ? ` ${href}` : ''}`);
	}
	lines.push('', `Event page: ${eventPageUrl(origin, event.id)}`);
	return lines.join('\n');
}

/** The VEVENT of a dated event, folded; '' for an undated one. */
export function icalEvent(item: ExportItem, origin: string, now: Date): string {
	const { event } = item;
	if (!event.date.start) return '';
	const [start, dayAfterEnd] = daySpan(event.date.start, event.date.end);
	const lines = [
		'BEGIN:VEVENT',
		`UID:${event.id}@diplomatic-timeline`,
		`DTSTAMP:${icalStamp(now)}`,
		`DTSTART;VALUE=DATE:${icalDate(start)}`,
		`DTEND;VALUE=DATE:${icalDate(dayAfterEnd)}`,
		`SUMMARY:${escapeText(event.title)}`,
		`DESCRIPTION:${escapeText(description(item, origin))}`,
		...(event.place ? [`LOCATION:${escapeText(event.place)}`] : []),
		`CATEGORIES:${escapeText(typeLabel(event.type))}`,
		`STATUS:${event.planned ? 'TENTATIVE' : 'CONFIRMED'}`,
		'TRANSP:TRANSPARENT',
		`URL:${eventPageUrl(origin, event.id)}`,
		'END:VEVENT'
	];
	return lines.map(foldLine).join('');
}

export const icalFormat: ExportFormat = {
	extension: 'ics',
	contentType: 'text/calendar; charset=utf-8',
	*write(items, { title, origin, now }) {
		yield [
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Diplomatic event timeline//Export//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			`X-WR-CALNAME:${escapeText(title)}`
		]
			.map(foldLine)
			.join('');
		for (const item of items) yield icalEvent(item, origin, now);
		yield foldLine('END:VCALENDAR');
	}
};
