import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { carryEventAliases, snapshotEventMentions } from './carryEventAliases';
import { openDatabase } from './db';
import { writeEvents } from './writeEvents';

/** An event as stored: its id and the keys (`${sourceId}:${start}-${end}`) of its excerpts. */
type Keys = { id: string; mentionKeys: string[] };

function event({ id, mentionKeys }: Keys): MergedEvent {
	return {
		id,
		type: 'meeting',
		cameo: null,
		title: id,
		planned: false,
		date: {
			start: null,
			end: null,
			precision: 'unknown',
			derivation: 'unresolved',
			text: '',
			explanation: '',
			approximate: false
		},
		participants: [],
		place: null,
		mentions: mentionKeys.map((key) => {
			const [, sourceId, start, end] = /^(.*):(\d+)-(\d+)$/.exec(key) as RegExpExecArray;
			return { sourceId, start: +start, end: +end, excerpt: key };
		}),
		conflicts: []
	};
}

/** The aliases after the events `previous` are replaced by `next`, given aliases already stored. */
function carried(previous: Keys[], next: Keys[], stored: [string, string][] = []) {
	const db = openDatabase(':memory:');
	// The excerpts' sources are not what is tested here.
	db.pragma('foreign_keys = OFF');
	db.transaction(() => {
		writeEvents(db, previous.map(event));
		const insert = db.prepare('INSERT INTO event_aliases (alias, target) VALUES (?, ?)');
		for (const [alias, target] of stored) insert.run(alias, target);
		snapshotEventMentions(db);
		writeEvents(db, next.map(event));
		carryEventAliases(db);
	})();
	const aliases = db.prepare('SELECT alias, target FROM event_aliases ORDER BY alias').all();
	db.close();
	return aliases;
}

describe('carryEventAliases', () => {
	it.each([
		{
			why: 'an undated event dated by a new source',
			previous: [{ id: 'undated-meeting-ana-varo', mentionKeys: ['s1:10-80'] }],
			next: [{ id: '2020-05-12-meeting-ana-varo', mentionKeys: ['s1:10-80', 's9:5-60'] }],
			aliases: [{ alias: 'undated-meeting-ana-varo', target: '2020-05-12-meeting-ana-varo' }]
		},
		{
			why: 'an id still in use is no alias',
			previous: [{ id: 'e1', mentionKeys: ['s1:0-5'] }],
			next: [
				{ id: 'e1', mentionKeys: ['s2:0-5'] },
				{ id: 'e2', mentionKeys: ['s1:0-5'] }
			],
			aliases: []
		},
		{
			why: 'an event whose mentions are all gone',
			previous: [{ id: 'gone', mentionKeys: ['s1:0-5'] }],
			next: [{ id: 'e2', mentionKeys: ['s2:0-5'] }],
			aliases: []
		},
		{
			why: 'a split event follows most of its mentions',
			previous: [{ id: 'old', mentionKeys: ['a:0-1', 'b:0-1', 'c:0-1'] }],
			next: [
				{ id: 'x', mentionKeys: ['a:0-1'] },
				{ id: 'y', mentionKeys: ['b:0-1', 'c:0-1'] }
			],
			aliases: [{ alias: 'old', target: 'y' }]
		},
		{
			why: 'a tie goes to the smaller id',
			previous: [{ id: 'old', mentionKeys: ['a:0-1', 'b:0-1'] }],
			next: [
				{ id: 'y', mentionKeys: ['b:0-1'] },
				{ id: 'x', mentionKeys: ['a:0-1'] }
			],
			aliases: [{ alias: 'old', target: 'x' }]
		},
		{
			why: 'two old events merged into one',
			previous: [
				{ id: 'p', mentionKeys: ['a:0-1'] },
				{ id: 'q', mentionKeys: ['b:0-1'] }
			],
			next: [{ id: 'pq', mentionKeys: ['a:0-1', 'b:0-1'] }],
			aliases: [
				{ alias: 'p', target: 'pq' },
				{ alias: 'q', target: 'pq' }
			]
		},
		{
			why: 'an excerpt two new events cite votes for both',
			previous: [{ id: 'old', mentionKeys: ['a:0-1', 'b:0-1'] }],
			next: [
				{ id: 'y', mentionKeys: ['a:0-1', 'b:0-1'] },
				{ id: 'x', mentionKeys: ['a:0-1'] }
			],
			aliases: [{ alias: 'old', target: 'y' }]
		}
	])('$why', ({ previous, next, aliases }) => {
		expect(carried(previous, next)).toEqual(aliases);
	});

	it('points an older alias at the final event and drops aliases whose id is an event again', () => {
		const aliases = carried(
			[
				{ id: 'mid', mentionKeys: ['a:0-1'] },
				{ id: 'back', mentionKeys: ['b:0-1'] }
			],
			[
				{ id: 'last', mentionKeys: ['a:0-1'] },
				{ id: 'first', mentionKeys: ['b:0-1'] }
			],
			[
				['first', 'back'],
				['oldest', 'mid'],
				['nowhere', 'lost']
			]
		);
		expect(aliases).toEqual([
			{ alias: 'back', target: 'first' },
			{ alias: 'mid', target: 'last' },
			{ alias: 'oldest', target: 'last' }
		]);
	});
});
