/**
 * The data path without HTTP: `timelineWindow` (what the load function and
 * `/api/timeline.json` call) timed in process on month windows and on the full range, with a
 * CPU profile of the month windows, so a slow figure says where its time goes; then the same
 * with an actor filter, a text query and both.
 */
import { openDatabase, tuneForServing, type Db } from '../src/lib/server/db';
import type { EventFilters } from '../src/lib/server/eventFilters';
import { timelineWindow } from '../src/lib/server/timelineWindow';
import { densityTotal } from '../src/lib/timeline/levelOfDetail';
import { profileCpu, summariseProfile, type ProfileSummary } from './cpuProfile';
import { spread, type Spread } from './stats';

export interface DayWindow {
	from: string;
	to: string;
}

/** `count` calendar months spread over 2015–2024, each a different month of the year. */
export function monthWindows(count: number): DayWindow[] {
	return Array.from({ length: count }, (_, i) => {
		const year = 2015 + ((i * 3) % 10);
		const month = (i * 5) % 12;
		const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
		const prefix = `${year}-${String(month + 1).padStart(2, '0')}`;
		return { from: `${prefix}-01`, to: `${prefix}-${String(last).padStart(2, '0')}` };
	});
}

/**
 * `count` windows of a month (31 days), each 15 days after the one before from 2015-01-01: a
 * view panned half a month at a time, so that each request is a window not asked before and
 * about half its events are new.
 */
export function panningWindows(count: number): DayWindow[] {
	const first = Date.UTC(2015, 0, 1);
	const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	return Array.from({ length: count }, (_, i) => {
		const from = first + i * 15 * DAY_MS;
		return { from: dayOf(from), to: dayOf(from + 30 * DAY_MS) };
	});
}

const DAY_MS = 86_400_000;

export interface WindowFunctionResult {
	month: Spread;
	/**
	 * The first pass over the months, before any of their events is kept (absent from runs before
	 * events were kept between views).
	 */
	monthFirst?: Spread;
	full: Spread;
	/** JSON bytes of the largest month and of the full-range view. */
	monthBytes: number;
	fullBytes: number;
	/** Events sent for the full range, and whether it was a sample. */
	fullEvents: number;
	fullTruncated: boolean;
	profile: ProfileSummary;
	/** The same views filtered. */
	filtered: FilteredTiming[];
}

export interface FilteredTiming {
	label: string;
	filters: Omit<EventFilters, 'from' | 'to'>;
	month: Spread;
	/** Full range after the first call, and the first call (which fills the filter's extent, density and undated tray). */
	full: Spread;
	fullFirstMs: number;
	/** Events matching the filters over the full range (from the density bins). */
	matching: number;
}

/** A word of most synthetic titles ("A meets B in C"): a text query matching a large share. */
export const BENCH_TEXT_QUERY = 'meets';

/** The actor taking part in the most events: the heaviest actor filter. */
export function busiestActor(db: Db): string | undefined {
	return db
		.prepare(
			'SELECT actor_id FROM event_participants GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT 1'
		)
		.pluck()
		.get() as string | undefined;
}

export async function measureWindowFunction(
	dbPath: string,
	options: { windows: DayWindow[]; repeats: number; profileRoot: string }
): Promise<WindowFunctionResult> {
	const db = openDatabase(dbPath, { readonly: true });
	// Tuned like the server's connection (`appDb`), so the figures are the app's.
	tuneForServing(db);
	try {
		const time = (window: DayWindow | null) => {
			const started = performance.now();
			const json = JSON.stringify(timelineWindow(db, {}, window));
			return { ms: performance.now() - started, bytes: json.length };
		};
		// The first call fills what is kept until the data changes (extent, density, undated).
		const first = time(null);
		const months: number[] = [];
		let monthBytes = 0;
		for (let repeat = 0; repeat < options.repeats; repeat++) {
			for (const window of options.windows) {
				const { ms, bytes } = time(window);
				months.push(ms);
				monthBytes = Math.max(monthBytes, bytes);
			}
		}
		const monthFirst = spread(months.slice(0, options.windows.length));
		const fulls = Array.from({ length: Math.max(3, options.repeats * 3) }, () => time(null).ms);
		const full = timelineWindow(db, {}, null);
		const { profile } = await profileCpu(() => {
			for (const window of options.windows) timelineWindow(db, {}, window);
		});
		const actor = busiestActor(db);
		const text = { q: BENCH_TEXT_QUERY };
		const filterCases: { label: string; filters: Omit<EventFilters, 'from' | 'to'> }[] = [
			...(actor ? [{ label: 'actor (the busiest)', filters: { actor } }] : []),
			{ label: `text q=${BENCH_TEXT_QUERY}`, filters: text },
			...(actor ? [{ label: 'actor and text', filters: { actor, ...text } }] : [])
		];
		const filtered = filterCases.map(({ label, filters }) => {
			const timed = (window: DayWindow | null) => {
				const started = performance.now();
				const view = timelineWindow(db, filters, window);
				return { ms: performance.now() - started, view };
			};
			const first = timed(null);
			const months: number[] = [];
			for (let repeat = 0; repeat < options.repeats; repeat++) {
				for (const window of options.windows) months.push(timed(window).ms);
			}
			const fulls = Array.from({ length: Math.max(3, options.repeats) }, () => timed(null).ms);
			return {
				label,
				filters,
				month: spread(months),
				full: spread(fulls),
				fullFirstMs: first.ms,
				matching: densityTotal(first.view.density)
			};
		});
		return {
			month: spread(months),
			monthFirst,
			full: spread([first.ms, ...fulls]),
			monthBytes,
			fullBytes: first.bytes,
			fullEvents: full.events.length,
			fullTruncated: full.truncated,
			profile: summariseProfile(profile, options.profileRoot),
			filtered
		};
	} finally {
		db.close();
	}
}
