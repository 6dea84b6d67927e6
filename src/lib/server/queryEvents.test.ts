import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { densityTotal, timeBins } from '../timeline/levelOfDetail';
import type { DensityCounts } from '../timeline/types';
import type { EventType } from '../types';
import { openDatabase } from './db';
import { queryEvents } from './queryEvents';
import { timelineWindow } from './timelineWindow';
import { writeEvents } from './writeEvents';

const BODY = 'Alpha met Beta in Lisbon. Gamma phoned Delta. Talks ran all spring.';

function event(
	id: string,
	start: string | null,
	end: string | null,
	type: EventType = 'meeting'
): MergedEvent {
	return {
		id,
		type,
		cameo: null,
		title: `Event ${id}`,
		planned: false,
		date: {
			start,
			end,
			precision: start === end ? 'day' : start ? 'range' : 'unknown',
			derivation: start ? 'explicit' : 'unresolved',
			text: '',
			explanation: 'Test date.',
			approximate: false
		},
		participants: [{ id: `actor-${id}`, name: `Actor ${id}`, kind: 'person', country: null }],
		place: null,
		mentions: [{ sourceId: 'src', start: 0, end: 25, excerpt: BODY.slice(0, 25) }],
		conflicts: []
	};
}

function dbWith(events: MergedEvent[]) {
	const db = openDatabase(':memory:');
	db.prepare(
		`INSERT INTO sources (id, file, content_hash, extract_key, body, ingested_at)
		 VALUES ('src', 'src.txt', 'h', 'k', ?, 'now')`
	).run(BODY);
	db.transaction(() => writeEvents(db, events))();
	return db;
}

const EVENTS = [
	event('day-inside', '2020-07-10', '2020-07-10'),
	event('day-before', '2020-06-30', '2020-06-30'),
	event('day-after', '2020-08-01', '2020-08-01', 'phone_call'),
	event('week-across-start', '2020-06-28', '2020-07-04'),
	event('month-across-end', '2020-07-20', '2020-08-19', 'visit'),
	// Long spans are found through their own index, however early they start.
	event('years-around', '2017-09-01', '2021-12-31', 'other'),
	event('long-ended-before', '2019-01-01', '2020-06-30', 'other'),
	event('undated', null, null)
];

describe('queryEvents window', () => {
	const db = dbWith(EVENTS);

	it.each([
		[
			'2020-07-01',
			'2020-07-31',
			['years-around', 'week-across-start', 'day-inside', 'month-across-end']
		],
		['2020-08-01', '2020-08-01', ['years-around', 'month-across-end', 'day-after']],
		['2018-03-01', '2018-03-31', ['years-around']],
		['2022-01-01', '2022-12-31', []]
	])('from %s to %s returns exactly the overlapping events, by start', (from, to, ids) => {
		expect(queryEvents(db, { from, to }).events.map((e) => e.id)).toEqual(ids);
	});

	it('returns undated events only when no window is asked for, last', () => {
		const all = queryEvents(db, {}).events.map((e) => e.id);
		expect(all).toHaveLength(EVENTS.length);
		expect(all.at(-1)).toBe('undated');
	});

	it('combines the window with type and actor filters', () => {
		expect(
			queryEvents(db, {
				from: '2020-07-01',
				to: '2020-08-31',
				type: ['visit', 'phone_call']
			}).events.map((e) => e.id)
		).toEqual(['month-across-end', 'day-after']);
		expect(queryEvents(db, { actor: 'actor-day-inside' }).events.map((e) => e.id)).toEqual([
			'day-inside'
		]);
	});

	it.each([
		[{}, 1],
		[{}, 3],
		[{}, 7],
		[{ from: '2020-07-01', to: '2020-08-31' }, 2],
		[{ type: ['other', 'meeting'] as EventType[] }, 2],
		[{ q: 'lisb' }, 3]
	])('pages through %o, %i at a time, every event once in order', (filters, limit) => {
		const whole = queryEvents(db, filters, { limit: 5000, after: null });
		expect(whole.next).toBeNull();
		const paged: string[] = [];
		let page = queryEvents(db, filters, { limit, after: null });
		for (let n = 0; n < 20; n++) {
			expect(page.events.length).toBeLessThanOrEqual(limit);
			paged.push(...page.events.map((e) => e.id));
			if (!page.next) break;
			page = queryEvents(db, filters, { limit, after: page.next });
		}
		expect(paged).toEqual(whole.events.map((e) => e.id));
	});

	it('gives a next cursor only while events remain, then continues into the undated ones', () => {
		const dated = EVENTS.length - 1;
		const first = queryEvents(db, {}, { limit: dated, after: null });
		expect(first.events.map((e) => e.id)).not.toContain('undated');
		expect(first.next?.start).not.toBeNull();
		const rest = queryEvents(db, {}, { limit: dated, after: first.next });
		expect(rest.events.map((e) => e.id)).toEqual(['undated']);
		expect(rest.next).toBeNull();
		// After the last undated event nothing is left, with or without a window.
		const afterUndated = { start: null, end: '', id: 'undated' };
		expect(queryEvents(db, {}, { limit: 5, after: afterUndated }).events).toEqual([]);
	});

	it('searches titles and excerpts with free text that cannot break the query', () => {
		expect(queryEvents(db, { q: 'lisb' }).events).toHaveLength(EVENTS.length);
		expect(queryEvents(db, { q: 'Event day-inside' }).events.map((e) => e.id)).toContain(
			'day-inside'
		);
		expect(queryEvents(db, { q: '"unbalanced AND (' }).events).toEqual([]);
	});
});

/** The number of bins, after checking that every type's counts have one per bin. */
function aligned(density: DensityCounts | null): number {
	const bins = timeBins(density).length;
	for (const counts of Object.values(density?.byType ?? {})) expect(counts).toHaveLength(bins);
	return bins;
}

describe('timelineWindow', () => {
	it('gives extent, density that counts every dated event, and the undated tray', () => {
		const db = dbWith(EVENTS);
		const view = timelineWindow(db, {}, { from: '2020-07-01', to: '2020-07-31' });
		expect(view.extent).toEqual({ from: '2017-09-01', to: '2021-12-31' });
		expect(densityTotal(view.density)).toBe(EVENTS.length - 1);
		expect(aligned(view.density)).toBeLessThanOrEqual(240);
		expect(view.undated.map((e) => e.id)).toEqual(['undated']);
		expect(view.events.map((e) => e.id)).toContain('day-inside');
		expect(view.events[0].firstExcerpt).toEqual({
			sourceId: 'src',
			outlet: null,
			text: BODY.slice(0, 25)
		});

		const meetings = timelineWindow(db, { type: ['meeting'] }, null);
		expect(densityTotal(meetings.density)).toBe(3);
		expect(meetings.window).toEqual(meetings.extent);
		// Counted by type, from the per-day summary and from a text query alike.
		expect(Object.keys(meetings.density!.byType)).toEqual(['meeting']);
		expect(view.density!.byType.meeting!.reduce((sum, n) => sum + n, 0)).toBe(3);
		expect(aligned(meetings.density)).toBeGreaterThan(0);
		const found = timelineWindow(db, { q: 'lisb' }, null);
		expect(densityTotal(found.density)).toBeGreaterThan(0);
		expect(aligned(found.density)).toBeGreaterThan(0);
	});
});
