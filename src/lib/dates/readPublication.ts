/**
 * The publication moment of an article read from its first lines: the header lines above the
 * first paragraph of prose, a stamp glued to the first paragraphs or standing right under the
 * first one, and a dateline opening it ("TEHRAN, Sep. 26 (MNA) –").
 */
import type { Publication } from '../types';
import { isValidDay, isoDay } from './calendar';
import { outletZone, zoneInLine, zonedIso, fixedOffset } from './timeZones';
import type { PublicationReading } from './types';
import { describeReading, weighReadings, type Reading } from './weighReadings';
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
	readings?: [Reading, Reading];
	/** Read day first only because dots separate it ("09.04.2024"), for the explanation. */
	dottedDayFirst?: boolean;
	/** "Updated:"/"Last modified" stamps count only when there is nothing else. */
	updated: boolean;
	/** How much the line looks like a stamp: a time, a zone, a label ("Published:"). */
	strength: number;
	/** Where the date starts and ends in the line. */
	at: number;
	dateEnd: number;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i;
const UPDATED = /\b(?:updated|modified|edited|revised)\b/i;
const UPDATED_BRACKET = /\[\s*(?:last\s+)?(?:updated|modified)[^\]]*\]/gi;
const STAMP_LABEL = /\b(?:published|posted|updated|modified|date|time|released)\b/i;

/** A year, which a page copied without its markup may run into the time ("20245:41 PM"). */
const STAMP_YEAR = String.raw`(?:19|20)\d{2}(?:\b|(?=(?:[01]?\d|2[0-3])[:.][0-5]\d))`;

const ISO_DATE =
	/(?<!\d)((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:\s*(Z|[+-]\d{2}:?\d{2})(?!\d))?/;
const MONTH_FIRST = new RegExp(
	String.raw`(?:(${WEEKDAY}),?\s+)?(${MONTH})\s*(${DAY}),?\s+(${STAMP_YEAR})`,
	'i'
);
const DAY_FIRST = new RegExp(
	String.raw`(?:(${WEEKDAY}),?\s+)?(${DAY})\s+(?:of\s+)?(${MONTH}),?\s+(${STAMP_YEAR})`,
	'i'
);
const NUMERIC_DATE =
	/(?<![\d.:/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}(?=(?:[01]?\d|2[0-3]):[0-5]\d)|(?:\d{4}|\d{2})(?![\d.:/-]*\d))/;
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
	let date: Pick<Stamp, 'year' | 'month' | 'day' | 'readings' | 'dottedDayFirst'>;
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
		// "09.04.2024": dots write the day first wherever they are used.
		const dotted = first[2] === '.';
		date =
			a > 12 || a === b || (dotted && b <= 12)
				? { year, month: b, day: a, dottedDayFirst: a <= 12 && a !== b }
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
	return { ...date, time, zone, updated, strength, at: first.index, dateEnd };
}

/** A stamp found in the first lines, with the words it was read from and where they are. */
interface Candidate {
	stamp: Stamp;
	words: string;
	span: { start: number; end: number };
	/** The whole line, whose weekday may settle a two-way numeric date. */
	line: string;
}

/** How far into a prose line a stamp glued to the headline before it may sit. */
const GLUED_REACH = 250;
/** The first sentence of a line ends here ("… in the capital. The"), not at "Jan. 2". */
const SENTENCE_END = /[a-z]{2}[.!?]["”’)]?\s+["“]?[A-Z]/;
/** A label right before a stamp glued to text: "date 2019-04-02", "Published on March 3, 2021". */
const LABEL_BEFORE =
	/(?:^|[^\p{L}])(?:(?:first\s+)?published|posted|(?:last\s+)?updated|modified|date[ds]?)(?:\s+on)?\s*:?\s*$/iu;
const UPDATE_LABEL = /updated|modified/i;
/** A date that prose tells ("talks on March 3, 2021"): a preposition or article before it. */
const PROSE_LEAD =
	/\b(?:on|in|since|by|until|till|from|before|after|of|to|between|and|or|the|as|at|for|during|until|than)\s*$/i;
/** A time and zone right after a stamp's date ("5:41 PM GMT+3", "at 10:30 CET", "| 08:12"). */
const STAMP_TAIL =
	/^[\s,|·•-]*(?:at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?:\s*[AaPp]\.?\s?[Mm]\b\.?)?(?:\s*\(?(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)?|\s*\(?[A-Z]{2,5}\b\)?)?/;
/** A standalone stamp line after the first paragraph has few words besides the date. */
const MAX_STAMP_LINE_WORDS = 8;
/** Lines after the first paragraph where a standalone stamp may still sit. */
const STAMP_LINES_AFTER_PROSE = 3;

/**
 * A stamp glued to a prose line: at its start ("date 2019-04-02 The ministers …", "Published
 * 2 April 2019 The …") or glued to the headline before the first sentence ("… port deal January
 * 2, 2024 5:41 PM GMT+3 MOGADISHU …"). A date that prose tells is never one: a mid-line stamp
 * needs a time of day or a label and no preposition before it; a line-opening one must not run
 * on as the subject of a sentence ("March 3, 2021, was …").
 */
function gluedStamp(line: Line, header: string): Candidate | null {
	const text = line.text;
	const sentenceEnd = text.search(SENTENCE_END);
	const reach = Math.min(GLUED_REACH, sentenceEnd < 0 ? text.length : sentenceEnd + 3);
	const found = readStamp(text.slice(0, reach), header);
	if (!found) return null;
	const before = text.slice(0, found.at);
	const label = LABEL_BEFORE.exec(before);
	const tail = STAMP_TAIL.exec(text.slice(found.dateEnd));
	let tailLength = tail ? tail[0].length : 0;
	// A capitalised word after the time is a zone only if it names one ("GMT", not "The").
	if (tail && /[A-Z]{2,5}\)?$/.test(tail[0]) && !zoneInLine(tail[0], header)) {
		tailLength = tail[0].replace(/\s*\(?[A-Z]{2,5}\)?$/, '').length;
	}
	const hasClock = tailLength > 0 || found.time !== null;
	const after = text.slice(found.dateEnd + tailLength);
	if (!label) {
		if (before.trim() === '' ? /^\s*,?\s*[a-z]/.test(after) : !hasClock || PROSE_LEAD.test(before))
			return null;
	}
	const start = label ? label.index + label[0].length - label[0].trimStart().length : found.at;
	const words = text.slice(start, found.dateEnd + tailLength).trim();
	const stamp = readStamp(words, header);
	if (!stamp) return null;
	if (label && UPDATE_LABEL.test(label[0])) stamp.updated = true;
	const from = line.start + text.indexOf(words, start);
	return { stamp, words, span: { start: from, end: from + words.length }, line: text };
}

/**
 * Where a publication stamp glued to a line of text sits in it ("date 2019-04-02 The ministers
 * …"), or null: so that extraction reads the prose around it and not the stamp.
 */
export function gluedStampSpan(text: string): { start: number; end: number } | null {
	return gluedStamp({ text, start: 0 }, text)?.span ?? null;
}

function lineCandidate(line: Line, header: string): Candidate | null {
	const stamp = isSentence(line.text) ? null : readStamp(line.text, header);
	if (!stamp) return null;
	const words = line.text.replace(UPDATED_BRACKET, '').trim();
	const span = { start: line.start, end: line.start + line.text.trimEnd().length };
	return { stamp, words, span, line: line.text };
}

/** A line after the first paragraph that holds nothing but a stamp ("March 4, 2021 | 10:00 GMT"). */
function standaloneCandidate(line: Line, header: string): Candidate | null {
	if (isProse(line.text)) return null;
	const found = lineCandidate(line, header);
	if (!found || found.stamp.strength < 2) return null;
	const words = blank(line.text, found.stamp.at, found.stamp.dateEnd - found.stamp.at).match(
		/\p{L}{2,}/gu
	);
	return (words?.length ?? 0) <= MAX_STAMP_LINE_WORDS ? found : null;
}

/** Closing lines of a press release where its place and date may stand ("Abidjan, 5 March 2025"). */
const SIGN_OFF_LINES = 2;

/**
 * A press release's sign-off: a short line after the last paragraph that holds a date with its
 * year, and perhaps a place ("Abidjan, 5 March 2025").
 */
function signOffCandidate(lines: Line[], header: string): Candidate | undefined {
	const lastProse = lines.findLastIndex((l) => isProse(l.text));
	if (lastProse < 0) return undefined;
	for (const line of lines.slice(lastProse + 1, lastProse + 1 + SIGN_OFF_LINES)) {
		if (line.text.trim().split(/\s+/).length > MAX_STAMP_LINE_WORDS) continue;
		const found = lineCandidate(line, header);
		if (found && !found.stamp.updated) return found;
	}
	return undefined;
}

/** The strongest stamp that is not an update (updates count only when alone), first on ties. */
function strongest(candidates: Candidate[]): Candidate | undefined {
	const published = candidates.filter((c) => !c.stamp.updated);
	return (published.length ? published : candidates).reduce<Candidate | undefined>(
		(best, c) => (!best || c.stamp.strength > best.stamp.strength ? c : best),
		undefined
	);
}

function ambiguityMessage(stamp: Stamp, words: string): string {
	const [dayFirst, monthFirst] = stamp.readings!;
	return `${words.trim()} could be ${describeReading(stamp.year, dayFirst)} or ${describeReading(stamp.year, monthFirst)} ${stamp.year}: nothing in the article says which.`;
}

function toPublication(stamp: Stamp, words: string, header: string, note = ''): Publication | null {
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
			? `${words}${conventional}${note}`
			: `${words}${note} (no time zone stated: wall-clock time kept, read as UTC)`,
		origin: 'header'
	};
}

/**
 * Publication date/time and zone read from an article's first lines: header lines above the
 * first paragraph, a stamp glued to the first paragraphs (a page copied without its markup), a
 * stamp line right after the first paragraph, or a dateline opening it. The first stamp wins
 * over "Updated"/"Last modified" ones (which count only when alone); copyright lines and dates
 * that prose tells never count. A numeric date that reads both ways is settled by the zone's
 * convention and the body's weekdays and dates (marked approximate when they only lean one
 * way); when nothing says which, it is reported in `ambiguity`, never guessed.
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

	const inHeader = headerLines.flatMap((line) => lineCandidate(line, header) ?? []);
	const glued = firstParagraph
		? lines
				.slice(proseIndex, proseIndex + 2)
				.filter((l) => isProse(l.text))
				.flatMap((line) => gluedStamp(line, header) ?? [])
		: [];
	const afterProse = firstParagraph
		? lines
				.slice(proseIndex + 1, Math.min(proseIndex + 1 + STAMP_LINES_AFTER_PROSE, lines.length))
				.flatMap((line) => standaloneCandidate(line, header) ?? [])
		: [];
	const chosen =
		strongest([...inHeader, ...glued]) ??
		strongest(afterProse) ??
		(dateline?.[3] ? undefined : signOffCandidate(lines, header));
	if (chosen) {
		const { stamp, words, span } = chosen;
		let settled: Stamp = stamp;
		let note = '';
		let approximate = false;
		if (stamp.readings) {
			const weekdayWord = WEEKDAY_WORD.exec(chosen.line);
			const weighed = weighReadings({
				year: stamp.year,
				readings: stamp.readings,
				zone: stamp.zone ?? outletZone(header),
				lineWeekday: weekdayWord ? (weekdayNumber(weekdayWord[0]) ?? null) : null,
				header: `${header}\n${dateline?.[0] ?? ''}`,
				body: body.slice(firstParagraph?.start ?? span.end)
			});
			if (!weighed)
				return {
					publication: null,
					ambiguity: ambiguityMessage(stamp, words),
					partial: null,
					span
				};
			settled = { ...stamp, ...weighed.reading, readings: undefined };
			approximate = weighed.approximate;
			note = ` (read as ${describeReading(stamp.year, weighed.reading)}${approximate ? ', uncertain' : ''}: ${weighed.reason})`;
		}
		if (stamp.dottedDayFirst)
			note = ` (read as ${describeReading(stamp.year, stamp)}: dotted dates write the day first)`;
		const publication = toPublication(settled, words, header, note);
		if (publication)
			return {
				publication: approximate ? { ...publication, approximate } : publication,
				ambiguity: null,
				partial: null,
				span
			};
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
				strength: 0,
				at: 0,
				dateEnd: 0
			};
			const publication = toPublication(stamp, dateline[0].trim(), header);
			if (publication) return { publication, ambiguity: null, partial: null, span };
		}
		if (isValidDay(2000, month, day))
			return { publication: null, ambiguity: null, partial: { month, day }, span };
	}
	return { publication: null, ambiguity: null, partial: null, span: null };
}
