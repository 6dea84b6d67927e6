import { describeSpan } from '../dates/describe';
import type { EventStatus, Rescheduled } from '../types';

/** What became of an event, in the words its page shows. */
export const STATUS_LABELS: Record<EventStatus, string> = {
	postponed: 'Postponed',
	cancelled: 'Cancelled'
};

/**
 * One sentence for a postponed or cancelled event: that its date is the one first set, and the
 * new date where a source gives it.
 */
export function outcomeSentence(status: EventStatus, rescheduled?: Rescheduled): string {
	if (status === 'cancelled') return 'Cancelled: the date shown is the one it was set for.';
	const moved = rescheduled
		? ` It was moved to ${describeSpan(rescheduled.start, rescheduled.end)} (“${rescheduled.text}”).`
		: ' The text gives no new date.';
	return `Postponed: the date shown is the one first set.${moved}`;
}
