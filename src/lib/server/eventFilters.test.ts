import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { EVENT_TYPES, type EventType } from '../types';
import { openDatabase } from './db';
import { eventBranches, eventWhere, type EventFilters } from './eventFilters';
import { writeEvents } from './writeEvents';

const day = (n: number) =>
	new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

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
			title: `Event ${i}`,
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
			participants: [],
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
		['a month of two types', { from: '2020-03-01', to: '2020-04-30', type: ['visit', 'attack'] }]
	])('select exactly the overlapping events: %s', (_, filters) => {
		const { branches, params } = eventBranches(filters);
		const viaBranches = db
			.prepare(branches.map((from) => `SELECT e.id FROM ${from}`).join(' UNION ALL '))
			.pluck()
			.all(params) as string[];
		const where = eventWhere(filters);
		const viaWhere = db
			.prepare(`SELECT e.id FROM events e ${where.sql}`)
			.pluck()
			.all(where.params) as string[];
		expect(viaBranches.sort()).toEqual(expected(filters));
		expect(viaWhere.sort()).toEqual(expected(filters));
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
