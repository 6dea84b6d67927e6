import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusWith, SEED_CORPUS, tempDir } from '../../../tests/unit/corpusFixture';
import { openDatabase } from './db';
import { eventDetail } from './eventDetail';
import { exportAll } from './exportAll';
import { ingestCorpus } from './ingest';
import { mergeMentions, type SourcedMention } from '../merge/mergeMentions';
import { testMention } from '../merge/testMention';
import { rebuildEvents } from './rebuildEvents';
import { writeEvents } from './writeEvents';

const cleanup: string[] = [];
afterEach(() => {
	for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const UNDATED_REPORT = '000_0995579f6d83a5f2.txt';
const DATED_REPORT = '004_9d0667f4fa7cf92c.txt';

describe('event ids across re-ingests', () => {
	it('keeps ids when nothing changes and resolves an old id after a new source dates the event', () => {
		const corpusDir = corpusWith([
			{ from: join(SEED_CORPUS, UNDATED_REPORT), name: UNDATED_REPORT }
		]);
		const dbDir = tempDir('alias-db');
		cleanup.push(corpusDir, dbDir);
		const dbPath = join(dbDir, 'timeline.db');

		ingestCorpus({ corpusDir, dbPath });
		const before = exportAll(openDatabase(dbPath));
		const attack = before.events.find((e) => e.type === 'attack');
		expect(attack?.date.start).toBeNull();
		expect(attack?.id).toMatch(/^undated-attack-/);

		ingestCorpus({ corpusDir, dbPath, full: true });
		expect(exportAll(openDatabase(dbPath)).events.map((e) => e.id)).toEqual(
			before.events.map((e) => e.id)
		);

		copyFileSync(join(SEED_CORPUS, DATED_REPORT), join(corpusDir, DATED_REPORT));
		ingestCorpus({ corpusDir, dbPath });
		const db = openDatabase(dbPath);
		const after = exportAll(db);
		const dated = after.events.find(
			(e) =>
				e.type === 'attack' && e.mentions.some((m) => m.sourceId === UNDATED_REPORT.slice(0, -4))
		);
		expect(dated?.date).toMatchObject({ start: '2020-01-03', derivation: 'cross-source' });
		expect(dated?.id).not.toBe(attack?.id);
		expect(eventDetail(db, attack!.id)).toEqual({ found: false, redirectTo: dated!.id });
		// Events untouched by the new source keep their ids.
		for (const event of before.events.filter((e) => e.type !== 'attack')) {
			expect(after.events.map((e) => e.id)).toContain(event.id);
		}
		db.close();
	});
});

describe('rebuildEvents', () => {
	/** Stores mentions as ingest would, sources in the given order. */
	function storedDb(sourced: SourcedMention[]) {
		const db = openDatabase(':memory:');
		const insertSource = db.prepare(`INSERT OR IGNORE INTO sources (id, file, content_hash,
			extract_key, published, body, ingested_at) VALUES (?, ?, '', '', ?, '', '')`);
		const insertMention = db.prepare(
			'INSERT INTO source_mentions (source_id, idx, mention_json) VALUES (?, ?, ?)'
		);
		sourced.forEach(({ sourceId, published, mention }, idx) => {
			insertSource.run(sourceId, `${sourceId}.txt`, published);
			insertMention.run(sourceId, idx, JSON.stringify(mention));
		});
		return db;
	}

	function stored(db: ReturnType<typeof openDatabase>) {
		return {
			events: db
				.prepare('SELECT id, title, start_day, end_day, explanation, conflicts_json FROM events')
				.all(),
			mentions: db
				.prepare('SELECT event_id, source_id, ord, start, end, excerpt FROM mentions')
				.all()
		};
	}

	it('stores what mergeMentions merges, ids and order included, whatever order sources come in', () => {
		const pair = { people: ['Ana Varo', 'Ben Osk'], place: 'Astel' };
		const sourced = [
			testMention({ source: 'c', ...pair, on: '2021-04-02', at: 5 }),
			testMention({ source: 'a', ...pair, on: '2021-04-02', at: 40 }),
			testMention({ source: 'a', ...pair, on: '2021-04-03', at: 90, type: 'statement' }),
			// Two undated meetings of one pair at two places: one slug, two events.
			testMention({ source: 'b', people: ['Dov Ek', 'Eli Fo'], place: 'Astel', at: 7 }),
			testMention({ source: 'b', people: ['Dov Ek', 'Eli Fo'], place: 'Borin', at: 70 }),
			testMention({ source: 'b', people: ['Cai Dun'], on: '2021-04-01..2021-05-31', at: 120 }),
			testMention({
				source: 'd',
				...pair,
				on: '2021-03-30..2021-04-05',
				approximate: true,
				at: 3
			})
		];

		const expected = storedDb(sourced);
		expected.transaction(() => writeEvents(expected, mergeMentions(sourced)))();
		for (const order of [sourced, [...sourced].reverse()]) {
			const db = storedDb(order);
			db.transaction(() => rebuildEvents(db))();
			expect(stored(db)).toEqual(stored(expected));
			db.close();
		}
		expect(stored(expected).events.map((e) => (e as { id: string }).id)).toContain(
			'undated-meeting-dov-ek-eli-fo-2'
		);
		expected.close();
	});

	it('leaves no events from an empty corpus', () => {
		const db = storedDb([]);
		db.transaction(() => rebuildEvents(db))();
		expect(stored(db)).toEqual({ events: [], mentions: [] });
		db.close();
	});
});
