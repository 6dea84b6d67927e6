import type { EventDate } from '../types';

/**
 * The date of an event whose text gives none: unknown, whatever the publication date. A report
 * says when it was published, not when what it tells happened ("the minister welcomed the
 * step" may be that morning or last week), so the event goes to the undated tray with why.
 */
export function undated(explanation = 'The text gives no date for this event.'): EventDate {
	return {
		start: null,
		end: null,
		precision: 'unknown',
		derivation: 'unresolved',
		text: '',
		explanation,
		approximate: false
	};
}
