/**
 * Shared vocabulary of date words: month and weekday names (with the abbreviations news sites
 * use), number words, and regex fragments built from them. Fragments have no capture groups
 * of their own so that callers can wrap them.
 */

const MONTHS: [string, number][] = [
	['january', 1],
	['february', 2],
	['march', 3],
	['april', 4],
	['may', 5],
	['june', 6],
	['july', 7],
	['august', 8],
	['september', 9],
	['october', 10],
	['november', 11],
	['december', 12],
	['jan', 1],
	['feb', 2],
	['mar', 3],
	['apr', 4],
	['jun', 6],
	['jul', 7],
	['aug', 8],
	['sept', 9],
	['sep', 9],
	['oct', 10],
	['nov', 11],
	['dec', 12]
];

const WEEKDAYS: [string, number][] = [
	['sunday', 0],
	['monday', 1],
	['tuesday', 2],
	['wednesday', 3],
	['thursday', 4],
	['friday', 5],
	['saturday', 6],
	['sun', 0],
	['mon', 1],
	['tues', 2],
	['tue', 2],
	['wed', 3],
	['thurs', 4],
	['thur', 4],
	['thu', 4],
	['fri', 5],
	['sat', 6]
];

const MONTH_BY_NAME = new Map(MONTHS);
const WEEKDAY_BY_NAME = new Map(WEEKDAYS);

export const WEEKDAY_NAMES = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Names as they are written mid-sentence: "March", "Sept.". */
function names(list: [string, number][]): string {
	return list.map(([name]) => capitalise(name)).join('|');
}

// Month and weekday fragments match capitalised names only: English writes them so, it keeps
// "may" and "march" out, and a case-sensitive alternation is several times faster to scan than
// a case-insensitive one. Patterns with the `i` flag accept any case (header lines).

/** Any month name, or an abbreviation with an optional dot ("Sept.", "Jan"). */
export const MONTH = `(?:(?:${names(MONTHS.slice(0, 12))})\\b|(?:${names(MONTHS.slice(12))})(?:\\.|\\b))`;
/** Full month names only, for a bare month ("in March") where "Mar" would mislead. */
export const FULL_MONTH = `(?:${names(MONTHS.slice(0, 12))})\\b`;
/** Any weekday name, or an abbreviation with an optional dot ("Sat."). */
export const WEEKDAY = `(?:(?:${names(WEEKDAYS.slice(0, 7))})\\b|(?:${names(WEEKDAYS.slice(7))})(?:\\.|\\b))`;

/**
 * Lower-case alternatives made to accept a capital first letter, for words that may open a
 * sentence in a case-sensitive pattern: "on|since" → "[Oo]n|[Ss]ince".
 */
export function initialCase(alternatives: string): string {
	return alternatives.replace(
		/(^|[|(]|\(\?:)([a-z])/g,
		(_, before: string, letter: string) => `${before}[${letter.toUpperCase()}${letter}]`
	);
}

/** A day of the month with an optional ordinal suffix ("3", "3rd"). */
export const DAY = `(?:[0-3]?\\d)(?:st|nd|rd|th)?\\b`;
/** A four-digit year from 1900 to 2099. */
export const YEAR = `(?:19|20)\\d{2}\\b`;

const NUMBER_WORDS = new Map([
	['a', 1],
	['an', 1],
	['one', 1],
	['two', 2],
	['three', 3],
	['four', 4],
	['five', 5],
	['six', 6],
	['seven', 7],
	['eight', 8],
	['nine', 9],
	['ten', 10],
	['eleven', 11],
	['twelve', 12]
]);

const ORDINAL_WORDS = new Map(
	[
		...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'],
		...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth'],
		...['seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
	].map((word, i) => [word, i + 1])
);

/** An ordinal in words or digits ("second", "18th"). */
export const ORDINAL = `(?:${[...ORDINAL_WORDS.keys()].join('|')}|\\d{1,3}(?:st|nd|rd|th))`;

/** Value of an ordinal ("second" → 2, "18th" → 18), or undefined. */
export function ordinalValue(word: string): number | undefined {
	const lower = word.toLowerCase();
	return /^\d/.test(lower) ? parseInt(lower, 10) : ORDINAL_WORDS.get(lower);
}

/** Words that make a count approximate ("nearly three weeks", "some ten days"): no day follows. */
export const HEDGE = String.raw`(?:nearly|almost|about|around|roughly|some|more\s+than|over|less\s+than|under|close\s+to|just\s+(?:over|under))`;

/** A small count in words or digits ("three", "a", "10"). */
export const COUNT = `(?:${[...NUMBER_WORDS.keys()].join('|')}|\\d{1,2})`;

function stripDot(word: string): string {
	return word.toLowerCase().replace(/\.$/, '');
}

export function monthNumber(word: string): number | undefined {
	return MONTH_BY_NAME.get(stripDot(word));
}

export function weekdayNumber(word: string): number | undefined {
	return WEEKDAY_BY_NAME.get(stripDot(word));
}

export function countValue(word: string): number | undefined {
	const lower = word.toLowerCase();
	return /^\d+$/.test(lower) ? Number(lower) : NUMBER_WORDS.get(lower);
}

/** Day number from "3", "3rd", "21st". */
export function dayValue(word: string): number {
	return parseInt(word, 10);
}

/** True when a name is written with a capital, as month and weekday names are in English. */
export function isCapitalised(word: string): boolean {
	return /^[A-Z]/.test(word);
}
