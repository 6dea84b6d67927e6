/**
 * The publication moment of an article read from its header lines: the lines above the first
 * paragraph of prose, plus a dateline opening that paragraph ("TEHRAN, Sep. 26 (MNA) –").
 */
import type { Publication } from '../types';
import { isValidDay, isoDay, weekdayOf } from './calendar';
import { findTemporalExpressions } from './findTemporalExpressions';
import { isUsZone, outletZone, zoneInLine, zonedIso, fixedOffset } from './timeZones';
import type { PublicationReading } from './types';
import { DAY, MONTH, WEEKDAY, YEAR, dayValue, monthNumber, weekdayNumber } from './words';

/** Header lines come before the prose; past this many non-empty lines it is body text. */
const MAX_HEADER_LINES = 15;

interface Line {
	text: string;
	start: number;
}

interface Stamp {
	year: number;
	month: number;
	day: number;
	time: { hour: number; minute: number; second: number } | null;
	zone: string | null;
	/** When the numeric date reads both ways: the two readings, for the message. */
	readings?: { month: number; day: number }[];
	/** "Updated:"/"Last modified" stamps count only when there is nothing else. */
	updated: boolean;
	/** How much the line looks like a stamp: a time, a zone, a label ("Published:"). */
	strength: number;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i;
const UPDATED = /\b(?:updated|modified|edited|revised)\b/i;
const UPDATED_BRACKET = /\[\s*(?:last\s+)?(?:updated|modified)[^\]]*\]/gi;
const STAMP_LABEL = /\b(?:published|posted|updated|modified|date|time|released)\b/i;

const ISO_DATE =
	/(?<!\d)((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:\s*(Z|[+-]\d{2}:?\d{2})(?!\d))?/;
const MONTH_FIRST = new RegExp(
	String.raw`(?:(${WEEKDAY}),?\s+)?(${MONTH})\s*(${DAY}),?\s+(${YEAR})`,
	'i'
);
const DAY_FIRST = new RegExp(
	String.raw`(?:(${WEEKDAY}),?\s+)?(${DAY})\s+(?:of\s+)?(${MONTH}),?\s+(${YEAR})`,
	'i'
);
const NUMERIC_DATE = /(?<![\d.:/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.:/-]*\d)/;
/** "19:42", "1:47 PM", "16.20", "12:37:00 p.m.", with an RFC 2822 offset after it ("+0430"). */
const CLOCK =
	/(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.]([0-5]\d))?(?!\d)(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?(?:\s*([+-])(\d{2}):?(\d{2})(?!\d))?/;
const MILITARY_TIME = /(?<!\d)([01]\d|2[0-3])([0-5]\d)\s*(?=GMT|UTC|Z\b)/;
const WEEKDAY_WORD = new RegExp(WEEKDAY, 'i');
/**
 * "TEHRAN, Sep. 26 (MNA) –", "WASHINGTON, March 3, 2021 (Reuters) -", "MOSCOW, June 18. /TASS/."
 * opening the first paragraph.
 */
const DATELINE = new RegExp(
	String.raw`^\s*[a-z][a-z.' -]{0,40}[a-z.],\s+(${MONTH})\s*(${DAY})(?:,?\s+(${YEAR}))?(?:\s*\(([^)]{1,40})\))?(?:\s*(?:-{1,2}|–|—)|\.?\s*\/[^/]{1,20}\/\.?)`,
	'i'
);

/** A line of prose: a dozen words or more ending like a sentence. */
function isProse(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.split(/\s+/).length >= 12 && /[.!?"”’)]$/.test(trimmed);
}

/** A short sentence ("The vote was held on March 3, 2021."): body text, not a stamp. */
function isSentence(text: string): boolean {
	const trimmed = text.trim();
	return (
		trimmed.split(/\s+/).length >= 6 && /[.!?]["”’)]?$/.test(trimmed) && !STAMP_LABEL.test(trimmed)
	);
}

function splitLines(body: string, from: number): Line[] {
	const lines: Line[] = [];
	const pattern = /[^\r\n]*/g;
	pattern.lastIndex = from;
	for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
		if (m[0].trim()) lines.push({ text: m[0], start: m.index });
		if (pattern.lastIndex >= body.length) break;
		pattern.lastIndex +=
			body[pattern.lastIndex] === '\r' && body[pattern.lastIndex + 1] === '\n' ? 2 : 1;
	}
	return lines;
}

/** Blanks out a matched part so that later searches on the line do not see it again. */
function blank(text: string, at: number, length: number): string {
	return text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
}

function fullYear(text: string): number {
	const n = Number(text);
	return text.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function readClock(line: string): { time: Stamp['time']; offset: string | null; rest: string } {
	const clock = CLOCK.exec(line);
	if (clock) {
		let hour = Number(clock[1]);
		const meridiem = clock[4]?.toLowerCase();
		if (meridiem === 'p' && hour < 12) hour += 12;
		if (meridiem === 'a' && hour === 12) hour = 0;
		const time = { hour, minute: Number(clock[2]), second: Number(clock[3] ?? 0) };
		const offset = clock[5] ? fixedOffset(clock[5], clock[6], clock[7]) : null;
		return { time, offset, rest: blank(line, clock.index, clock[0].length) };
	}
	const military = MILITARY_TIME.exec(line);
	if (military) {
		const time = { hour: Number(military[1]), minute: Number(military[2]), second: 0 };
		return { time, offset: null, rest: blank(line, military.index, military[0].length) };
	}
	return { time: null, offset: null, rest: line };
}

/** The date, time and zone a header line states, or null when it has no full date. */
function readStamp(raw: string, header: string): Stamp | null {
	const line = raw.replace(UPDATED_BRACKET, (m) => ' '.repeat(m.length));
	if (COPYRIGHT.test(line)) return null;
	const iso = ISO_DATE.exec(line);
	const monthFirst = MONTH_FIRST.exec(line);
	const dayFirst = DAY_FIRST.exec(line);
	const numeric = NUMERIC_DATE.exec(line);
	const first = [iso, monthFirst, dayFirst, numeric]
		.filter((m): m is RegExpExecArray => m !== null)
		.sort((a, b) => a.index - b.index)[0];
	if (!first) return null;
	const updated = UPDATED.test(line.slice(0, first.index));
	// "Published: March 3, 2021 | Updated: March 4, 2021 10:00 GMT": the time is the update's.
	const dateEnd = first.index + first[0].length;
	const laterUpdate = line.slice(dateEnd).search(UPDATED);
	let rest = blank(line, first.index, first[0].length).slice(
		0,
		laterUpdate < 0 ? line.length : dateEnd + laterUpdate
	);
	let date: Pick<Stamp, 'year' | 'month' | 'day' | 'readings'>;
	let time: Stamp['time'] = null;
	let zone: string | null = null;
	if (first === iso) {
		date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
		if (iso[4])
			time = { hour: Number(iso[4]), minute: Number(iso[5]), second: Number(iso[6] ?? 0) };
		if (iso[7])
			zone = iso[7] === 'Z' ? 'UTC' : fixedOffset(iso[7][0], iso[7].slice(1, 3), iso[7].slice(-2));
	} else if (first === monthFirst || first === dayFirst) {
		const [monthWord, dayWord] = first === monthFirst ? [first[2], first[3]] : [first[3], first[2]];
		date = { year: Number(first[4]), month: monthNumber(monthWord) ?? 0, day: dayValue(dayWord) };
	} else {
		const [a, b] = [Number(first[1]), Number(first[3])];
		const year = fullYear(first[4]);
		date =
			a > 12 || a === b
				? { year, month: b, day: a }
				: b > 12
					? { year, month: a, day: b }
					: {
							year,
							month: 0,
							day: 0,
							readings: [
								{ month: b, day: a },
								{ month: a, day: b }
							]
						};
	}
	if (!time) {
		const clock = readClock(rest);
		({ time, rest } = clock);
		zone = clock.offset;
	}
	zone ??= zoneInLine(rest, header);
	const strength = (time ? 2 : 0) + (zone ? 1 : 0) + (STAMP_LABEL.test(line) ? 2 : 0);
	return { ...date, time, zone, updated, strength };
}

/**
 * Settles a numeric date that reads both ways (03/10/2023) from evidence: a weekday on the line
 * that fits one reading, the same day written with a month name elsewhere in the header or
 * first paragraph, or a US zone (US outlets write month first).
 */
function settle(stamp: Stamp, line: string, evidence: string): Stamp | null {
	if (!stamp.readings) return stamp;
	const fits = (test: (r: { month: number; day: number }) => boolean) => {
		const matching = stamp.readings!.filter(test);
		return matching.length === 1 ? matching[0] : null;
	};
	const weekdayWord = WEEKDAY_WORD.exec(line);
	const weekday = weekdayWord ? weekdayNumber(weekdayWord[0]) : undefined;
	const named = findTemporalExpressions(evidence).flatMap((e) =>
		e.value.kind === 'date' ? [e.value] : []
	);
	const chosen =
		(weekday !== undefined &&
			fits((r) => weekdayOf(isoDay(stamp.year, r.month, r.day)) === weekday)) ||
		fits((r) => named.some((n) => n.month === r.month && n.day === r.day)) ||
		(isUsZone(stamp.zone) ? stamp.readings[1] : null);
	return chosen ? { ...stamp, ...chosen, readings: undefined } : null;
}

function ambiguityMessage(stamp: Stamp, words: string): string {
	const [dayFirst, monthFirst] = stamp.readings!;
	const name = (r: { month: number; day: number }) =>
		new Date(2000, r.month - 1, r.day, 12).toLocaleDateString('en-GB', {
			day: 'numeric',
			month: 'long'
		});
	return `${words.trim()} could be ${name(dayFirst)} or ${name(monthFirst)} ${stamp.year}: nothing in the header says which.`;
}

function toPublication(stamp: Stamp, words: string, header: string): Publication | null {
	if (!isValidDay(stamp.year, stamp.month, stamp.day)) return null;
	const zone = stamp.zone ?? outletZone(header);
	const { hour, minute, second } = stamp.time ?? { hour: 0, minute: 0, second: 0 };
	const iso = zonedIso(stamp.year, stamp.month, stamp.day, hour, minute, second, zone ?? '+00:00');
	const conventional = !stamp.zone && zone ? ` (outlet's home zone ${zone})` : '';
	return {
		iso,
		day: isoDay(stamp.year, stamp.month, stamp.day),
		timeZone: zone,
		hasTime: stamp.time !== null,
		text: zone
			? `${words}${conventional}`
			: `${words} (no time zone stated: wall-clock time kept, read as UTC)`,
		origin: 'header'
	};
}

/**
 * Publication date/time and zone read from an article's header lines. The first stamp wins over
 * "Updated"/"Last modified" ones (which count only when alone); copyright lines and dates in
 * body sentences never count. A numeric date that reads both ways and cannot be settled is
 * reported in `ambiguity`, never guessed.
 */
export function readPublication(body: string): PublicationReading {
	const frontMatter = FRONT_MATTER.exec(body);
	const lines = splitLines(body, frontMatter ? frontMatter[0].length : 0);
	const proseIndex = lines.findIndex((l) => isProse(l.text));
	const headerEnd = Math.min(proseIndex < 0 ? lines.length : proseIndex, MAX_HEADER_LINES);
	const headerLines = lines.slice(0, headerEnd);
	const firstParagraph =
		proseIndex >= 0 && proseIndex <= MAX_HEADER_LINES ? lines[proseIndex] : null;
	const dateline = firstParagraph ? DATELINE.exec(firstParagraph.text) : null;
	const header = [...headerLines.map((l) => l.text), dateline?.[0] ?? ''].join('\n');

	const stamps = headerLines.flatMap((line) => {
		const stamp = isSentence(line.text) ? null : readStamp(line.text, header);
		return stamp ? [{ stamp, line }] : [];
	});
	// The strongest first stamp that is not an update; a headline with a bare date loses to a
	// stamp line with a time.
	const ranked = stamps.filter((s) => !s.stamp.updated);
	const pool = ranked.length ? ranked : stamps;
	const chosen = pool.reduce<(typeof stamps)[number] | undefined>(
		(best, s) => (!best || s.stamp.strength > best.stamp.strength ? s : best),
		undefined
	);
	if (chosen) {
		const words = chosen.line.text.replace(UPDATED_BRACKET, '').trim();
		const span = {
			start: chosen.line.start,
			end: chosen.line.start + chosen.line.text.trimEnd().length
		};
		const settled = settle(
			chosen.stamp,
			chosen.line.text,
			`${header}\n${firstParagraph?.text ?? ''}`
		);
		if (!settled)
			return {
				publication: null,
				ambiguity: ambiguityMessage(chosen.stamp, words),
				partial: null,
				span
			};
		const publication = toPublication(settled, words, header);
		if (publication) return { publication, ambiguity: null, partial: null, span };
	}
	if (dateline && firstParagraph) {
		const month = monthNumber(dateline[1]) ?? 0;
		const day = dayValue(dateline[2]);
		const span = { start: firstParagraph.start, end: firstParagraph.start + dateline[0].length };
		if (dateline[3]) {
			const stamp: Stamp = {
				year: Number(dateline[3]),
				month,
				day,
				time: null,
				zone: null,
				updated: false,
				strength: 0
			};
			const publication = toPublication(stamp, dateline[0].trim(), header);
			if (publication) return { publication, ambiguity: null, partial: null, span };
		}
		if (isValidDay(2000, month, day))
			return { publication: null, ambiguity: null, partial: { month, day }, span };
	}
	return { publication: null, ambiguity: null, partial: null, span: null };
}
