import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from './evaluateCorpus';
import { readGold } from './goldFormats';
import { placeSatisfies } from './matchGold';

/**
 * The seeds' acceptance bar through the real pipeline (ingest, merge, export): every
 * non-optional seed event is found in each required source with the right type, all its
 * participants (any spelling), its place and its date rule, and nothing on the must-not list.
 */

const root = join(import.meta.dirname, '../../..');
const goldPath = join(root, 'tests/gold/seeds.gold.json');
const gold = readGold(JSON.parse(readFileSync(goldPath, 'utf8')));
const { score } = evaluateCorpus({ goldPath, corpusDir: join(root, 'corpus'), aliases: false });

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
