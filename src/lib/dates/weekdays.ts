/**
 * Weekday, week and weekend arithmetic around a publication day (already counted in the
 * publisher's zone). Weeks run Monday to Sunday.
 */
import type { IsoDay } from '../types';
import { addDays, weekdayOf } from './calendar';

export type WeekdayRule = 'onOrBefore' | 'before' | 'onOrAfter' | 'after' | 'sameWeek';

/** The day with `weekday` (0 = Sunday) placed relative to `from` by `rule`. */
export function weekdayFrom(from: IsoDay, weekday: number, rule: WeekdayRule): IsoDay {
	const today = weekdayOf(from);
	const back = (today - weekday + 7) % 7;
	const ahead = (weekday - today + 7) % 7;
	switch (rule) {
		case 'onOrBefore':
			return addDays(from, -back);
		case 'before':
			return addDays(from, -(back || 7));
		case 'onOrAfter':
			return addDays(from, ahead);
		case 'after':
			return addDays(from, ahead || 7);
		case 'sameWeek':
			return addDays(mondayOf(from), (weekday + 6) % 7);
	}
}

/** Monday of the week containing `day`. */
export function mondayOf(day: IsoDay): IsoDay {
	return addDays(day, -((weekdayOf(day) + 6) % 7));
}
