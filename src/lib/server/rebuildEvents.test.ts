import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusWith, SEED_CORPUS, tempDir } from '../../../tests/unit/corpusFixture';
import { openDatabase } from './db';
import { eventDetail } from './eventDetail';
import { exportAll } from './exportAll';
import { ingestCorpus } from './ingest';

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
