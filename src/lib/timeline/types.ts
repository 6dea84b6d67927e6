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

/** Events of each type (types without events left out). */
export type TypeCounts = Partial<Record<EventType, number>>;

/**
 * Dated events counted by start day in bins of `days` whole days from `start` to `end` (ISO days,
 * inclusive; the last bin ends at `end`, so it may be shorter), for each type: `byType[type][i]`
 * counts that type's events in bin i (types without events left out). Arrays aligned to the bins
 * rather than an object with two dates per bin, which took most of a full-range view's bytes.
 */
export interface DensityCounts {
	start: IsoDay;
	end: IsoDay;
	days: number;
	byType: Partial<Record<EventType, number[]>>;
}

export interface TimelineData {
	/** The requested view (ISO days, inclusive). */
	window: { from: IsoDay; to: IsoDay };
	/** First and last dated event in the corpus, or null when it has none. */
	extent: { from: IsoDay; to: IsoDay } | null;
	/** Dated events overlapping the window (capped by the server, see `truncated`). */
	events: TimelineEvent[];
	truncated: boolean;
	/**
	 * A few hundred bins over the extent, for the overview and the zoomed-out level of detail;
	 * null when no event is dated.
	 */
	density: DensityCounts | null;
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
	windowDensity?: DensityCounts;
}

/** A visible time span as the timeline reports it (ISO days, inclusive). */
export interface ViewRange {
	from: IsoDay;
	to: IsoDay;
}
