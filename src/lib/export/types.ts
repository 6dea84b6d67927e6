/**
 * What every export format reads: events in the JSON contract, in date order, each with the
 * sources its mentions cite, and what the format needs to say about the view.
 */
import type { EventJson, SourceJson } from '../types';

export interface ExportItem {
	event: EventJson;
	/** True when the event's interval is a bound ("reported by 12 April"), not a known span. */
	approximate: boolean;
	/** At least the sources the event's mentions cite, by id. */
	sources: ReadonlyMap<string, SourceJson>;
}

export interface ExportContext {
	/** The view in words ("Diplomatic events, 1 Jul 2020 – 31 Jul 2020"). */
	title: string;
	/** The app's origin (`https://timeline.example.org`), for links to event pages. */
	origin: string;
	/** When the export was made (iCalendar's DTSTAMP). */
	now: Date;
}

/** A format: its file extension, media type and a writer that turns items into text, lazily. */
export interface ExportFormat {
	extension: string;
	contentType: string;
	write(items: Iterable<ExportItem>, context: ExportContext): Iterable<string>;
}

/** The app's page of an event. */
export const eventPageUrl = (origin: string, id: string) =>
	`${origin}/events/${encodeURIComponent(id)}`;
