import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { densityTotal, timeBins } from '../timeline/levelOfDetail';
import { openDatabase } from './db';
import {
	MAX_WINDOW_EVENTS,
	SAMPLE_BYTES,
	SAMPLE_EVENTS,
	timelineJson,
	timelineWindow,
	UNDATED_EVENTS,
	WINDOW_DENSITY_BINS
} from './timelineWindow';
import { writeEvents } from './writeEvents';

const SOURCES = 6;
const day = (n: number) =>
	new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** An event on days [first, first + span] cited by `cited` different sources. */
function event(
	id: string,
	first: number | null,
	span: number,
	cited: number,
	excerpt = 'x'
): MergedEvent {
	return {
		id,
		type: 'meeting',
		cameo: null,
		title: `Event ${id}`,
		planned: false,
		date: {
			start: first === null ? null : day(first),
			end: first === null ? null : day(first + span),
			precision: first === null ? 'unknown' : 'day',
			derivation: first === null ? 'unresolved' : 'explicit',
			text: '',
			explanation: 'Test date.',
			approximate: false
		},
		participants: [{ id: 'a', name: 'A', kind: 'person', country: null }],
		place: null,
		mentions: Array.from({ length: cited }, (_, i) => ({
			sourceId: `s${i}`,
			start: 0,
			end: 1,
			excerpt
		})),
		conflicts: []
	};
}

function dbWith(events: MergedEvent[]) {
	const db = openDatabase(':memory:');
	const insert = db.prepare(
		`INSERT INTO sources (id, file, content_hash, extract_key, body, ingested_at)
		 VALUES (?, ?, 'h', 'k', 'x', 'now')`
	);
	for (let i = 0; i < SOURCES; i++) insert.run(`s${i}`, `s${i}.txt`);
	db.transaction(() => writeEvents(db, events))();
	return db;
}

/** Crowded March 2020: every day a few events cited 1–4 times, plus long ones from before. */
function crowdedMarch(): MergedEvent[] {
	const events: MergedEvent[] = [];
	for (let i = 0; i < MAX_WINDOW_EVENTS + 300; i++) {
		events.push(event(`m${i}`, 60 + (i % 31), 0, 1 + ((i * 7) % 4)));
	}
	// Long events started earlier and still running: the most cited of all.
	for (let i = 0; i < 5; i++) events.push(event(`long${i}`, -100 - i, 200, SOURCES));
	for (let i = 0; i < UNDATED_EVENTS + 7; i++) events.push(event(`u${i}`, null, 0, 1 + (i % 3)));
	return events;
}

const MARCH = { from: '2020-03-01', to: '2020-03-31' };

describe('timelineWindow on a crowded window', () => {
	it.each([
		['alone (found through the most-cited index)', [] as MergedEvent[]],
		// Thousands of better-cited events elsewhere push March's down that index: read by level.
		[
			'among better-cited events elsewhere (read level by level)',
			Array.from({ length: 2500 }, (_, i) => event(`other${i}`, 400 + (i % 300), 0, 5))
		]
	])('sends the most-cited events %s, with per-day density', (_, others) => {
		const events = [...crowdedMarch(), ...others];
		const view = timelineWindow(dbWith(events), {}, MARCH);
		const inMarch = events.filter(
			(e) => e.date.start && e.date.start <= MARCH.to && e.date.end! >= MARCH.from
		);
		expect(view.truncated).toBe(true);
		// Small events: the whole sample fits in the byte budget.
		expect(view.events).toHaveLength(SAMPLE_EVENTS);
		const sent = new Set(view.events.map((e) => e.id));
		const cited = (e: MergedEvent) => e.mentions.length;
		const leastSent = Math.min(...inMarch.filter((e) => sent.has(e.id)).map(cited));
		const mostLeft = Math.max(...inMarch.filter((e) => !sent.has(e.id)).map(cited));
		expect(leastSent).toBeGreaterThanOrEqual(mostLeft);
		for (let i = 0; i < 5; i++) expect(sent).toContain(`long${i}`);
		const starts = view.events.map((e) => e.date.start!);
		expect(starts).toEqual([...starts].sort());

		const density = view.windowDensity!;
		expect(timeBins(density).length).toBeLessThanOrEqual(WINDOW_DENSITY_BINS);
		expect(density).toMatchObject({ start: MARCH.from, end: MARCH.to, days: 1 });
		expect(density.byType.meeting).toHaveLength(31);
		const startingInMarch = inMarch.filter((e) => e.date.start! >= MARCH.from).length;
		expect(densityTotal(density)).toBe(startingInMarch);
	});

	it('sends only as many events as fit in the byte budget, however long their texts', () => {
		const long = 'word '.repeat(600);
		const events = Array.from({ length: MAX_WINDOW_EVENTS + 1 }, (_, i) =>
			event(`e${i}`, 60 + (i % 31), 0, 1, long)
		);
		const view = timelineWindow(dbWith(events), {}, MARCH);
		expect(view.truncated).toBe(true);
		expect(view.events.length).toBeGreaterThan(0);
		expect(JSON.stringify(view.events).length).toBeLessThanOrEqual(SAMPLE_BYTES);
	});

	it('fills the byte budget with the most-cited events first', () => {
		// The sample: the 30 events cited 4 times, then some cited 3 times; fewer than 30 fit.
		const long = 'word '.repeat(600);
		const events = Array.from({ length: MAX_WINDOW_EVENTS + 1 }, (_, i) =>
			event(`e${i}`, 60 + (i % 31), 0, i < 30 ? 4 : 1 + (i % 3), long)
		);
		const view = timelineWindow(dbWith(events), {}, MARCH);
		expect(view.events.length).toBeGreaterThan(0);
		expect(view.events.length).toBeLessThan(30);
		expect(view.events.every((e) => e.sourceCount === 4)).toBe(true);
	});

	it('lists the most-cited undated events and counts them all', () => {
		const view = timelineWindow(dbWith(crowdedMarch()), {}, MARCH);
		expect(view.undatedCount).toBe(UNDATED_EVENTS + 7);
		expect(view.undated.length).toBeLessThanOrEqual(UNDATED_EVENTS);
		const counts = view.undated.map((e) => e.sourceCount);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(counts[0]).toBe(3);
	});
});

describe('timelineWindow on a quiet window', () => {
	it('sends every event, by date, without window density', () => {
		const events = [event('b', 65, 0, 1), event('a', 61, 3, 2), event('outside', 200, 0, 1)];
		const view = timelineWindow(dbWith(events), {}, MARCH);
		expect(view.truncated).toBe(false);
		expect(view.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(view.windowDensity).toBeUndefined();
	});

	it('sees the data change: extent and density follow a rewrite on the same connection', () => {
		const db = dbWith([event('a', 61, 0, 1)]);
		expect(timelineWindow(db, {}, MARCH).extent).toEqual({ from: day(61), to: day(61) });
		db.transaction(() => writeEvents(db, [event('a', 61, 0, 1), event('b', 300, 0, 1)]))();
		const view = timelineWindow(db, {}, MARCH);
		expect(view.extent).toEqual({ from: day(61), to: day(300) });
		expect(densityTotal(view.density)).toBe(2);
	});
});

describe('timelineWindow with events kept from earlier views', () => {
	it('sends the same views whether their events were built afresh or kept', () => {
		const events = [
			...crowdedMarch(),
			...Array.from({ length: 50 }, (_, i) => event(`f${i}`, 40 + i, 0, 2))
		];
		const windows = [MARCH, { from: '2020-02-10', to: '2020-03-10' }, MARCH, null, MARCH];
		const kept = dbWith(events);
		for (const window of windows) {
			const view = timelineWindow(kept, {}, window);
			expect(view).toEqual(timelineWindow(dbWith(events), {}, window));
			expect(timelineJson(view)).toBe(JSON.stringify(view));
		}
	});

	it('sends an event as rewritten, not as kept, once the data changes', () => {
		const db = dbWith([event('a', 61, 0, 1)]);
		expect(timelineWindow(db, {}, MARCH).events[0].title).toBe('Event a');
		const renamed = { ...event('a', 61, 0, 1), title: 'Renamed' };
		db.transaction(() => writeEvents(db, [renamed]))();
		expect(timelineWindow(db, {}, MARCH).events[0].title).toBe('Renamed');
	});
});

describe('timelineWindow filtered', () => {
	/** A year of events cited 1–4 times; every third has actor b, every other says "summit". */
	const year = Array.from({ length: 4000 }, (_, i) => {
		const e = event(`y${i}`, i % 366, i % 5, 1 + ((i * 7) % 4));
		if (i % 3 === 0) e.participants.push({ id: 'b', name: 'B', kind: 'person', country: null });
		if (i % 2 === 0) e.title += ' summit';
		return e;
	});
	const db = dbWith(year);
	const matches = (filters: { actor?: string; q?: string }) => (e: MergedEvent) =>
		(!filters.actor || e.participants.some((p) => p.id === filters.actor)) &&
		(!filters.q || e.title.includes(filters.q));

	it.each([
		['an actor, full range', { actor: 'b' }, null],
		['a text query, full range', { q: 'summit' }, null],
		['both, full range', { actor: 'b', q: 'summit' }, null],
		['a text query, March', { q: 'summit' }, MARCH],
		['both, a quarter', { actor: 'b', q: 'summit' }, { from: '2020-01-01', to: '2020-04-30' }]
	])('sends the most-cited matching events: %s', (_, filters, window) => {
		const view = timelineWindow(db, filters, window);
		const range = view.window;
		const inView = year.filter(
			(e) => matches(filters)(e) && e.date.start! <= range.to && e.date.end! >= range.from
		);
		expect(view.truncated).toBe(inView.length > MAX_WINDOW_EVENTS);
		const sent = new Set(view.events.map((e) => e.id));
		expect(view.events.every((e) => inView.some((m) => m.id === e.id))).toBe(true);
		expect(sent.size).toBe(Math.min(inView.length, SAMPLE_EVENTS + (view.truncated ? 0 : 1e9)));
		const cited = (e: MergedEvent) => e.mentions.length;
		const left = inView.filter((e) => !sent.has(e.id)).map(cited);
		if (left.length) {
			expect(Math.min(...inView.filter((e) => sent.has(e.id)).map(cited))).toBeGreaterThanOrEqual(
				Math.max(...left)
			);
		}
		const starting = year.filter((e) => matches(filters)(e)).length;
		expect(densityTotal(view.density)).toBe(starting);
	});
});

describe('timelineJson', () => {
	it.each([
		['a crowded window', crowdedMarch(), MARCH],
		['a quiet window', [event('b', 65, 0, 1), event('a', 61, 3, 2)], MARCH],
		['the full range', crowdedMarch(), null],
		['no events', [] as MergedEvent[], MARCH]
	])('writes the same text as JSON.stringify: %s', (_, events, window) => {
		const db = dbWith(events);
		// Twice: the second view reuses the JSON kept for the parts kept with the data.
		for (let i = 0; i < 2; i++) {
			const view = timelineWindow(db, {}, window);
			expect(timelineJson(view)).toBe(JSON.stringify(view));
		}
	});
});

describe('timelineWindow explanations', () => {
	it('name the sources a merge explanation gave by id, by outlet, title and date', () => {
		const merged = event('merged', 10, 0, 2);
		merged.date.explanation =
			'Source s0 gives "On Jan. 3" without a full date; the date comes from source s1.';
		const db = dbWith([merged]);
		db.prepare(
			`UPDATE sources SET outlet = 'Harbour Post', title = 'Ministers meet', published = '2020-01-09T08:00:00Z' WHERE id = 's1'`
		).run();
		const [shown] = timelineWindow(db, {}, { from: day(0), to: day(30) }).events;
		expect(shown.date.explanation).toBe(
			's0.txt (no date) gives "On Jan. 3" without a full date; the date comes from Harbour Post’s “Ministers meet” (9 Jan 2020).'
		);
	});
});

describe('timelineWindow participants', () => {
	it('lists an event’s participants in their order in the event, not by id', () => {
		const named = (id: string) => ({
			id,
			name: id.toUpperCase(),
			kind: 'person' as const,
			country: null
		});
		const withThree = {
			...event('e1', 10, 0, 1),
			participants: ['zeta', 'alpha', 'mu'].map(named)
		};
		const withTwo = { ...event('e2', 11, 0, 1), participants: ['beta', 'alpha'].map(named) };
		const view = timelineWindow(
			dbWith([withThree, withTwo]),
			{},
			{
				from: day(0),
				to: day(30)
			}
		);
		expect(view.events.map((e) => e.participants.map((p) => p.id))).toEqual([
			['zeta', 'alpha', 'mu'],
			['beta', 'alpha']
		]);
	});
});
