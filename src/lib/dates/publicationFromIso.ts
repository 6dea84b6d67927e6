import type { Publication } from '../types';
import { isValidDay } from './calendar';

const ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A Publication from an ISO 8601 string such as front matter gives ("2021-02-06T13:47:00+03:30",
 * "2021-04-12T05:35:00Z", "2021-02-06"). The day is the calendar day written in the string, i.e.
 * in the publisher's zone; without an offset the zone is unknown and the time is read as UTC.
 * Null when the string is not such a date.
 */
export function publicationFromIso(
	value: string,
	origin: Publication['origin'] = 'front-matter'
): Publication | null {
	const m = ISO.exec(value.trim());
	if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
	if (m[4] !== undefined && !isValidTime(m[4], m[5], m[6])) return null;
	if (m[7] && m[7] !== 'Z' && !isValidOffset(m[7])) return null;
	const day = `${m[1]}-${m[2]}-${m[3]}`;
	const offset = !m[7] ? null : m[7] === 'Z' ? '+00:00' : `${m[7].slice(0, 3)}:${m[7].slice(-2)}`;
	const time = m[4] ? `${m[4]}:${m[5]}:${m[6] ?? '00'}` : '00:00:00';
	return {
		iso: `${day}T${time}${offset ?? '+00:00'}`,
		day,
		timeZone: offset === '+00:00' ? 'UTC' : offset,
		hasTime: m[4] !== undefined,
		text: value.trim(),
		origin
	};
}

function isValidTime(hour: string, minute: string, second = '00'): boolean {
	return Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59;
}

/** Real offsets run from -12:00 to +14:00 (Kiribati); `+99:00` is a typo, not a zone. */
function isValidOffset(offset: string): boolean {
	const hours = Number(offset.slice(1, 3));
	const minutes = Number(offset.slice(-2));
	return minutes <= 59 && hours * 60 + minutes <= (offset[0] === '+' ? 14 : 12) * 60;
}
