import { dayNumber, formatDay, monthOf, weekdayOf, yearOf } from '../dates/calendar';
import type { IsoDay } from '../types';
import type { Prng } from './prng';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** News-agency month abbreviations: March to July are written out. */
const AGENCY_MONTHS = [
	'Jan.',
	'Feb.',
	'March',
	'April',
	'May',
	'June',
	'July',
	'Aug.',
	'Sept.',
	'Oct.',
	'Nov.',
	'Dec.'
];
const PARTS_OF_DAY = ['', '', ' morning', ' afternoon', ' evening'];

/** "Mar. 5", "5 March", "March 5" (no year). */
export function dayMonth(day: IsoDay, prng: Prng): string {
	const date = +day.slice(8, 10);
	return prng.pick([
		`${AGENCY_MONTHS[monthOf(day) - 1]} ${date}`,
		formatDay(day, 'd MMMM'),
		formatDay(day, 'MMMM d')
	]);
}

/** "March 5, 2019" or "5 March 2019". */
export function fullDate(day: IsoDay, prng: Prng): string {
	return formatDay(day, prng.pick(['MMMM d, yyyy', 'd MMMM yyyy']));
}

/**
 * How a reporter writing on `reference` words the day of an event: "yesterday", "on Tuesday
 * afternoon", "earlier today", "on Mar. 5", "on March 5, 2019", "last week", "last month" or
 * "tomorrow". The phrase is true of the day: a reader with the publication date resolves it back.
 */
export function datePhrase(day: IsoDay, reference: IsoDay, prng: Prng): string {
	const ago = dayNumber(reference) - dayNumber(day);
	const weekday = WEEKDAYS[weekdayOf(day)];
	const options: string[] = [`on ${dayMonth(day, prng)}`, `on ${fullDate(day, prng)}`];
	if (ago === 0) options.push('today', 'earlier today', `on ${weekday}`);
	if (ago === 1)
		options.push('yesterday', `late on ${weekday}`, `on ${weekday}${prng.pick(PARTS_OF_DAY)}`);
	if (ago >= 2 && ago <= 6)
		options.push(`on ${weekday}${prng.pick(PARTS_OF_DAY)}`, `on ${weekday}`);
	if (ago === -1) options.push('tomorrow', `on ${weekday}`);
	if (ago <= -2 && ago >= -6) options.push(`on ${weekday}`);
	const weekStart = dayNumber(reference) - ((weekdayOf(reference) + 6) % 7);
	if (ago > 0 && dayNumber(day) < weekStart && dayNumber(day) >= weekStart - 7)
		options.push('last week');
	const monthsAgo = (yearOf(reference) - yearOf(day)) * 12 + monthOf(reference) - monthOf(day);
	if (monthsAgo === 1) options.push('last month');
	if (monthsAgo > 1 && monthsAgo < 12) options.push(`in ${formatDay(day, 'MMMM')}`);
	// Relative words are what reporters use most for the last few days.
	return ago >= -6 && ago <= 6 && options.length > 2 && prng.chance(0.75)
		? prng.pick(options.slice(2))
		: prng.pick(options);
}
