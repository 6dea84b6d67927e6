import { formatISO } from 'date-fns';
import { densityTotal } from '../timeline/levelOfDetail';
import type { DensityCounts, TimelineData, TimelineEvent } from '../timeline/types';
import type { EventType } from '../types';
import { sourceIdsIn, sourceNamer, type NamedSource } from '../provenance/sourceLabel';
import { cachedStatement, dataVersion, type Db } from './db';
import {
	eventBranches,
	eventWhere,
	filterPlan,
	perEventChecks,
	type EventFilters
} from './eventFilters';

/** A window with at most this many events is sent whole; a busier one is "crowded". */
export const MAX_WINDOW_EVENTS = 1000;
/** A crowded window sends its most-cited events, at most this many and this many JSON bytes. */
export const SAMPLE_EVENTS = 100;
export const SAMPLE_BYTES = 64 * 1024;
/**
 * A view's JSON stays within this many bytes: a crowded window's sample gets what the density
 * bins (stacked by type), the undated tray and the view's own fields leave, up to SAMPLE_BYTES.
 */
export const VIEW_BYTES = 100 * 1024;
const VIEW_FIELDS_BYTES = 1024;
const MIN_SAMPLE_BYTES = 16 * 1024;
/** The undated tray lists the most-cited undated events within these bounds. */
export const UNDATED_EVENTS = 20;
export const UNDATED_BYTES = 8 * 1024;
/** Bins over the extent: a full-range view is this many numbers, not every event. */
export const DENSITY_BINS = 240;
/** Bins over a crowded window (at least a day each), for drawing what was not sent. */
export const WINDOW_DENSITY_BINS = 200;
/**
 * How far down the most-cited index a crowded window looks for its sample before it reads the
 * window level by level instead: a window holding a good share of all events finds its sample
 * within a few rows there.
 */
const PROMINENT_SCAN = 2000;

const DAY_MS = 86_400_000;
const day = (date: Date) => formatISO(date, { representation: 'date' });

/**
 * What the timeline needs for one view: the dated events overlapping the window (all of them,
 * or when crowded the most-cited ones and finer density bins over the window), the most-cited
 * undated events, the corpus extent and a density summary over it. When no window is asked for,
 * the window is the whole extent. Work over the whole table (extent, density, undated) comes
 * from indexes and the per-day summary, and is kept until the data changes.
 */
export function timelineWindow(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>,
	window: { from: string; to: string } | null
): TimelineData {
	const whole = wholeCorpusView(db, filters);
	const view = window ?? whole.extent ?? { from: day(new Date()), to: day(new Date()) };
	const windowFilters = { ...filters, ...view };
	const crowded = isCrowded(db, windowFilters);
	const windowDensity = crowded ? densityBins(db, filters, view, WINDOW_DENSITY_BINS) : undefined;
	const otherBytes =
		VIEW_FIELDS_BYTES +
		jsonOf(whole.density).length +
		jsonOf(whole.undated).length +
		(windowDensity ? jsonOf(windowDensity).length : 0);
	const sampleBytes = Math.max(MIN_SAMPLE_BYTES, Math.min(SAMPLE_BYTES, VIEW_BYTES - otherBytes));
	const events = crowded
		? timelineEvents(db, mostCited(db, windowFilters, whole.extent), sampleBytes).sort(byDate)
		: timelineEvents(db, windowRows(db, windowFilters));
	return {
		window: view,
		extent: whole.extent,
		events,
		truncated: crowded,
		density: whole.density,
		undated: whole.undated,
		undatedCount: whole.undatedCount,
		...(windowDensity ? { windowDensity } : {})
	};
}

/** First and last day any matching event covers, from index ends (cached with the data). */
export function timelineExtent(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>
): { from: string; to: string } | null {
	return wholeCorpusView(db, filters).extent;
}

interface WholeCorpusView {
	extent: { from: string; to: string } | null;
	density: DensityCounts | null;
	undated: TimelineEvent[];
	undatedCount: number;
}

/**
 * Results that depend on the data but not on the window (extent, density bins, the undated
 * tray), kept per connection until the data changes (`dataVersion`). Least recently used
 * entries go first.
 */
const cached = new WeakMap<Db, { version: string; entries: Map<string, unknown> }>();
const MAX_CACHED = 64;

function memo<T>(db: Db, key: string, compute: () => T): T {
	const version = dataVersion(db);
	let cache = cached.get(db);
	if (!cache || cache.version !== version) {
		cache = { version, entries: new Map() };
		cached.set(db, cache);
	}
	if (cache.entries.has(key)) {
		const value = cache.entries.get(key) as T;
		cache.entries.delete(key);
		cache.entries.set(key, value);
		return value;
	}
	const value = compute();
	cache.entries.set(key, value);
	if (cache.entries.size > MAX_CACHED)
		cache.entries.delete(cache.entries.keys().next().value as string);
	return value;
}

const filterKey = (filters: Omit<EventFilters, 'from' | 'to'>) =>
	JSON.stringify([filters.q ?? '', filters.actor ?? '', filters.type ?? []]);

function wholeCorpusView(db: Db, filters: Omit<EventFilters, 'from' | 'to'>): WholeCorpusView {
	return memo(db, `whole ${filterKey(filters)}`, () => {
		const extent = dataExtent(db, filters);
		const undated = undatedRows(db, filters);
		return {
			extent,
			density: extent ? densityBins(db, filters, extent, DENSITY_BINS) : null,
			undated: timelineEvents(db, undated.rows, UNDATED_BYTES),
			undatedCount: undated.count
		};
	});
}

/**
 * First and last day covered. Unfiltered it is two index ends; by type, two per type (indexes
 * by type and start, type and end); by actor or text, a pass over the matching events.
 */
function dataExtent(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>
): { from: string; to: string } | null {
	const types = !filters.actor && !filters.q && filters.type?.length ? filters.type : [null];
	const firsts: string[] = [];
	const lasts: string[] = [];
	for (const type of types) {
		const where = type
			? eventWhere({ type: [type] })
			: eventWhere(filters, filterPlan(db, filters));
		const and = where.sql ? `${where.sql} AND` : 'WHERE';
		const first = cachedStatement(
			db,
			`SELECT min(e.start_day) FROM events e ${and} e.start_day IS NOT NULL`,
			{ pluck: true }
		).get(where.params) as string | null;
		const last = cachedStatement(
			db,
			`SELECT max(e.end_day) FROM events e ${and} e.end_day IS NOT NULL`,
			{ pluck: true }
		).get(where.params) as string | null;
		if (first && last) {
			firsts.push(first);
			lasts.push(last);
		}
	}
	if (firsts.length === 0) return null;
	return { from: firsts.sort()[0], to: lasts.sort().at(-1) as string };
}

/**
 * More than MAX_WINDOW_EVENTS events in the window? The per-day summary answers for a busy
 * window from its first few hundred days; otherwise the window's index scan counts, stopping
 * past the limit.
 */
function isCrowded(db: Db, filters: EventFilters): boolean {
	if (!filters.actor && !filters.q) {
		const types = filters.type ?? [];
		const starting = cachedStatement(
			db,
			`SELECT sum(count) FROM (SELECT count FROM day_counts WHERE day BETWEEN ? AND ?
				 ${types.length ? 'AND type IN (SELECT value FROM json_each(?))' : ''} LIMIT 4000)`,
			{ pluck: true }
		).get(filters.from, filters.to, ...(types.length ? [JSON.stringify(types)] : [])) as
			number | null;
		if ((starting ?? 0) > MAX_WINDOW_EVENTS) return true;
	}
	const { branches, params } = eventBranches(filters, [], filterPlan(db, filters));
	const count = cachedStatement(
		db,
		`SELECT count(*) FROM (${branches.map((from) => `SELECT 1 FROM ${from}`).join(' UNION ALL ')}
			 LIMIT ${MAX_WINDOW_EVENTS + 1})`,
		{ pluck: true }
	).get(params) as number;
	return count > MAX_WINDOW_EVENTS;
}

/** The rowids of every event of a window that is not crowded, by date. */
function windowRows(db: Db, filters: EventFilters): number[] {
	const { branches, params } = eventBranches(filters, [], filterPlan(db, filters));
	return cachedStatement(
		db,
		`${branches.map((from) => `SELECT e.rowid AS r, e.start_day, e.end_day, e.id FROM ${from}`).join(' UNION ALL ')}
		 ORDER BY start_day, end_day, id`,
		{ pluck: true }
	).all(params) as number[];
}

/** A candidate for a crowded window's sample: rowid, times cited, sample key. */
interface Candidate {
	r: number;
	n: number;
	k: number;
}

const byProminence = (a: Candidate, b: Candidate) => b.n - a.n || a.k - b.k;

/**
 * The SAMPLE_EVENTS most-cited events of a crowded window, ties broken by each event's stable
 * sample key, so that equally cited events are sampled evenly over the window. A window holding
 * a good share of all events finds them at the top of the most-cited index. Otherwise events
 * starting in the window are read one citation level at a time (most cited first, each level a
 * range of its own index) until the sample is full, beside the long events that started
 * earlier. With an actor or text filter, the matching events of the window are read whole.
 * Returns rowids, most cited first.
 */
function mostCited(
	db: Db,
	filters: EventFilters,
	extent: { from: string; to: string } | null
): number[] {
	const { from, to } = filters as { from: string; to: string };
	const typeParams: Record<string, string> = {};
	(filters.type ?? []).forEach((type, i) => (typeParams[`type${i}`] = type));
	const typeSql = filters.type?.length
		? `AND type IN (${filters.type.map((_, i) => `@type${i}`).join(', ')})`
		: '';
	let sample: Candidate[];
	if ((filters.actor || filters.q) && sampleFromTop(db, filters, extent)) {
		const checks = perEventChecks(filters, filterPlan(db, filters));
		sample = cachedStatement(
			db,
			`SELECT e.rowid AS r, e.source_count AS n, e.sample_key AS k
			 FROM events e INDEXED BY events_prominence
			 WHERE e.start_day IS NOT NULL AND e.start_day <= @to AND e.end_day >= @from AND ${checks.sql}
			 ORDER BY e.source_count DESC, e.sample_key LIMIT ${SAMPLE_EVENTS}`
		).all({ ...checks.params, from, to }) as Candidate[];
	} else if (filters.actor || filters.q) {
		const { branches, params } = eventBranches(filters, [], filterPlan(db, filters));
		sample = cachedStatement(
			db,
			`${branches.map((from) => `SELECT e.rowid AS r, e.source_count AS n, e.sample_key AS k FROM ${from}`).join(' UNION ALL ')}
				 ORDER BY n DESC, k LIMIT ${SAMPLE_EVENTS}`
		).all(params) as Candidate[];
	} else if (likelyAtTop(filters as { from: string; to: string }, extent)) {
		sample = cachedStatement(
			db,
			`SELECT r, n, k FROM (
					SELECT e.rowid AS r, e.source_count AS n, e.sample_key AS k, e.start_day, e.end_day, e.type
					FROM events e INDEXED BY events_prominence WHERE e.start_day IS NOT NULL
					ORDER BY e.source_count DESC, e.sample_key LIMIT ${PROMINENT_SCAN}
				) WHERE start_day <= @to AND end_day >= @from ${typeSql} LIMIT ${SAMPLE_EVENTS}`
		).all({ from, to, ...typeParams }) as Candidate[];
		if (sample.length < SAMPLE_EVENTS) sample = mostCitedByLevel(db, filters, typeSql, typeParams);
	} else {
		sample = mostCitedByLevel(db, filters, typeSql, typeParams);
	}
	return sample.map((candidate) => candidate.r);
}

/**
 * Whether a filtered sample is likely found in fewer rows by reading the most-cited index from
 * the top, checking each event, than by reading every matching event of the window: the first
 * way reads about SAMPLE_EVENTS × (dated events / matching ones in the window) rows when the
 * filters are blind to prominence. Both find the same sample; the counts come from the kept
 * density bins, the window's share of matches from its share of the extent.
 */
function sampleFromTop(
	db: Db,
	filters: EventFilters,
	extent: { from: string; to: string } | null
): boolean {
	if (!extent) return false;
	const { from, to } = filters as { from: string; to: string };
	const dated = (view: WholeCorpusView) => densityTotal(view.density);
	const filtersOnly = { q: filters.q, actor: filters.actor, type: filters.type };
	const all = wholeCorpusView(db, {});
	const share = Math.min(1, span({ from, to }) / span(extent));
	const inWindow = dated(wholeCorpusView(db, filtersOnly)) * share;
	return inWindow > 0 && (SAMPLE_EVENTS * dated(all)) / inWindow < inWindow;
}

const span = (range: { from: string; to: string }) =>
	(Date.parse(range.to) - Date.parse(range.from)) / DAY_MS + 1;

/**
 * Whether the top of the most-cited index likely holds a full sample for the window: it does
 * when the window spans a good share of the extent. Both ways find the same sample; this only
 * spares a short window a read of the index top that would mostly miss it.
 */
function likelyAtTop(
	window: { from: string; to: string },
	extent: { from: string; to: string } | null
): boolean {
	if (!extent) return false;
	return (PROMINENT_SCAN * span(window)) / span(extent) >= SAMPLE_EVENTS;
}

function mostCitedByLevel(
	db: Db,
	filters: EventFilters,
	typeSql: string,
	typeParams: Record<string, string>
): Candidate[] {
	const { params } = eventBranches(filters);
	const nextLevel = cachedStatement(
		db,
		'SELECT max(source_count) FROM events INDEXED BY events_level WHERE source_count < ?',
		{ pluck: true }
	);
	const atLevel = cachedStatement(
		db,
		`SELECT e.rowid AS r, e.source_count AS n, e.sample_key AS k FROM events e INDEXED BY events_level
		 WHERE e.source_count = @level AND e.start_day BETWEEN @fromLow AND @to AND e.end_day >= @from
		 ${typeSql} ORDER BY e.sample_key LIMIT ${SAMPLE_EVENTS}`
	);
	const starting: Candidate[] = [];
	let lowest = 0;
	let level = nextLevel.get(Number.MAX_SAFE_INTEGER) as number | null;
	while (level !== null && starting.length < SAMPLE_EVENTS) {
		starting.push(...(atLevel.all({ ...params, ...typeParams, level }) as Candidate[]));
		lowest = level;
		level = nextLevel.get(level) as number | null;
	}
	// With a full sample down to `lowest`, a long event cited less cannot enter it: the long events
	// are read most cited first from their own index and the read stops at that level.
	const floor = starting.length >= SAMPLE_EVENTS ? lowest : 0;
	const longs = cachedStatement(
		db,
		`SELECT e.rowid AS r, e.source_count AS n, e.sample_key AS k
		 FROM events e INDEXED BY events_long_prominence
		 WHERE e.long = 1 AND e.source_count >= @floor AND e.start_day < @fromLow AND e.end_day >= @from
		 ${typeSql} ORDER BY e.source_count DESC, e.sample_key LIMIT ${SAMPLE_EVENTS}`
	).all({ ...params, ...typeParams, floor }) as Candidate[];
	return [...starting, ...longs].sort(byProminence).slice(0, SAMPLE_EVENTS);
}

/** The most-cited undated events and how many match in all. */
function undatedRows(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>
): { rows: number[]; count: number } {
	const where = eventWhere(filters, filterPlan(db, filters));
	const indexed = filters.actor || filters.q ? '' : 'INDEXED BY events_undated';
	const and = where.sql ? `${where.sql} AND` : 'WHERE';
	const rows = cachedStatement(
		db,
		`SELECT e.rowid FROM events e ${indexed} ${and} e.start_day IS NULL
			 ORDER BY e.source_count DESC, e.sample_key LIMIT ${UNDATED_EVENTS}`,
		{ pluck: true }
	).all(where.params) as number[];
	const count = cachedStatement(
		db,
		`SELECT count(*) FROM events e ${indexed} ${and} e.start_day IS NULL`,
		{ pluck: true }
	).get(where.params) as number;
	return { rows, count };
}

const byDate = (a: TimelineEvent, b: TimelineEvent) =>
	(a.date.start ?? '').localeCompare(b.date.start ?? '') ||
	(a.date.end ?? '').localeCompare(b.date.end ?? '') ||
	a.id.localeCompare(b.id);

/** Density bins over a range, kept until the data changes (see `countBins`). */
function densityBins(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>,
	range: { from: string; to: string },
	maxBins: number
): DensityCounts {
	return memo(db, `bins ${filterKey(filters)} ${range.from} ${range.to} ${maxBins}`, () =>
		countBins(db, filters, range, maxBins)
	);
}

/**
 * Events of each type per bin over [range.from, range.to] by start day, at most `maxBins` bins of
 * whole days (the timeline stacks them by type when zoomed out).
 * Without a text or actor filter the counts come from the per-day summary written at ingest, so
 * no view scans the events.
 */
function countBins(
	db: Db,
	filters: Omit<EventFilters, 'from' | 'to'>,
	range: { from: string; to: string },
	maxBins: number
): DensityCounts {
	const firstMs = Date.parse(range.from);
	const days = Math.round((Date.parse(range.to) - firstMs) / DAY_MS) + 1;
	const width = Math.max(1, Math.ceil(days / maxBins));
	const binCount = Math.ceil(days / width);
	const byType: DensityCounts['byType'] = {};
	// Rows as [day, type, count], by day: a crowded month reads a few hundred of them per view.
	let perDay: [day: string, type: EventType, n: number][];
	if (!filters.q && !filters.actor) {
		// The summary has one row per day and type (its key), so its rows are the counts.
		const types = filters.type ?? [];
		perDay = cachedStatement(
			db,
			`SELECT day, type, count FROM day_counts WHERE day BETWEEN ? AND ?
				 ${types.length ? 'AND type IN (SELECT value FROM json_each(?))' : ''}`,
			{ raw: true }
		).all(range.from, range.to, ...(types.length ? [JSON.stringify(types)] : [])) as [
			string,
			EventType,
			number
		][];
	} else {
		// The events starting in the range are those of the range's first branch that start in it
		// (the other holds long events started earlier); that branch reads a narrow range from the
		// date index.
		const { branches, params } = eventBranches(
			{ ...filters, ...range },
			['e.start_day >= @from'],
			filterPlan(db, filters)
		);
		perDay = cachedStatement(
			db,
			`SELECT e.start_day AS day, e.type AS type, count(*) AS n FROM ${branches[0]}
				GROUP BY e.start_day, e.type`,
			{ raw: true }
		).all(params) as [string, EventType, number][];
	}
	let lastDay = '';
	let bin = 0;
	for (const [d, type, n] of perDay) {
		if (d !== lastDay) {
			bin = Math.floor(Math.round((Date.parse(d) - firstMs) / DAY_MS) / width);
			lastDay = d;
		}
		(byType[type] ??= new Array<number>(binCount).fill(0))[bin] += n;
	}
	return { start: range.from, end: range.to, days: width, byType };
}

/**
 * An event as `timelineEvents` reads it, a row as an array (no object per row): its columns,
 * participants' ids as a JSON array in order, first excerpt's source, outlet and text.
 */
type TimelineRow = [
	id: string,
	type: TimelineEvent['type'],
	title: string,
	planned: number,
	start: string | null,
	end: string | null,
	precision: TimelineEvent['date']['precision'],
	derivation: TimelineEvent['date']['derivation'],
	text: string,
	explanation: string,
	approximate: number,
	place: string | null,
	sourceCount: number,
	participants: string,
	sourceId: string | null,
	outlet: string | null,
	excerpt: string | null,
	position: number
];

/**
 * The rows of the events of these rowids, as the timeline draws them: only the columns it shows,
 * participants' ids (in order) gathered as JSON by SQLite and the first excerpt (with its outlet)
 * joined, all in one query (the participants from their covering index, in its order: an aggregate
 * over an ordered subquery keeps the order, with no sort). Participants' names and countries come from `actorsById`. Each row
 * says its position in the list, which names its rowid.
 */
const TIMELINE_EVENTS_SQL = `
	SELECT e.id, e.type, e.title, e.planned, e.start_day, e.end_day, e.precision, e.derivation,
		e.date_text, e.explanation, e.approximate, e.place, e.source_count,
		(SELECT json_group_array(actor_id) FROM (SELECT ep.actor_id FROM event_participants ep
			INDEXED BY event_participants_order WHERE ep.event_id = e.id ORDER BY ep.ord)) AS participants,
		m.source_id, s.outlet, m.excerpt, j.key
	FROM json_each(?) j
	JOIN events e ON e.rowid = j.value
	LEFT JOIN mentions m ON m.event_id = e.id AND m.ord = 0
	LEFT JOIN sources s ON s.id = m.source_id`;

/**
 * Built events by rowid, kept per connection until the data changes: the most-cited events of a
 * busy stretch come back in every window over it (panning, zooming, the month before and after),
 * so a view builds only those it has not sent lately. Least recently sent go first past this many
 * (a few MB of objects and their JSON).
 */
const BUILT_EVENTS = 4000;
/**
 * A view on a byte budget builds its events this many at a time, most cited first, and stops
 * once the budget is spent: a crowded window's sample of SAMPLE_EVENTS usually fills it with
 * fewer.
 */
const BUILD_BATCH = 32;

/**
 * The events of these rowids, in that order, as the timeline draws them. With `bytes`, only the
 * leading events whose JSON fits in that many bytes (at least one, so a view is never empty):
 * those past the budget are not built, and the JSON measured is kept for `timelineJson`. A rowid
 * without an event is skipped.
 */
function timelineEvents(db: Db, rowids: number[], bytes = Infinity): TimelineEvent[] {
	const built = memo(db, 'built events', () => new Map<number, TimelineEvent>());
	const batch = bytes === Infinity ? Math.max(1, rowids.length) : BUILD_BATCH;
	const events: TimelineEvent[] = [];
	let used = 0;
	for (let at = 0; at < rowids.length; at += batch) {
		const ids = rowids.slice(at, at + batch);
		const found = new Map<number, TimelineEvent>();
		const missing: number[] = [];
		for (const rowid of ids) {
			const event = built.get(rowid);
			if (event) found.set(rowid, event);
			else missing.push(rowid);
		}
		for (const [rowid, event] of buildEvents(db, missing)) found.set(rowid, event);
		for (const rowid of ids) {
			const event = found.get(rowid);
			if (!event) continue;
			built.delete(rowid);
			built.set(rowid, event);
			if (bytes !== Infinity) {
				used += jsonOf(event).length + 1;
				if (used > bytes && events.length > 0) return trimmed(built, events);
			}
			events.push(event);
		}
	}
	return trimmed(built, events);
}

function trimmed<T>(built: Map<number, TimelineEvent>, result: T): T {
	for (const rowid of built.keys()) {
		if (built.size <= BUILT_EVENTS) break;
		built.delete(rowid);
	}
	return result;
}

/**
 * Builds the events of these rowids: one query for their rows, then their participants' names
 * and the sources their explanations name.
 */
function buildEvents(db: Db, rowids: number[]): Map<number, TimelineEvent> {
	const events = new Map<number, TimelineEvent>();
	if (rowids.length === 0) return events;
	const rows = cachedStatement(db, TIMELINE_EVENTS_SQL, { raw: true }).all(
		JSON.stringify(rowids)
	) as TimelineRow[];
	const participantIds = rows.map((row) => JSON.parse(row[13]) as string[]);
	const actors = actorsById(db, new Set(participantIds.flat()));
	const nameSources = sourceNamer(
		namedSources(db, new Set(rows.flatMap((row) => sourceIdsIn(row[9]))))
	);
	for (const [i, row] of rows.entries()) {
		const [id, type, title, planned, start, end, precision, derivation, text, explanation] = row;
		const [, , , , , , , , , , approximate, place, sourceCount, , sourceId, outlet, excerpt] = row;
		events.set(rowids[row[17]], {
			id,
			type,
			title,
			planned: planned === 1,
			date: {
				start,
				end,
				precision,
				derivation,
				text,
				explanation: nameSources(explanation),
				approximate: approximate === 1
			},
			// An id without an actor row is left out, as a join would.
			participants: participantIds[i].flatMap((actorId) => {
				const actor = actors.get(actorId);
				return actor ? [{ id: actorId, name: actor.name, country: actor.country }] : [];
			}),
			place,
			firstExcerpt: sourceId === null ? null : { sourceId, outlet, text: excerpt as string },
			sourceCount
		});
	}
	return events;
}

/**
 * JSON already made for a value that is not changed afterwards: an event measured against a byte
 * budget, or the parts of a view kept until the data changes (density, undated tray), which
 * every view of the same filters sends again.
 */
const knownJson = new WeakMap<object, string>();

function jsonOf(value: object | null): string {
	if (value === null) return 'null';
	let json = knownJson.get(value);
	if (json === undefined) {
		json = JSON.stringify(value);
		knownJson.set(value, json);
	}
	return json;
}

/**
 * `JSON.stringify(view)` for a view made by `timelineWindow`, the same text, but assembled from
 * the JSON already made for its events and kept parts instead of serialising all ~100 KB again.
 * The keys are written in the order `timelineWindow` sets them.
 */
export function timelineJson(view: TimelineData): string {
	const windowDensity = view.windowDensity ? `,"windowDensity":${jsonOf(view.windowDensity)}` : '';
	return (
		`{"window":${JSON.stringify(view.window)},"extent":${JSON.stringify(view.extent)}` +
		`,"events":[${view.events.map(jsonOf).join(',')}],"truncated":${view.truncated}` +
		`,"density":${jsonOf(view.density)},"undated":${jsonOf(view.undated)}` +
		`,"undatedCount":${view.undatedCount}${windowDensity}}`
	);
}

type Actor = { name: string; country: string | null };

/** The sources of these ids, to name them in explanations written at merge time. */
function namedSources(db: Db, ids: Set<string>): (NamedSource & { id: string })[] {
	if (ids.size === 0) return [];
	return cachedStatement(
		db,
		'SELECT id, file, title, outlet, url, published FROM sources WHERE id IN (SELECT value FROM json_each(?))'
	).all(JSON.stringify([...ids])) as (NamedSource & { id: string })[];
}

/**
 * Actors by id: a view names a few hundred, most of them seen before, so they are read once
 * (those not yet known, in one query) and kept until the data changes, rather than joined for
 * every participant of every event.
 */
function actorsById(db: Db, ids: Set<string>): Map<string, Actor> {
	const known = memo(db, 'actors', () => new Map<string, Actor>());
	const missing = [...ids].filter((id) => !known.has(id));
	if (missing.length > 0) {
		for (const actor of cachedStatement(
			db,
			'SELECT id, name, country FROM actors WHERE id IN (SELECT value FROM json_each(?))'
		).all(JSON.stringify(missing)) as ({ id: string } & Actor)[]) {
			known.set(actor.id, { name: actor.name, country: actor.country });
		}
	}
	return known;
}
