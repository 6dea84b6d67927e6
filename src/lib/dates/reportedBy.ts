import type { EventDate, Publication } from '../types';
import { addDays, formatDay } from './calendar';
import { twoWayNote } from './describe';

/** How far back "reported by the publication date" reaches: news reports the past week. */
const REPORTING_WINDOW_DAYS = 7;

/**
 * Fallback date for an event whose text gives no date: it happened by the time it was
 * reported, most likely in the week before publication.
 */
export function reportedBy(publication: Publication | null): EventDate {
	if (!publication) {
		return {
			start: null,
			end: null,
			precision: 'unknown',
			derivation: 'unresolved',
			text: '',
			explanation: 'The text gives no date and the article has no publication date.',
			approximate: false
		};
	}
	return {
		start: addDays(publication.day, -REPORTING_WINDOW_DAYS),
		end: publication.day,
		precision: 'range',
		derivation: 'relative-to-publication',
		text: '',
		explanation: `The text gives no date; the event was reported on ${formatDay(publication.day)}, so it happened in the week up to then.${twoWayNote(publication)}`,
		approximate: true
	};
}
