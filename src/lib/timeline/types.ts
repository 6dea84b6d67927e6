/**
 * What the timeline components receive: the lead's load function and `/api/timeline.json`
 * produce this shape, the components only read it.
 */
import type { Derivation, EventType, IsoDay, Precision } from '../types';

export interface TimelineEvent {
	id: string;
	type: EventType;
	title: string;
	planned: boolean;
	date: {
		start: IsoDay | null;
		end: IsoDay | null;
		precision: Precision;
		derivation: Derivation;
		text: string;
		explanation: string;
		approximate: boolean;
	};
	participants: { id: string; name: string; country?: string | null }[];
	place: string | null;
	firstExcerpt: { sourceId: string; outlet: string | null; text: string } | null;
	sourceCount: number;
}

/** Count of dated events per bin, over the whole (filtered) corpus. */
export interface DensityBin {
	/** First day of the bin (ISO day, inclusive). */
	start: IsoDay;
	/** Last day of the bin (ISO day, inclusive). */
	end: IsoDay;
	count: number;
	/** The count of each type (types without events left out), when the producer counts them. */
	byType?: Partial<Record<EventType, number>>;
}

export interface TimelineData {
	/** The requested view (ISO days, inclusive). */
	window: { from: IsoDay; to: IsoDay };
	/** First and last dated event in the corpus, or null when it has none. */
	extent: { from: IsoDay; to: IsoDay } | null;
	/** Dated events overlapping the window (capped by the server, see `truncated`). */
	events: TimelineEvent[];
	truncated: boolean;
	/** A few hundred bins over the extent, for the overview and the zoomed-out level of detail. */
	density: DensityBin[];
	/** Events with no resolvable date, shown with what the text says. */
	undated: TimelineEvent[];
	/**
	 * How many undated events match in all; `undated` lists the most-cited of them (the server
	 * bounds it). Absent from producers that send every undated event.
	 */
	undatedCount?: number;
	/**
	 * Present when `truncated`: the window was crowded, `events` holds its most-cited events and
	 * these finer bins (whole days, a few hundred at most) count every event of the window by
	 * start day, so the rest can be drawn as density.
	 */
	windowDensity?: DensityBin[];
}

/** A visible time span as the timeline reports it (ISO days, inclusive). */
export interface ViewRange {
	from: IsoDay;
	to: IsoDay;
}
