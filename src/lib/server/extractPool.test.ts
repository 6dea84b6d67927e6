import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEVSET_CORPUS, tempDir } from '../../../tests/unit/corpusFixture';
import { EMPTY_GAZETTEER } from '../actors/gazetteer';
import { readArticle } from '../corpus/readArticle';
import { extractOutcome, workerExtractor, type ArticleExtractor } from './extractPool';

const cleanup: (() => void)[] = [];
afterEach(() => {
	for (const done of cleanup.splice(0)) done();
});

const inThread = (body: string, meta: Parameters<typeof extractOutcome>[1]) =>
	extractOutcome(body, meta, EMPTY_GAZETTEER);

/**
 * The real extraction worker behind a listener that spoils a job holding a marker before the
 * worker sees it: extraction throws, the worker itself throws (outside extraction's guard), or
 * the worker exits.
 */
function misbehavingWorker(): string {
	const dir = tempDir('pool');
	const source = join(dir, 'worker.cjs');
	writeFileSync(
		source,
		`const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
	if (job.body.includes('MARK-EXTRACTION')) job.body = null;
	else if (job.body.includes('MARK-WORKER')) {
		Object.defineProperty(job, 'body', { get() { throw new Error('worker bug'); } });
	} else if (job.body.includes('MARK-EXIT')) process.exit(5);
});
require(${JSON.stringify(join(import.meta.dirname, 'extractWorker.ts'))});
`
	);
	cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
	return source;
}

function article(name: string, extra = '') {
	const bytes = readFileSync(join(DEVSET_CORPUS, name));
	const read = readArticle(name, bytes);
	if (!read.ok) throw new Error(read.reason);
	return { body: read.article.body + extra, meta: read.article.meta };
}

describe('workerExtractor', () => {
	const extractionError = (
		inThread(null as unknown as string, article('13_istanbul_talks.txt').meta) as { error: string }
	).error;
	it.each([
		['extraction throws', 'MARK-EXTRACTION', extractionError],
		['the worker throws', 'MARK-WORKER', 'the extraction worker exited (code 1)'],
		['the worker exits', 'MARK-EXIT', 'the extraction worker exited (code 5)']
	])(
		'when %s on an article (%s), that article alone fails, at once',
		(_, marker, error) => {
			const pool = workerExtractor(1, null, inThread, misbehavingWorker()) as ArticleExtractor;
			expect(pool).not.toBeNull();
			cleanup.push(() => pool.close());
			const articles = [
				article('13_istanbul_talks.txt'),
				article('15_bali_biden_xi.txt', `\n${marker}\n`),
				article('13_istanbul_talks.txt', '\nA later article.\n')
			];
			const tickets = articles.map(({ body, meta }) => pool.submit(body, meta));
			const started = performance.now();
			const outcomes = tickets.map((ticket) => pool.take(ticket));
			expect(performance.now() - started).toBeLessThan(20_000);
			expect(outcomes[1]).toEqual({ ok: false, error });
			// The articles around it come out as this thread extracts them.
			for (const index of [0, 2]) {
				const { body, meta } = articles[index];
				expect(outcomes[index]).toEqual(inThread(body, meta));
				expect(outcomes[index].ok && outcomes[index].mentions.length).toBeGreaterThan(0);
			}
		},
		60_000
	);
});
