import {
	copyFileSync,
	readdirSync,
	readFileSync,
	rmSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEVSET_CORPUS, REPO, SEED_CORPUS, tempDir } from '../../../tests/unit/corpusFixture';
import { createPrng, type Prng } from '../synth/prng';
import { corpusArticle, writeCorpus } from '../synth/writeCorpus';
import { openDatabase } from './db';
import { exportAll } from './exportAll';
import { ingestCorpus, type IngestOptions } from './ingest';

const THEATRES_CORPUS = join(REPO, 'tests', 'fixtures', 'devset-theatres', 'corpus');

const cleanup: string[] = [];
afterEach(() => {
	for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(prefix: string): string {
	const dir = tempDir(prefix);
	cleanup.push(dir);
	return dir;
}

/** Everything a reader of the database sees of the events: the export, aliases, day counts, actors. */
function stored(dbPath: string) {
	const db = openDatabase(dbPath);
	try {
		const rows = (sql: string) => db.prepare(sql).all();
		return {
			export: exportAll(db),
			aliases: rows('SELECT alias, target FROM event_aliases ORDER BY alias'),
			dayCounts: rows('SELECT day, type, count FROM day_counts ORDER BY day, type'),
			actors: rows('SELECT id, name, kind, country FROM actors ORDER BY id'),
			search: rows(`SELECT e.id, f.title, f.excerpts FROM events_fts f
				JOIN events e ON e.rowid = f.rowid ORDER BY e.id`),
			sampleKeys: rows('SELECT id, sample_key FROM events ORDER BY id')
		};
	} finally {
		db.close();
	}
}

/** Text files of a folder, by name. */
function articlesIn(dir: string): Map<string, string> {
	return new Map(
		readdirSync(dir)
			.filter((name) => /\.(txt|md)$/.test(name))
			.map((name) => [name, readFileSync(join(dir, name), 'utf8')])
	);
}

/**
 * Two databases living the same history: one ingests each state of the corpus with the
 * incremental merge, the other with a full rebuild (`full`). After every step they must hold the
 * same events, and the incremental side must really have merged incrementally.
 */
function twins() {
	const corpusDir = scratch('incr-corpus');
	const incremental = join(scratch('incr-db'), 'timeline.db');
	const full = join(scratch('full-db'), 'timeline.db');
	const base: Omit<IngestOptions, 'dbPath'> = { corpusDir, gazetteer: 'none', workers: 0 };
	const ingestBoth = () => {
		const summary = ingestCorpus({ ...base, dbPath: incremental });
		ingestCorpus({ ...base, dbPath: full, full: true });
		expect(stored(incremental)).toEqual(stored(full));
		return summary;
	};
	return { corpusDir, incremental, ingestBoth };
}

const addDevArticle = (corpusDir: string, name: string) =>
	copyFileSync(join(DEVSET_CORPUS, name), join(corpusDir, name));

/** Twins that have ingested the dev set but its first two articles (`names`, sorted). */
function devSetTwins() {
	const twin = twins();
	const names = [...articlesIn(DEVSET_CORPUS).keys()].sort();
	for (const name of names.slice(2)) addDevArticle(twin.corpusDir, name);
	twin.ingestBoth();
	return { ...twin, names };
}

describe('incremental merge', () => {
	it('gives the full rebuild’s events when dev-set articles are added, changed and removed', () => {
		const articles = new Map([
			...articlesIn(DEVSET_CORPUS),
			...articlesIn(THEATRES_CORPUS),
			...articlesIn(SEED_CORPUS)
		]);
		const names = [...articles.keys()].sort();
		const { corpusDir, ingestBoth } = twins();
		const put = (name: string, text = articles.get(name) as string) =>
			writeFileSync(join(corpusDir, name), text);
		names.filter((_, i) => i % 2 === 0).forEach((name) => put(name));
		expect(ingestBoth().merge).toBe('full');

		// One article added, then several.
		put(names[1]);
		expect(ingestBoth().merge).toBe('incremental');
		names.filter((_, i) => i % 2 === 1 && i > 1 && i < 9).forEach((name) => put(name));
		expect(ingestBoth().merge).toBe('incremental');
		// One changed: another article's words under its name.
		put(names[0], articles.get(names[names.length - 1]));
		expect(ingestBoth().merge).toBe('incremental');
		// One removed, then several, then one added back.
		unlinkSync(join(corpusDir, names[2]));
		expect(ingestBoth().merge).toBe('incremental');
		for (const name of [names[4], names[5], names[6]]) unlinkSync(join(corpusDir, name));
		expect(ingestBoth().merge).toBe('incremental');
		put(names[2]);
		expect(ingestBoth().merge).toBe('incremental');
	});

	it('gives the full rebuild’s events on synthetic corpora, whatever the order of changes', () => {
		const root = scratch('synth');
		for (const seed of ['incr-1', 'incr-2', 'incr-3']) {
			const pool = join(root, seed);
			writeCorpus({ articles: 48, seed, outDir: pool, repoRoot: root });
			const articles = articlesIn(pool);
			const random = createPrng(seed);
			const names = random.shuffle([...articles.keys()]);
			const { corpusDir, ingestBoth } = twins();
			const present = new Set<string>();
			const add = (name: string) => {
				copyFileSync(join(pool, name), join(corpusDir, name));
				present.add(name);
			};
			names.slice(0, 30).forEach(add);
			ingestBoth();
			const merges: string[] = [];
			for (let step = 0; step < 6; step++) {
				changeSome(random, names, present, {
					add,
					remove: (name) => {
						unlinkSync(join(corpusDir, name));
						present.delete(name);
					},
					change: (name, other) =>
						writeFileSync(join(corpusDir, name), `${articles.get(other)}\n${name}\n`)
				});
				merges.push(ingestBoth().merge);
			}
			// Each step changed at most a fifth of the sources: none needed a full merge.
			expect(merges.filter((merge) => merge === 'incremental').length).toBeGreaterThan(3);
			expect(merges).not.toContain('full');
		}
	});

	it('merges fully while corrections changed the stored events, and the corrections still apply', () => {
		const { corpusDir, incremental, ingestBoth, names } = devSetTwins();
		const rejected = stored(incremental).export.events[0];
		const [excerpt] = rejected.mentions;
		writeFileSync(
			join(corpusDir, 'corrections.yaml'),
			`- target: { event: ${rejected.id} }\n  reject: true\n  note: not an event (${excerpt.sourceId})\n`
		);
		expect(ingestBoth().corrections.changedEvents).toBe(1);
		addDevArticle(corpusDir, names[0]);
		const summary = ingestBoth();
		expect(summary.merge).toBe('full');
		expect(summary.corrections.changedEvents).toBe(1);
		expect(stored(incremental).export.events.map((event) => event.id)).not.toContain(rejected.id);

		// Without corrections in the stored events, the next change is merged incrementally.
		unlinkSync(join(corpusDir, 'corrections.yaml'));
		ingestBoth();
		addDevArticle(corpusDir, names[1]);
		expect(ingestBoth().merge).toBe('incremental');
	});

	it('merges fully once over a database from before the incremental merge, then incrementally', () => {
		const { corpusDir, incremental, ingestBoth, names } = devSetTwins();
		// What an older version stored: no blocking, slugs or participants' own details.
		const db = openDatabase(incremental);
		db.exec(`UPDATE source_mentions SET blocking = NULL; UPDATE events SET slug = '';
			UPDATE event_participants SET name = NULL`);
		db.close();
		addDevArticle(corpusDir, names[0]);
		expect(ingestBoth().merge).toBe('full');
		addDevArticle(corpusDir, names[1]);
		expect(ingestBoth().merge).toBe('incremental');
	});

	it('leaves the previous database as it was when an incremental merge fails', () => {
		const corpusDir = scratch('fail-corpus');
		const dbPath = join(scratch('fail-db'), 'timeline.db');
		const names = [...articlesIn(DEVSET_CORPUS).keys()].sort();
		for (const name of names.slice(1))
			copyFileSync(join(DEVSET_CORPUS, name), join(corpusDir, name));
		ingestCorpus({ corpusDir, dbPath, gazetteer: 'none' });
		const before = stored(dbPath);

		addDevArticle(corpusDir, names[0]);
		unlinkSync(join(corpusDir, names[1]));
		let steps = 0;
		expect(() =>
			ingestCorpus({
				corpusDir,
				dbPath,
				gazetteer: 'none',
				onRebuildStep: (step) => {
					steps++;
					if (step.step === 'written') throw new Error('disk full');
				}
			})
		).toThrow('disk full');
		expect(steps).toBeGreaterThan(1);
		expect(stored(dbPath)).toEqual(before);
		// And the next run does it.
		expect(ingestCorpus({ corpusDir, dbPath, gazetteer: 'none' }).merge).toBe('incremental');
	});
});

/** How many stored mentions an incremental merge clustered again, from its progress line. */
function remergedMentions(lines: string[]): number {
	const line = lines.find((text) => text.startsWith('merged incrementally: '));
	if (!line) throw new Error(`no incremental merge in:\n${lines.join('\n')}`);
	return Number(/: (\d+) event mentions again/.exec(line)?.[1]);
}

describe('incremental merge of removed and changed files', () => {
	const SYNTH_ARTICLES = 100;
	const corpora = {
		devset: () => articlesIn(DEVSET_CORPUS),
		synthetic: () => {
			const pool = join(scratch('synth-pool'), 'corpus');
			writeCorpus({ articles: SYNTH_ARTICLES, seed: 'removal', outDir: pool, repoRoot: REPO });
			return articlesIn(pool);
		}
	};
	// Files by their position in the sorted corpus: first, middle, last, and groups of them.
	const cases: { corpus: keyof typeof corpora; removed: number[]; changed?: number }[] = [
		{ corpus: 'devset', removed: [0] },
		{ corpus: 'devset', removed: [7] },
		{ corpus: 'devset', removed: [-1] },
		{ corpus: 'devset', removed: [1, 4, 9] },
		{ corpus: 'devset', removed: [], changed: 3 },
		{ corpus: 'devset', removed: [5], changed: 6 },
		{ corpus: 'synthetic', removed: [0] },
		{ corpus: 'synthetic', removed: [61] },
		{ corpus: 'synthetic', removed: [-1] },
		{ corpus: 'synthetic', removed: [2, 40, 70, 90] },
		{ corpus: 'synthetic', removed: [], changed: 17 },
		{ corpus: 'synthetic', removed: [33], changed: 77 }
	];
	it.each(cases)(
		'$corpus: removing $removed and changing $changed gives the full rebuild’s database',
		({ corpus, removed, changed }) => {
			const articles = corpora[corpus]();
			const names = [...articles.keys()].sort();
			const at = (position: number) => names.at(position) as string;
			const corpusDir = scratch('removal-corpus');
			const incremental = join(scratch('incr-db'), 'timeline.db');
			const full = join(scratch('full-db'), 'timeline.db');
			for (const [name, text] of articles) writeFileSync(join(corpusDir, name), text);
			const base: Omit<IngestOptions, 'dbPath'> = { corpusDir, gazetteer: 'none', workers: 0 };
			ingestCorpus({ ...base, dbPath: incremental });
			ingestCorpus({ ...base, dbPath: full });

			for (const position of removed) unlinkSync(join(corpusDir, at(position)));
			// A changed file: the words of another article (not removed) with a line of its own.
			if (changed !== undefined) {
				const donor = names.find((_, i) => i !== changed && !removed.includes(i)) as string;
				writeFileSync(join(corpusDir, at(changed)), `${articles.get(donor)}\nrevised\n`);
			}
			const summary = ingestCorpus({ ...base, dbPath: incremental });
			ingestCorpus({ ...base, dbPath: full, full: true });
			expect(summary.removed).toBe(removed.length);
			expect(summary.merge).toBe('incremental');
			// Byte for byte: the export with ids, and aliases, day counts, actors, search rows.
			expect(JSON.stringify(stored(incremental))).toBe(JSON.stringify(stored(full)));
		}
	);

	it('merges again no more mentions to remove an article than to add it', () => {
		const pool = join(scratch('synth-pool'), 'corpus');
		writeCorpus({ articles: 400, seed: 'bench', outDir: pool, repoRoot: REPO });
		const corpusDir = scratch('add-remove');
		for (const [name, text] of articlesIn(pool)) writeFileSync(join(corpusDir, name), text);
		const dbPath = join(scratch('add-remove-db'), 'timeline.db');
		const ingest = () => {
			const lines: string[] = [];
			ingestCorpus({
				corpusDir,
				dbPath,
				gazetteer: 'none',
				workers: 0,
				onProgress: (line) => lines.push(line)
			});
			return lines;
		};
		ingest();
		// Articles of the same world: each reports events others report.
		for (const index of [400, 401, 402]) {
			const extra = corpusArticle('bench', 400, index);
			const file = join(corpusDir, `added-${extra.fileName}`);
			writeFileSync(file, extra.text);
			const added = remergedMentions(ingest());
			unlinkSync(file);
			// A lost mention reaches what a new one reaches: before, a lost loose mention also
			// regrouped every precise group it fitted, and their whole linked parts.
			expect(remergedMentions(ingest())).toBeLessThanOrEqual(added);
		}
	});
});

/** One step of changes: one or a few files added, removed or given other words, in a random mix. */
function changeSome(
	random: Prng,
	names: string[],
	present: Set<string>,
	apply: {
		add(name: string): void;
		remove(name: string): void;
		change(name: string, other: string): void;
	}
): void {
	const count = random.int(1, 3);
	for (let i = 0; i < count; i++) {
		const absent = names.filter((name) => !present.has(name));
		const here = names.filter((name) => present.has(name));
		const kind = random.int(0, 2);
		if (kind === 0 && absent.length > 0) apply.add(random.pick(absent));
		else if (kind === 1 && here.length > 1) apply.remove(random.pick(here));
		else apply.change(random.pick(here), random.pick(names));
	}
}
