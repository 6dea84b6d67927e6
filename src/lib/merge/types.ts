import type {
	EventDate,
	EventMention,
	EventStatus,
	EventType,
	Participant,
	Rescheduled
} from '../types';

/** One event mention together with the source it was read from. */
export interface SourcedMention {
	sourceId: string;
	/** Publication moment (ISO 8601) of the source, or null when unknown. */
	published: string | null;
	mention: EventMention;
}

/** One excerpt of one source that supports a merged event. */
export interface MergedMention {
	sourceId: string;
	start: number;
	end: number;
	excerpt: string;
}

/** One real-world event as all sources together report it. */
export interface MergedEvent {
	/** Stable readable slug: date, type, main participants (see `eventSlug`). */
	id: string;
	type: EventType;
	cameo: string | null;
	title: string;
	planned: boolean;
	/** Postponed or cancelled, as any of its sources says (a cancellation over a postponement). */
	status?: EventStatus;
	/** The new date of a postponed event, from the source that gives one. */
	rescheduled?: Rescheduled;
	/**
	 * The date the event uses. Derivation 'cross-source' when another source fixed a date one
	 * source could not; the explanation names that source.
	 */
	date: EventDate;
	participants: Participant[];
	place: string | null;
	/** Every excerpt of every merged mention. */
	mentions: MergedMention[];
	/**
	 * Dates the sources gave, when they disagree: each with its source. The explanation of `date`
	 * says which one the event uses and why. Empty when the sources agree.
	 */
	conflicts: { sourceId: string; date: EventDate }[];
}
