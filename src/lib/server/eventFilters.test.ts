import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { EVENT_TYPES, type EventType } from '../types';
import { dataVersion, openDatabase } from './db';
import {
	eventBranches,
	eventWhere,
	filterPlan,
	type EventFilters,
	type FilterPlan
} from './eventFilters';
import { writeEvents } from './writeEvents';

const day = (n: number) =>
	new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const WORDS = ['talks', 'summit', 'strike', 'ballot'];

/** Events of every length (a day to two years) around 2020, some undated; deterministic. */
function events(): MergedEvent[] {
	let seed = 7;
	const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	return Array.from({ length: 600 }, (_, i) => {
		const start = Math.floor(next() * 700) - 200;
		const span = [0, 0, 3, 20, 40, 200, 700][Math.floor(next() * 7)];
		const dated = next() > 0.05;
		return {
			id: `e${i}`,
			type: EVENT_TYPES[i % EVENT_TYPES.length] as EventType,
			cameo: null,
			title: `Event ${i} ${WORDS[i % WORDS.length]}`,
			planned: false,
			date: {
				start: dated ? day(start) : null,
				end: dated ? day(start + span) : null,
				precision: dated ? 'range' : 'unknown',
				derivation: dated ? 'explicit' : 'unresolved',
				text: '',
				explanation: '',
				approximate: false
			},
			participants: [i % 5, i % 7]
				.filter((n, k, all) => all.indexOf(n) === k)
				.map((n) => ({ id: `actor-${n}`, name: `Actor ${n}` })),
			place: null,
			mentions: [],
			conflicts: []
		};
	});
}

const all = events();
const db = openDatabase(':memory:');
db.transaction(() => writeEvents(db, all))();

function expected(filters: EventFilters): string[] {
	return all
		.filter((e) => {
			const { start, end } = e.date;
			if ((filters.from || filters.to) && !start) return false;
			if (filters.to && start! > filters.to) return false;
			if (filters.from && end! < filters.from) return false;
			if (filters.actor && !e.participants.some((p) => p.id === filters.actor)) return false;
			if (filters.q && !e.title.toLowerCase().includes(filters.q)) return false;
			return !filters.type || filters.type.includes(e.type);
		})
		.map((e) => e.id)
		.sort();
}

describe('eventBranches and eventWhere', () => {
	it.each<[string, EventFilters]>([
		['a month', { from: '2020-03-01', to: '2020-03-31' }],
		['a day', { from: '2020-06-15', to: '2020-06-15' }],
		['a year', { from: '2021-01-01', to: '2021-12-31' }],
		['from only', { from: '2021-06-01' }],
		['to only', { to: '2019-08-01' }],
		['no window (undated too)', {}],
		['a month of two types', { from: '2020-03-01', to: '2020-04-30', type: ['visit', 'attack'] }],
		['an actor in a month', { from: '2020-03-01', to: '2020-03-31', actor: 'actor-3' }],
		['an actor over two years', { from: '2020-01-01', to: '2021-12-31', actor: 'actor-3' }],
		['an actor, no window', { actor: 'actor-6' }],
		['text in a month', { from: '2020-03-01', to: '2020-03-31', q: 'summit' }],
		['text, from only', { from: '2021-01-01', q: 'ballot' }],
		['text, no window', { q: 'strike' }],
		[
			'actor, text and type',
			{
				from: '2020-05-01',
				to: '2020-06-30',
				actor: 'actor-2',
				q: 'talks',
				type: ['meeting', 'visit']
			}
		]
	])('select exactly the overlapping events: %s', (_, filters) => {
		const plans = [filterPlan(db, filters), { textByRowid: false }, { textByRowid: true }];
		for (const plan of plans) {
			expectSelected(filters, plan);
		}
	});

	function expectSelected(filters: EventFilters, plan: FilterPlan) {
		const { branches, params } = eventBranches(filters, [], plan);
		const viaBranches = db
			.prepare(branches.map((from) => `SELECT e.id FROM ${from}`).join(' UNION ALL '))
			.pluck()
			.all(params) as string[];
		const where = eventWhere(filters, plan);
		const viaWhere = db
			.prepare(`SELECT e.id FROM events e ${where.sql}`)
			.pluck()
			.all(where.params) as string[];
		expect(viaBranches.sort()).toEqual(expected(filters));
		expect(viaWhere.sort()).toEqual(expected(filters));
	}

	it('match text by rowid only where the text index pairs up with the events on rowid', () => {
		const other = openDatabase(':memory:');
		other.transaction(() => writeEvents(other, all))();
		expect(filterPlan(other, { q: 'talks' })).toMatchObject({ textByRowid: true });
		// A text row written again takes a new rowid: its event's no longer names it.
		other.exec(`INSERT INTO events_fts (event_id, title, excerpts)
			SELECT event_id, title, excerpts FROM events_fts WHERE rowid = 1;
			DELETE FROM events_fts WHERE rowid = 1;`);
		expect(filterPlan(other, { q: 'talks' })).toMatchObject({ textByRowid: false });
		const { branches, params } = eventBranches({ q: 'event' }, [], filterPlan(other, { q: 'e' }));
		const found = other
			.prepare(branches.map((from) => `SELECT e.id FROM ${from}`).join(' UNION ALL '))
			.pluck()
			.all(params);
		expect(found).toHaveLength(all.length);
	});

	it("keep a text query's matches until the data changes, without changing the data version", () => {
		const other = openDatabase(':memory:');
		other.transaction(() => writeEvents(other, all))();
		const version = dataVersion(other);
		const first = filterPlan(other, { q: 'summit' });
		expect(first.textMatches).toBeDefined();
		expect(dataVersion(other)).toBe(version);
		expect(filterPlan(other, { q: 'summit' })).toEqual(first);
		const selected = (filters: EventFilters) => {
			const { branches, params } = eventBranches(filters, [], filterPlan(other, filters));
			return other
				.prepare(branches.map((from) => `SELECT e.id FROM ${from}`).join(' UNION ALL '))
				.pluck()
				.all(params) as string[];
		};
		const renamed = all.map((e) => ({ ...e, title: e.title.replace('summit', 'talks') }));
		other.transaction(() => writeEvents(other, renamed))();
		expect(filterPlan(other, { q: 'summit' }).textMatches).not.toBe(first.textMatches);
		expect(selected({ q: 'summit' })).toEqual([]);
		expect(selected({ q: 'talks' }).sort()).toEqual(
			renamed
				.filter((e) => e.title.includes('talks'))
				.map((e) => e.id)
				.sort()
		);
	});

	it('read the long events from no earlier than the longest of them lasts before the window', () => {
		const days = (e: MergedEvent) =>
			(Date.parse(e.date.end!) - Date.parse(e.date.start!)) / 86_400_000;
		const longest = Math.max(...all.filter((e) => e.date.start).map(days));
		const window = { from: '2021-06-01', to: '2021-06-30' };
		const { branches, params } = eventBranches(window, [], filterPlan(db, window));
		expect(params.longFrom).toBe(
			new Date(Date.parse(window.from) - longest * 86_400_000).toISOString().slice(0, 10)
		);
		const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT e.id FROM ${branches[1]}`).all(params) as {
			detail: string;
		}[];
		expect(plan.map((row) => row.detail).join('\n')).toMatch(
			/events_long \(start_day>\? AND start_day<\?\)/
		);
	});

	it('name their indexes so that no plan scans the table', () => {
		const { branches, params } = eventBranches({ from: '2020-03-01', to: '2020-03-31' });
		const plan = db
			.prepare(
				`EXPLAIN QUERY PLAN ${branches.map((from) => `SELECT e.id FROM ${from}`).join(' UNION ALL ')}`
			)
			.all(params) as { detail: string }[];
		expect(plan.map((row) => row.detail).join('\n')).not.toMatch(/SCAN e\b/);
	});
});
