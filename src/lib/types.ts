/**
 * The shared vocabulary of the pipeline: what extraction produces, what the store keeps
 * and what the JSON contract (export and `/api/events.json`) carries.
 */

export const EVENT_TYPES = [
	'meeting',
	'visit',
	'phone_call',
	'press_conference',
	'attack',
	'legislation',
	'agreement',
	'statement',
	'other'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PRECISIONS = ['day', 'month', 'season', 'year', 'range', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const DERIVATIONS = [
	'explicit',
	'relative-to-publication',
	'same-as-other-event',
	'cross-source',
	'unresolved'
] as const;
export type Derivation = (typeof DERIVATIONS)[number];

/**
 * What became of an event the text first told as set for a date: put off to a later day, or
 * called off. An event without a status took (or takes) place as told.
 */
export const EVENT_STATUSES = ['postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** The day a postponed event was moved to, where the text gives it ("pushed back to May 9"). */
export interface Rescheduled {
	start: IsoDay;
	end: IsoDay;
	/** The words it came from. */
	text: string;
}

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDay = string;

/** When an event happened, as far as the text supports it, and how that was worked out. */
export interface EventDate {
	/** First possible day, or null when the text gives no resolvable date. */
	start: IsoDay | null;
	/** Last possible day (equal to start for a single day). */
	end: IsoDay | null;
	precision: Precision;
	derivation: Derivation;
	/** The words the date came from ("on Tuesday afternoon"), or '' when none. */
	text: string;
	/** One sentence a reader understands. */
	explanation: string;
	/** True when the interval is a bound ("reported by 12 April") rather than a known span. */
	approximate: boolean;
	/**
	 * What the text fixes when it cannot give a full date ("Jan. 3" with no known year, "on a
	 * Saturday" with no publication date): cross-source merging may complete it.
	 */
	partial?: { month?: number; day?: number; weekday?: number };
}

/** The publication moment of an article, as read from its header or front matter. */
export interface Publication {
	/** ISO 8601 with offset, e.g. `2020-07-22T00:20:00+04:30`; day-only dates use `T00:00:00` of the zone. */
	iso: string;
	/** The calendar day of publication in the publisher's zone. */
	day: IsoDay;
	/** IANA zone or fixed offset (`+04:30`) the header gives, or null when unknown (UTC assumed). */
	timeZone: string | null;
	/** True when the header gave a time of day. */
	hasTime: boolean;
	/** The header words it was read from. */
	text: string;
	/** Where it came from. */
	origin: 'front-matter' | 'header';
	/**
	 * True when the header's date reads two ways (10/03/2023) and the article only leans to the
	 * reading kept; `text` says which and why.
	 */
	approximate?: boolean;
}

/** Metadata of one article, from front matter and its header lines. */
export interface ArticleMeta {
	title: string | null;
	outlet: string | null;
	url: string | null;
	language: string | null;
	publication: Publication | null;
}

export interface Participant {
	/** Stable actor id (slug of the canonical name). */
	id: string;
	/** Canonical display name. */
	name: string;
	/** Role in this event where the text says it ("Iraqi Foreign Minister"). */
	role?: string | null;
	kind?: 'person' | 'country' | 'organisation';
	/** Country the actor belongs to, where known (for lanes by country). */
	country?: string | null;
}

/** One event as one article reports it, before merging across sources. */
export interface EventMention {
	type: EventType;
	cameo: string | null;
	title: string;
	planned: boolean;
	/** Set when the text says the event was postponed or cancelled; its date stays the one first set. */
	status?: EventStatus;
	/** For a postponed event: the new date, when the text gives one. */
	rescheduled?: Rescheduled;
	date: EventDate;
	participants: Participant[];
	place: string | null;
	/** Excerpts of the article body that support this event (character offsets into the body). */
	excerpts: { start: number; end: number; text: string }[];
}

/** JSON contract: a source as exported. */
export interface SourceJson {
	id: string;
	file: string;
	title: string | null;
	outlet: string | null;
	url: string | null;
	published: string | null;
}

/** JSON contract: an event as exported. */
export interface EventJson {
	id: string;
	type: EventType;
	cameo: string | null;
	title: string;
	planned: boolean;
	/** Present only for an event postponed or cancelled; `date` is then the date first set. */
	status?: EventStatus;
	/** Present only when the text gives the day a postponed event was moved to. */
	rescheduled?: Rescheduled;
	date: {
		start: IsoDay | null;
		end: IsoDay | null;
		precision: Precision;
		derivation: Derivation;
		text: string;
		explanation: string;
	};
	participants: { id: string; name: string }[];
	place: string | null;
	mentions: { sourceId: string; excerpt: string; start: number; end: number }[];
}

export interface ExportJson {
	sources: SourceJson[];
	events: EventJson[];
}
