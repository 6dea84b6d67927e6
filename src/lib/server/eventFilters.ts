import { addDays, formatISO, parseISO } from 'date-fns';
import type { EventType } from '../types';
import { dataVersion, type Db } from './db';

/**
 * Events spanning more days than this are "long" and found through their own small index;
 * every other event overlapping a window starts at most this many days before it.
 */
export const LONG_EVENT_DAYS = 31;

/** What a user can narrow the events to; every field optional. Days are `YYYY-MM-DD`, inclusive. */
export interface EventFilters {
	from?: string;
	to?: string;
	q?: string;
	actor?: string;
	type?: EventType[];
}

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word is quoted and
 * prefix-matched, all words must occur.
 */
export function ftsQuery(text: string): string | null {
	const words = text
		.normalize('NFKC')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length > 0)
		.slice(0, 12);
	return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}

/** SQL conditions over `events e` with their named parameters. */
export interface SqlWhere {
	sql: string;
	params: Record<string, string>;
}

/** One index range scan: the index to use (null: the planner's choice) and its conditions. */
interface Branch {
	index: string | null;
	clauses: string[];
}

/**
 * An event overlaps [from, to] when it starts no later than `to` and ends no earlier than `from`.
 * To keep that an index range scan, it is split into two disjoint branches: events starting in
 * [from − LONG_EVENT_DAYS, to] (every short event overlapping is among them) and long events
 * starting earlier, on their own partial index, from `longestDays` before `from` when that is
 * known (else from the first long event: a window late in a decade read every long event).
 */
function windowBranches(
	filters: EventFilters,
	params: Record<string, string>,
	startFrom?: string,
	longestDays?: number
): Branch[] {
	// SQLite bounds an index range by one lower bound on start_day, so there is only ever one.
	if (startFrom) params.startFrom = startFrom;
	const startBound = startFrom ? ['e.start_day >= @startFrom'] : [];
	if (!filters.from && !filters.to) return [{ index: null, clauses: startBound }];
	if (filters.to) params.to = filters.to;
	if (!filters.from) {
		return [
			{
				index: 'events_window',
				clauses: [...(startFrom ? startBound : ['e.start_day IS NOT NULL']), 'e.start_day <= @to']
			}
		];
	}
	params.from = filters.from;
	params.fromLow = dayBefore(filters.from, LONG_EVENT_DAYS);
	const shortLow = startFrom && startFrom > params.fromLow ? '@startFrom' : '@fromLow';
	const short = [`e.start_day >= ${shortLow}`, 'e.end_day >= @from'];
	if (filters.to) short.push('e.start_day <= @to');
	let longBound = startBound;
	if (longestDays !== undefined) {
		params.longFrom = dayBefore(filters.from, Math.ceil(longestDays));
		if (!startFrom || startFrom < params.longFrom) longBound = ['e.start_day >= @longFrom'];
	}
	return [
		{ index: 'events_window', clauses: short },
		{
			index: 'events_long',
			clauses: ['e.long = 1', ...longBound, 'e.start_day < @fromLow', 'e.end_day >= @from']
		}
	];
}

const dayBefore = (day: string, days: number) =>
	formatISO(addDays(parseISO(day), -days), { representation: 'date' });

/**
 * How the actor and text conditions are written for one database; every way selects the same
 * events. `textByRowid`: each text-index row has its event's rowid (see `filterPlan`), so a text
 * match is a list of rowids, not of ids each read from the index's stored column and looked up.
 * `textMatches`: a temporary table already holding the rowids of the events the text matches.
 */
export interface FilterPlan {
	textByRowid: boolean;
	textMatches?: string;
	/**
	 * Days from start to end of the longest long event: a long event overlapping a window starts
	 * at most this many days before it. Unknown, the long events before a window are all read.
	 */
	longestDays?: number;
}

const PLAIN_PLAN: FilterPlan = { textByRowid: false };

/**
 * Windows up to this many days are read from the date index, each event's actor checked by a
 * lookup of the (event, actor) key; a wider window or none starts from the actor's events
 * instead. A month holds far fewer events than a busy actor; the whole range far more.
 */
export const NARROW_WINDOW_DAYS = 92;

function isNarrowWindow(filters: EventFilters): boolean {
	if (!filters.from || !filters.to) return false;
	return (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 < NARROW_WINDOW_DAYS;
}

/** Conditions of the type, actor and text filters. */
function filterClauses(
	filters: EventFilters,
	params: Record<string, string>,
	plan: FilterPlan,
	perEvent = isNarrowWindow(filters)
): string[] {
	const clauses: string[] = [];
	if (filters.type && filters.type.length > 0) {
		clauses.push(`e.type IN (${filters.type.map((_, i) => `@type${i}`).join(', ')})`);
		filters.type.forEach((type, i) => (params[`type${i}`] = type));
	}
	if (filters.actor) {
		clauses.push(
			perEvent
				? 'EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id AND ep.actor_id = @actor)'
				: 'e.id IN (SELECT event_id FROM event_participants WHERE actor_id = @actor)'
		);
		params.actor = filters.actor;
	}
	const match = filters.q ? ftsQuery(filters.q) : null;
	if (match) {
		if (plan.textMatches) {
			clauses.push(`e.rowid IN temp.${plan.textMatches}`);
		} else {
			clauses.push(
				plan.textByRowid
					? 'e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @q)'
					: 'e.id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH @q)'
			);
			params.q = match;
		}
	}
	return clauses;
}

/**
 * The type, actor and text conditions written to be checked event by event, for a query that
 * reads events in the order of another index and stops early (no window conditions).
 */
export function perEventChecks(filters: EventFilters, plan: FilterPlan): SqlWhere {
	const params: Record<string, string> = {};
	const clauses = filterClauses(filters, params, plan, true);
	return { sql: clauses.join(' AND '), params };
}

/**
 * True when the actor or text set, not a date index, should drive: the filters narrow by one of
 * them and the window (if any) is wide.
 */
const drivenBySet = (filters: EventFilters) =>
	Boolean(filters.actor || filters.q) && !isNarrowWindow(filters);

/**
 * The plan for this database and text query. Once per data change it checks whether text
 * matches can go by rowid: the text index and the events pair up one to one on rowid with the
 * same id (writeEvents writes both afresh, one row each, in the same order); a pass over both
 * tables. Once per text query and data change it writes the matching rowids to an indexed
 * temporary table of this connection, so that every query of every view probes it instead of
 * running the text query again (a common word matches a third of a large corpus). The tables of
 * the MAX_TEXT_MATCHES most recent queries are kept; a data change drops them all.
 */
export function filterPlan(db: Db, filters: EventFilters): FilterPlan {
	const longestDays = longestLongEvent(db);
	const match = filters.q ? ftsQuery(filters.q) : null;
	if (!match) return { textByRowid: false, longestDays };
	const version = dataVersion(db);
	let state = planStates.get(db);
	if (!state || state.version !== version) {
		for (const table of state?.tables.values() ?? []) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
		state = { version, textByRowid: textIndexAligned(db), tables: new Map() };
		planStates.set(db, state);
	}
	let table = state.tables.get(match);
	if (table) {
		state.tables.delete(match);
	} else {
		table = writeTextMatches(db, match, state.textByRowid);
		const oldest = state.tables.size >= MAX_TEXT_MATCHES ? state.tables.keys().next().value : null;
		if (oldest !== null && oldest !== undefined) {
			db.exec(`DROP TABLE IF EXISTS temp.${state.tables.get(oldest)}`);
			state.tables.delete(oldest);
		}
	}
	state.tables.set(match, table);
	return { textByRowid: state.textByRowid, textMatches: table, longestDays };
}

/** The longest long event's days, read from its index once per data change (see `longestDays`). */
function longestLongEvent(db: Db): number {
	const version = dataVersion(db);
	const known = longestKnown.get(db);
	if (known?.version === version) return known.days;
	const days =
		(db
			.prepare(
				`SELECT max(julianday(end_day) - julianday(start_day)) FROM events INDEXED BY events_long
					WHERE long = 1`
			)
			.pluck()
			.get() as number | null) ?? 0;
	longestKnown.set(db, { version, days });
	return days;
}

const longestKnown = new WeakMap<Db, { version: string; days: number }>();

const MAX_TEXT_MATCHES = 8;
const planStates = new WeakMap<
	Db,
	{ version: string; textByRowid: boolean; tables: Map<string, string> }
>();
let textTables = 0;

function textIndexAligned(db: Db): boolean {
	return (
		db
			.prepare(
				`SELECT (SELECT count(*) FROM events) = (SELECT count(*) FROM events_fts)
					AND NOT EXISTS (SELECT 1 FROM events_fts f LEFT JOIN events e ON e.rowid = f.rowid
						WHERE e.id IS NOT f.event_id)`
			)
			.pluck()
			.get() === 1
	);
}

/**
 * Created with CREATE TABLE … AS and an index, not INSERT: neither counts as a change, so the
 * data version (and every result kept under it) stays as it was.
 */
function writeTextMatches(db: Db, match: string, byRowid: boolean): string {
	const table = `text_matches_${++textTables}`;
	db.prepare(
		byRowid
			? `CREATE TEMP TABLE ${table} AS SELECT rowid AS r FROM events_fts WHERE events_fts MATCH ?`
			: `CREATE TEMP TABLE ${table} AS SELECT DISTINCT e.rowid AS r FROM events_fts f
				JOIN events e ON e.id = f.event_id WHERE events_fts MATCH ?`
	).run(match);
	db.exec(`CREATE INDEX temp.${table}_r ON ${table}(r)`);
	return table;
}

/**
 * The events matching the filters (and the `extra` conditions, and starting on or after
 * `startFrom` when given) as `FROM … WHERE …` fragments over `events e`, one per disjoint index
 * range scan: combined with UNION ALL, a query can keep
 * date order from the indexes or stop early. Unless an actor or text set drives (see
 * `drivenBySet`), each fragment names its index, so that no plan scans the whole table.
 */
export function eventBranches(
	filters: EventFilters,
	extra: string[] = [],
	plan: FilterPlan = PLAIN_PLAN,
	startFrom?: string
): { branches: string[]; params: Record<string, string> } {
	const params: Record<string, string> = {};
	const filterSql = [...filterClauses(filters, params, plan), ...extra];
	const branches = windowBranches(filters, params, startFrom, plan.longestDays).map(
		({ index, clauses }) => {
			const all = [...clauses, ...filterSql];
			const indexed = index && !drivenBySet(filters) ? ` INDEXED BY ${index}` : '';
			return `events e${indexed}${all.length ? ` WHERE ${all.join(' AND ')}` : ''}`;
		}
	);
	return { branches, params };
}

/**
 * The same events as `eventBranches` as one WHERE clause (the branches ORed, which SQLite runs
 * as one range scan per branch), for queries that need neither order nor an early stop.
 */
export function eventWhere(filters: EventFilters, plan: FilterPlan = PLAIN_PLAN): SqlWhere {
	const params: Record<string, string> = {};
	const window = windowBranches(filters, params, undefined, plan.longestDays)
		.filter((branch) => branch.clauses.length > 0)
		.map((branch) => `(${branch.clauses.join(' AND ')})`);
	const clauses = [
		...(window.length ? [window.join(' OR ')] : []),
		...filterClauses(filters, params, plan)
	];
	return {
		sql: clauses.length ? `WHERE ${clauses.map((c) => `(${c})`).join(' AND ')}` : '',
		params
	};
}
