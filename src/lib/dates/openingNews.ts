import type { EventDate, Publication } from '../types';
import { addDays } from './calendar';
import { describePublication, twoWayNote } from './describe';

/** How far back the news a report opens with may lie: news reports the past week. */
const NEWS_WINDOW_DAYS = 7;

/**
 * The date of the news a report opens with when its text gives none: a report leads with what
 * just happened, so it happened by the publication day, most likely in the week up to it (a
 * bound: only the end is known). Only for the opening; a later undated event is no news of the
 * day by itself.
 */
export function openingNews(publication: Publication): EventDate {
	return {
		start: addDays(publication.day, -NEWS_WINDOW_DAYS),
		end: publication.day,
		precision: 'range',
		derivation: 'relative-to-publication',
		text: '',
		explanation: `The text gives no date; the report opens with it as news on ${describePublication(publication)}, so it happened by then, most likely in the week up to it.${twoWayNote(publication)}`,
		approximate: true
	};
}
