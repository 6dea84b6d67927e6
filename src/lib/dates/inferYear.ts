/**
 * The year of a day or month the text gives without one ("Jan. 10", "in October"), taken from
 * the publication date in the direction the tense points.
 */
import type { IsoDay } from '../types';
import { dayNumber, daysInMonth, isValidDay, isoDay, monthOf, yearOf } from './calendar';
import type { Tense } from './types';

/** past: on or before publication; future: on or after it; nearest: whichever is closer. */
export type Lean = 'past' | 'future' | 'nearest';

/**
 * A present-tense sentence ("the conference opens on March 23") may look either way, so it
 * takes the occurrence nearest to publication.
 */
export function leanOf(tense: Tense): Lean {
	return tense === 'present' ? 'nearest' : tense;
}

/**
 * Reports are filed across time zones (a Washington event of the 15th in a Beijing paper of
 * the 16th, or the reverse), so a past date may lie one day after the publication day.
 */
const PAST_SLACK_DAYS = 1;

function pick(
	candidates: { year: number; start: number; end: number }[],
	publication: number,
	lean: Lean
): number | null {
	if (lean === 'past') {
		const past = candidates.filter((c) => c.start <= publication + PAST_SLACK_DAYS);
		return past.length ? past[past.length - 1].year : null;
	}
	if (lean === 'future') return candidates.find((c) => c.end >= publication)?.year ?? null;
	const distance = (c: { start: number; end: number }) =>
		publication < c.start ? c.start - publication : publication > c.end ? publication - c.end : 0;
	return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best)).year;
}

/** Year for a month and day with no year stated, or null when that day never fits (29 Feb). */
export function yearForDay(month: number, day: number, publicationDay: IsoDay, lean: Lean) {
	const base = yearOf(publicationDay);
	const candidates = [base - 1, base, base + 1]
		.filter((year) => isValidDay(year, month, day))
		.map((year) => {
			const n = dayNumber(isoDay(year, month, day));
			return { year, start: n, end: n };
		});
	return candidates.length ? pick(candidates, dayNumber(publicationDay), lean) : null;
}

/** Year for a month with no year stated ("in October"): the month may contain publication. */
export function yearForMonth(month: number, publicationDay: IsoDay, lean: Lean): number {
	const base = yearOf(publicationDay);
	const candidates = [base - 1, base, base + 1].map((year) => ({
		year,
		start: dayNumber(isoDay(year, month, 1)),
		end: dayNumber(isoDay(year, month, daysInMonth(year, month)))
	}));
	return pick(candidates, dayNumber(publicationDay), lean) ?? base;
}

/** Month (1-12) and year of the latest/earliest month with a given day, for "on the 15th". */
export function monthForDayOfMonth(
	day: number,
	publicationDay: IsoDay,
	lean: Lean
): { year: number; month: number } | null {
	const publication = dayNumber(publicationDay);
	const options: { year: number; month: number; n: number }[] = [];
	for (let offset = -2; offset <= 2; offset++) {
		const index = yearOf(publicationDay) * 12 + monthOf(publicationDay) - 1 + offset;
		const year = Math.floor(index / 12);
		const month = (index % 12) + 1;
		if (isValidDay(year, month, day))
			options.push({ year, month, n: dayNumber(isoDay(year, month, day)) });
	}
	const chosen =
		lean === 'past'
			? options.filter((o) => o.n <= publication + PAST_SLACK_DAYS).pop()
			: lean === 'future'
				? options.find((o) => o.n >= publication)
				: options.reduce((best, o) =>
						Math.abs(o.n - publication) < Math.abs(best.n - publication) ? o : best
					);
	return chosen ? { year: chosen.year, month: chosen.month } : null;
}
