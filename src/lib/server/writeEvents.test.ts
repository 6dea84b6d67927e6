import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { openDatabase } from './db';
import { EVENT_COLUMNS, eventsToJson, type EventRow } from './eventRows';
import { writeEvents } from './writeEvents';

function event(id: string, start: string, end: string, actorName: string): MergedEvent {
	return {
		id,
		type: 'meeting',
		cameo: null,
		title: `Talks ${id}`,
		planned: false,
		date: {
			start,
			end,
			precision: 'range',
			derivation: 'explicit',
			text: '',
			explanation: '',
			approximate: false
		},
		participants: [{ id: 'actor', name: actorName, kind: 'person', country: null }],
		place: null,
		mentions: [{ sourceId: 'src', start: 0, end: 5, excerpt: `excerpt ${id}` }],
		conflicts: []
	};
}

function freshDb() {
	const db = openDatabase(':memory:');
	db.prepare(
		`INSERT INTO sources (id, file, content_hash, extract_key, body, ingested_at)
		 VALUES ('src', 'src.txt', 'h', 'k', 'body', 'now')`
	).run();
	return db;
}

const SCHEMA = `SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name`;

describe('writeEvents', () => {
	it('replaces the stored events, each search row under its event rowid', () => {
		const db = freshDb();
		const schema = db.prepare(SCHEMA).all();
		writeEvents(db, [
			event('first', '2020-01-01', '2020-01-01', 'A'),
			event('second', '2020-01-02', '2020-01-02', 'A')
		]);
		writeEvents(db, [
			event('third', '2020-03-01', '2020-03-01', 'B'),
			event('fourth', '2020-03-02', '2020-03-02', 'C')
		]);
		expect(db.prepare(SCHEMA).all()).toEqual(schema);
		expect(db.prepare('SELECT rowid, id FROM events ORDER BY rowid').all()).toEqual([
			{ rowid: 1, id: 'third' },
			{ rowid: 2, id: 'fourth' }
		]);
		expect(db.prepare('SELECT rowid, event_id FROM events_fts ORDER BY rowid').all()).toEqual([
			{ rowid: 1, event_id: 'third' },
			{ rowid: 2, event_id: 'fourth' }
		]);
		expect(
			db.prepare(`SELECT event_id FROM events_fts WHERE events_fts MATCH 'excerpt'`).pluck().all()
		).toEqual(['third', 'fourth']);
		// An actor keeps what its first event names it.
		expect(db.prepare('SELECT id, name FROM actors').all()).toEqual([{ id: 'actor', name: 'B' }]);
	});

	it('marks events longer than a month as long', () => {
		const db = freshDb();
		writeEvents(db, [
			event('month', '2020-01-01', '2020-02-01', 'A'),
			event('longer', '2020-01-01', '2020-02-02', 'A'),
			event('leap', '2020-02-01', '2020-03-04', 'A')
		]);
		expect(db.prepare('SELECT id, long FROM events ORDER BY rowid').all()).toEqual([
			{ id: 'month', long: 0 },
			{ id: 'longer', long: 1 },
			{ id: 'leap', long: 1 }
		]);
	});

	it('stores a title holding a bidi override isolated, and others as they are', () => {
		const db = freshDb();
		const reversed = {
			...event('rlo', '2020-01-01', '2020-01-01', 'A'),
			title: 'Talks \u202eon trade'
		};
		writeEvents(db, [reversed, event('plain', '2020-01-02', '2020-01-02', 'A')]);
		expect(db.prepare('SELECT id, title FROM events ORDER BY rowid').all()).toEqual([
			{ id: 'rlo', title: '\u2068Talks \u202eon trade\u202c\u2069' },
			{ id: 'plain', title: 'Talks plain' }
		]);
	});

	it('keeps what became of an event, and the JSON carries it only where set', () => {
		const db = freshDb();
		const postponed: MergedEvent = {
			...event('put-off', '2020-01-01', '2020-01-01', 'A'),
			planned: true,
			status: 'postponed',
			rescheduled: { start: '2020-01-08', end: '2020-01-08', text: 'to Jan. 8' }
		};
		const cancelled: MergedEvent = {
			...event('called-off', '2020-01-02', '2020-01-02', 'A'),
			status: 'cancelled'
		};
		writeEvents(db, [postponed, cancelled, event('held', '2020-01-03', '2020-01-03', 'A')]);
		const rows = db
			.prepare(`SELECT ${EVENT_COLUMNS} FROM events e ORDER BY e.start_day`)
			.all() as EventRow[];
		const json = eventsToJson(db, rows);
		expect(json.map((e) => [e.id, e.status, e.rescheduled])).toEqual([
			['put-off', 'postponed', { start: '2020-01-08', end: '2020-01-08', text: 'to Jan. 8' }],
			['called-off', 'cancelled', undefined],
			['held', undefined, undefined]
		]);
		expect(Object.keys(json[2])).not.toContain('status');
	});
});
