import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPO, tempDir } from '../../../tests/unit/corpusFixture';
import type { EventMention } from '../types';
import { CORRECTIONS_FILE, eventCorrections } from './corrections';
import { openDatabase } from './db';
import { exportAll } from './exportAll';
import { ingestCorpus } from './ingest';

/** How the extractor is perturbed, to stand for a new extractor: none by default. */
const extractor = vi.hoisted(() => ({
	perturbation: null as null | ((mention: EventMention) => EventMention)
}));

vi.mock('../extract/extractArticle', async (importOriginal) => {
	const original = await importOriginal<typeof import('../extract/extractArticle')>();
	return {
		...original,
		extractArticle: (...args: Parameters<typeof original.extractArticle>) => {
			const mentions = original.extractArticle(...args);
			return extractor.perturbation ? mentions.map(extractor.perturbation) : mentions;
		}
	};
});

const FIXTURE = join(REPO, 'tests', 'fixtures', 'corrections');

/**
 * Corrections of the fixture's articles, one of each kind: the foreign ministers' remarks are
 * split off their meeting as a statement, the strike gets an overnight date and a title, the
 * presidents' mention of the ministers' talks is merged into them, the phone call gets its place
 * (by event id), a planned visit is rejected, and a remark the extractor missed is added.
 */
const CORRECTIONS = `- target: { source: ruritania-talks.txt, quote: "Brightwater said her country wanted a lasting settlement" }
  split: true
  note: remarks, not the meeting itself
- target: { source: ruritania-talks.txt, quote: "wanted a lasting settlement" }
  set: { type: statement, title: Brightwater calls for a lasting settlement, participants: [Anna Brightwater] }
- target: { source: ruritania-talks.txt, quote: "a drone attack hit a fuel depot" }
  date: { start: 2021-03-01, end: 2021-03-02 }
  note: overnight, Monday into Tuesday
  by: desk
- target: { source: ruritania-talks.txt, quote: "drone attack hit a fuel depot near the Freedonian town" }
  set: { title: Drone attack on a depot near Port Alba, place: Port Alba, participants: [] }
- target: { source: freedonia-call.txt, quote: "Monday's talks in Geneva" }
  merge_into: { source: ruritania-talks.txt, quote: "met Freedonian Foreign Minister Piet Vandermolen" }
- target: { event: 2021-03-04-phone-call-marek-ostrander-ivo-bellamy }
  set: { place: Port Alba }
- target: { source: ruritania-talks.txt, quote: "Brightwater will visit Brussels" }
  reject: true
  note: planned, not reported as done
- add:
    source: freedonia-call.txt
    quote: "Ostrander said the meeting between Brightwater and Vandermolen had been useful."
    type: statement
    title: Ostrander calls the Geneva talks useful
    date: { start: 2021-03-04 }
    participants: [Marek Ostrander]
`;

const cleanup: string[] = [];
afterEach(() => {
	extractor.perturbation = null;
	for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(corrections: string) {
	const corpusDir = tempDir('corrections-corpus');
	const dbDir = tempDir('corrections-db');
	cleanup.push(corpusDir, dbDir);
	cpSync(FIXTURE, corpusDir, { recursive: true });
	writeFileSync(join(corpusDir, CORRECTIONS_FILE), corrections);
	const dbPath = join(dbDir, 'timeline.db');
	const ingest = () => ingestCorpus({ corpusDir, dbPath, workers: 0 });
	const read = <T>(query: (db: ReturnType<typeof openDatabase>) => T): T => {
		const db = openDatabase(dbPath);
		try {
			return query(db);
		} finally {
			db.close();
		}
	};
	return { corpusDir, dbPath, ingest, read, exported: () => read(exportAll) };
}

/** The corrected events by what a reader sees, independent of their ids. */
function readable(data: ReturnType<typeof exportAll>) {
	return data.events
		.map((e) => ({
			type: e.type,
			start: e.date.start,
			place: e.place,
			participants: e.participants.map((p) => p.name).sort(),
			excerpts: e.mentions.map((m) => `${m.sourceId}: ${m.excerpt.slice(0, 30)}`)
		}))
		.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

function expectCorrected(data: ReturnType<typeof exportAll>) {
	const attack = data.events.find((e) => e.type === 'attack');
	expect(attack).toMatchObject({
		title: 'Drone attack on a depot near Port Alba',
		place: 'Port Alba',
		participants: [],
		date: { start: '2021-03-01', end: '2021-03-02', precision: 'range' }
	});
	const remarks = data.events.find((e) => e.title === 'Brightwater calls for a lasting settlement');
	expect(remarks?.type).toBe('statement');
	expect(remarks?.mentions.map((m) => m.excerpt)).toEqual([
		expect.stringContaining('wanted a lasting settlement')
	]);
	const talks = data.events.find((e) =>
		e.mentions.some((m) => m.excerpt.includes('met Freedonian Foreign Minister'))
	);
	expect(talks?.type).toBe('meeting');
	expect(new Set(talks?.mentions.map((m) => m.sourceId))).toEqual(
		new Set(['ruritania-talks', 'freedonia-call'])
	);
	expect(talks?.mentions.some((m) => m.excerpt.includes('lasting settlement'))).toBe(false);
	expect(data.events.find((e) => e.type === 'phone_call')?.place).toBe('Port Alba');
	expect(
		data.events.some((e) => e.mentions.some((m) => m.excerpt.includes('visit Brussels')))
	).toBe(false);
	expect(
		data.events.find((e) => e.title === 'Ostrander calls the Geneva talks useful')
	).toMatchObject({
		type: 'statement',
		date: { start: '2021-03-04' },
		participants: [{ name: 'Marek Ostrander' }]
	});
}

describe('corrections applied by the ingest', () => {
	it('applies every kind of correction after extraction and merge, and shows the machine’s value', () => {
		const { ingest, exported, read } = setup(CORRECTIONS);
		const summary = ingest();
		expect(summary.corrections).toMatchObject({ orphans: [], conflicts: [], bad: [] });
		expect(summary.corrections.applied.map((a) => a.what)).toEqual([
			'split',
			'type',
			'title',
			'participants',
			'date',
			'title',
			'place',
			'participants',
			'merge',
			'place',
			'reject',
			'add'
		]);
		const data = exported();
		expectCorrected(data);
		const attack = data.events.find((e) => e.type === 'attack');
		const shown = read((db) => eventCorrections(db, attack?.id ?? ''));
		expect(shown.find((c) => c.what === 'title')).toMatchObject({
			before: 'Strike at Port Alba',
			after: 'Drone attack on a depot near Port Alba'
		});
		expect(shown.find((c) => c.what === 'date')).toMatchObject({
			line: 6,
			before: '2021-03-02',
			after: '2021-03-01 – 2021-03-02 (range)',
			note: 'overnight, Monday into Tuesday',
			by: 'desk'
		});
	});

	it('is a no-op for an unchanged file on an unchanged corpus, and re-applies a changed file', () => {
		const { corpusDir, ingest, exported } = setup(CORRECTIONS);
		ingest();
		const first = exported();
		const again = ingest();
		expect(again.corrections.unchanged).toBe(true);
		expect(exported()).toEqual(first);
		// The reject removed from the file: the visit is back, the other corrections stay.
		writeFileSync(
			join(corpusDir, CORRECTIONS_FILE),
			CORRECTIONS.replace(
				/- target: \{ source: ruritania-talks.txt, quote: "Brightwater will[^\n]*\n[^\n]*\n[^\n]*\n/,
				''
			)
		);
		const edited = ingest();
		expect(edited.corrections.unchanged).toBe(false);
		expect(edited.ingested).toBe(0);
		const data = exported();
		expect(data.events.some((e) => e.type === 'visit')).toBe(true);
		expect(data.events.find((e) => e.type === 'attack')?.date.start).toBe('2021-03-01');
	});

	it('reports orphans, conflicts and bad entries by line and applies the rest', () => {
		const { ingest, exported } =
			setup(`- target: { source: ruritania-talks.txt, quote: "Brightwater will visit Brussels" }
  reject: true
- target: { source: ruritania-talks.txt, quote: "met in Paris" }
  reject: true
- target: { source: removed.txt, quote: "anything" }
  reject: true
- target: { event: 2021-03-04-phone-call-marek-ostrander-ivo-bellamy }
  set: { title: First }
- target: { event: 2021-03-04-phone-call-marek-ostrander-ivo-bellamy }
  set: { title: Second, colour: red }
- target: { event: 2021-03-04-phone-call-marek-ostrander-ivo-bellamy }
  date: { start: 2021-02-30 }
- target: { source: freedonia-call.txt, quote: "held a phone call" }
  set: { title: Third }
`);
		const summary = ingest();
		expect(summary.corrections.bad).toEqual([
			{ line: 10, message: 'set: unknown field colour' },
			{ line: 12, message: 'date.start: is not a date (YYYY-MM-DD, a real day)' }
		]);
		expect(summary.corrections.orphans).toEqual([
			{
				index: 1,
				line: 3,
				message: 'ruritania-talks.txt does not contain the words “met in Paris”'
			},
			{ index: 2, line: 5, message: 'no source removed.txt in the corpus' }
		]);
		expect(summary.corrections.conflicts).toEqual([
			{
				line: 13,
				earlierLine: 7,
				eventId: '2021-03-04-phone-call-marek-ostrander-ivo-bellamy',
				field: 'title'
			}
		]);
		const data = exported();
		expect(data.events.some((e) => e.type === 'visit')).toBe(false);
		expect(data.events.find((e) => e.type === 'phone_call')?.title).toBe('Third');
	});
});

describe('anchors survive re-extraction', () => {
	/** Stored extraction output marked as made by an older pipeline, so every file is read again. */
	const olderPipeline = (db: ReturnType<typeof openDatabase>) =>
		db.exec(`UPDATE sources SET extract_key = 'older:' || extract_key`);

	it('applies the same corrections when a changed extractor gives events other ids', () => {
		const { ingest, read, exported } = setup(CORRECTIONS);
		ingest();
		const before = exported();
		const idsBefore = new Set(before.events.map((e) => e.id));

		read(olderPipeline);
		// Participants in the other order and other titles: every multi-party event's id changes.
		extractor.perturbation = (mention) => ({
			...mention,
			title: `${mention.title} (second reading)`,
			participants: [...mention.participants].reverse()
		});
		const summary = ingest();
		expect(summary.ingested).toBe(2);
		expect(summary.corrections).toMatchObject({ orphans: [], conflicts: [], bad: [] });
		const after = exported();
		expect(after.events.filter((e) => idsBefore.has(e.id) && e.participants.length > 1)).toEqual(
			[]
		);
		expectCorrected(after);
		expect(readable(after)).toEqual(readable(before));
	});

	it('applies quote-anchored corrections when excerpts are cut differently, and lists an id that no longer resolves', () => {
		const { ingest, read, exported } = setup(CORRECTIONS);
		ingest();
		read(olderPipeline);
		// Each excerpt loses its first word and the phone call's participants swap places: no
		// excerpt and no id of the first reading is left.
		extractor.perturbation = (mention) => ({
			...mention,
			participants: [...mention.participants].reverse(),
			excerpts: mention.excerpts.map((excerpt) => {
				const cut = excerpt.text.indexOf(' ') + 1;
				return { start: excerpt.start + cut, end: excerpt.end, text: excerpt.text.slice(cut) };
			})
		});
		const summary = ingest();
		expect(summary.corrections.bad).toEqual([]);
		expect(summary.corrections.orphans).toEqual([
			{
				index: 5,
				line: 14,
				message:
					'no event has the id 2021-03-04-phone-call-marek-ostrander-ivo-bellamy (nor had it before)'
			}
		]);
		const data = exported();
		const attack = data.events.find((e) => e.type === 'attack');
		expect(attack).toMatchObject({ place: 'Port Alba', date: { start: '2021-03-01' } });
		expect(data.events.some((e) => e.type === 'visit')).toBe(false);
		expect(data.events.map((e) => e.title)).toEqual(
			expect.arrayContaining([
				'Ostrander calls the Geneva talks useful',
				'Brightwater calls for a lasting settlement'
			])
		);
	});
});
