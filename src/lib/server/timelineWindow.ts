import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import type { DensityBin, TimelineData, TimelineEvent } from '../timeline/types';
import type { Db } from './db';
import { EVENT_COLUMNS, EVENT_ORDER, type EventRow } from './eventRows';
import { eventWhere, type EventFilters } from './eventFilters';

/** Most marks one window carries; past this the client shows density and asks to zoom in. */
export const MAX_WINDOW_EVENTS = 4000;
/** Bins in the density summary: a full-range view is this many numbers, not every event. */
export const DENSITY_BINS = 240;

const day = (date: Date) => formatISO(date, { representation: 'date' });

/**
 * What the timeline needs for one view: the dated events overlapping the window (with their
 * first excerpt), undated events, the corpus extent and a density summary over it. When no
 * window is asked for, the window is the whole extent.
 */
export function timelineWindow(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>,
	window: { from: string; to: string } | null
): TimelineData {
	const all = eventWhere(filters);
	const extent = dataExtent(db, all);
	const view = window ?? extent ?? { from: day(new Date()), to: day(new Date()) };

	const inWindow = eventWhere({ ...filters, ...view });
	const rows = db
		.prepare(
			`SELECT ${EVENT_COLUMNS} FROM events e ${inWindow.sql} ORDER BY ${EVENT_ORDER} LIMIT ${MAX_WINDOW_EVENTS + 1}`
		)
		.all(inWindow.params) as EventRow[];
	const undatedRows = db
		.prepare(
			`SELECT ${EVENT_COLUMNS} FROM events e ${all.sql ? `${all.sql} AND` : 'WHERE'} e.start_day IS NULL
			 ORDER BY e.id LIMIT ${MAX_WINDOW_EVENTS}`
		)
		.all(all.params) as EventRow[];

	return {
		window: view,
		extent,
		events: toTimelineEvents(db, rows.slice(0, MAX_WINDOW_EVENTS)),
		truncated: rows.length > MAX_WINDOW_EVENTS,
		density: extent ? densityBins(db, filters, extent) : [],
		undated: toTimelineEvents(db, undatedRows)
	};
}

/** First and last day any matching event covers; two index lookups when unfiltered. */
function dataExtent(
	db: Db,
	where: { sql: string; params: Record<string, string> }
): { from: string; to: string } | null {
	const and = where.sql ? `${where.sql} AND` : 'WHERE';
	const from = db
		.prepare(`SELECT min(e.start_day) FROM events e ${and} e.start_day IS NOT NULL`)
		.pluck()
		.get(where.params) as string | null;
	const to = db
		.prepare(`SELECT max(e.end_day) FROM events e ${and} e.end_day IS NOT NULL`)
		.pluck()
		.get(where.params) as string | null;
	return from && to ? { from, to } : null;
}

/**
 * Events per bin over the extent, by start day. Without a text or actor filter the counts come
 * from the per-day summary written at ingest, so a full-range view never scans the events.
 */
function densityBins(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>,
	extent: { from: string; to: string }
): DensityBin[] {
	const first = parseISO(extent.from);
	const days = differenceInCalendarDays(parseISO(extent.to), first) + 1;
	const width = Math.max(1, Math.ceil(days / DENSITY_BINS));
	const counts = new Array<number>(Math.ceil(days / width)).fill(0);
	let perDay: { day: string; n: number }[];
	if (!filters.q && !filters.actor) {
		const types = filters.type ?? [];
		perDay = db
			.prepare(
				`SELECT day, sum(count) AS n FROM day_counts
				 ${types.length ? 'WHERE type IN (SELECT value FROM json_each(?))' : ''} GROUP BY day`
			)
			.all(...(types.length ? [JSON.stringify(types)] : [])) as { day: string; n: number }[];
	} else {
		const where = eventWhere(filters);
		perDay = db
			.prepare(
				`SELECT e.start_day AS day, count(*) AS n FROM events e
				 ${where.sql} AND e.start_day IS NOT NULL GROUP BY e.start_day`
			)
			.all(where.params) as { day: string; n: number }[];
	}
	for (const { day: d, n } of perDay) {
		counts[Math.floor(differenceInCalendarDays(parseISO(d), first) / width)] += n;
	}
	return counts.map((count, i) => ({
		start: day(addDays(first, i * width)),
		end: day(addDays(first, Math.min(days, (i + 1) * width) - 1)),
		count
	}));
}

/** Adds participants (with country) and the first excerpt (with its outlet) in two queries. */
function toTimelineEvents(db: Db, rows: EventRow[]): TimelineEvent[] {
	if (rows.length === 0) return [];
	const ids = JSON.stringify(rows.map((r) => r.id));
	const participants = new Map<string, TimelineEvent['participants']>();
	for (const p of db
		.prepare(
			`SELECT ep.event_id, a.id, a.name, a.country FROM event_participants ep
			 JOIN actors a ON a.id = ep.actor_id
			 WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY ep.event_id, ep.ord`
		)
		.all(ids) as { event_id: string; id: string; name: string; country: string | null }[]) {
		const list = participants.get(p.event_id) ?? [];
		list.push({ id: p.id, name: p.name, country: p.country });
		participants.set(p.event_id, list);
	}
	const excerpts = new Map<string, TimelineEvent['firstExcerpt']>();
	for (const m of db
		.prepare(
			`SELECT m.event_id, m.source_id, s.outlet, m.excerpt FROM mentions m
			 JOIN sources s ON s.id = m.source_id
			 WHERE m.ord = 0 AND m.event_id IN (SELECT value FROM json_each(?))`
		)
		.all(ids) as {
		event_id: string;
		source_id: string;
		outlet: string | null;
		excerpt: string;
	}[]) {
		excerpts.set(m.event_id, { sourceId: m.source_id, outlet: m.outlet, text: m.excerpt });
	}
	return rows.map((row) => ({
		id: row.id,
		type: row.type,
		title: row.title,
		planned: row.planned === 1,
		date: {
			start: row.start_day,
			end: row.end_day,
			precision: row.precision,
			derivation: row.derivation,
			text: row.date_text,
			explanation: row.explanation,
			approximate: row.approximate === 1
		},
		participants: participants.get(row.id) ?? [],
		place: row.place,
		firstExcerpt: excerpts.get(row.id) ?? null,
		sourceCount: row.source_count
	}));
}
