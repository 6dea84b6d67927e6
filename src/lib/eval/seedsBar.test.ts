import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db';
import { exportAll } from '../server/exportAll';
import { ingestCorpus } from '../server/ingest';
import type { ExportJson } from '../types';
import { readGold } from './goldFormats';
import { placeSatisfies } from './matchGold';
import { scoreExport, type Score } from './scoreExport';

/**
 * The seeds' acceptance bar through the real pipeline (ingest, merge, export): every
 * non-optional seed event is found in each required source with the right type, all its
 * participants (any spelling), its place and its date rule, and nothing on the must-not list.
 */

const root = join(import.meta.dirname, '../../..');
const gold = readGold(JSON.parse(readFileSync(join(root, 'tests/gold/seeds.gold.json'), 'utf8')));
let work: string;
let score: Score;
let exported: ExportJson;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'seeds-'));
	cpSync(join(root, 'corpus'), join(work, 'corpus'), { recursive: true });
	ingestCorpus({ corpusDir: join(work, 'corpus'), dbPath: join(work, 'db.sqlite') });
	const db = openDatabase(join(work, 'db.sqlite'), { readonly: true });
	exported = exportAll(db);
	db.close();
	const texts = new Map(
		exported.sources.map((s) => [s.file, readFileSync(join(work, 'corpus', s.file), 'utf8')])
	);
	score = scoreExport(gold, exported, texts);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('seed corpus bar', () => {
	const required = gold.events.filter((e) => !e.optional);
	it.each(required.map((e) => [e.id, e]))('%s is found as the gold says', (_, event) => {
		for (const source of event.sources.filter((s) => s.required)) {
			const match = score.result.matches.find(
				(m) => m.gold.id === event.id && m.source.file === source.file
			);
			expect(match, `${event.id} in ${source.file}`).toBeDefined();
			expect(match?.typeExact).toBe(true);
			expect(match?.participantsFound).toBe(event.participants.length);
			expect(placeSatisfies(event.place, match?.unit.event.place ?? null)).toBe(true);
			expect(match?.dateOk, JSON.stringify(match?.unit.event.date)).toBe(true);
		}
	});

	it('breaks no must-not rule', () => {
		expect(score.violations).toEqual([]);
		expect(score.result.falsePositives.map((u) => u.event.title)).toEqual([]);
	});
});
