/**
 * Smoke run of the benchmarks that need no browser and no build, at tiny sizes: they must keep
 * working (and their figures keep meaning what the report says) as the code they measure
 * changes. The browser, HTTP and bundle benchmarks are smoked in tests/e2e/bench-smoke.spec.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { measureExtraction } from './extraction';
import { measureIncremental } from './incrementalIngest';
import { measureIngest } from './ingest';
import { describeMachine } from './machine';
import { checkTargets, emptyResults, formatReport, type BenchResults } from './report';
import { seedDatabase } from './seedDatabase';
import { measureWindowFunction, monthWindows } from './windowFunction';

const repoRoot = resolve(import.meta.dirname, '..');
const workDir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('benchmark smoke run', () => {
	it('measures extraction, ingest and the window function, and reports them', async () => {
		const extraction = await measureExtraction({ articles: 6, repeats: 2, profileRoot: repoRoot });
		expect(extraction.passes).toHaveLength(2);
		expect(extraction.articlesPerSecond).toBeGreaterThan(0);
		expect(extraction.meanWords).toBeGreaterThan(200);
		expect(extraction.mentionsPerArticle).toBeGreaterThan(0);
		expect(extraction.profile?.functions.length).toBeGreaterThan(0);

		const [ingest] = measureIngest({ sizes: [12], repeats: 1, workDir, repoRoot, liveHeap: true });
		expect(ingest.articles).toBe(12);
		expect(ingest.runs[0].articles).toBe(12);
		expect(ingest.runs[0].events).toBeGreaterThan(0);
		expect(ingest.peakRssMb).toBeGreaterThanOrEqual(ingest.startRssMb);
		expect(ingest.mergeShare).toBeGreaterThan(0);
		expect(ingest.mergeShare).toBeLessThan(1);
		// Every phase is told, and the highest RSS so far can only grow from phase to phase.
		const phases = ['files', 'profiled', 'clustered', 'staged', 'written'] as const;
		const peaks = phases.map((phase) => ingest.phasePeakRssMb[phase] ?? NaN);
		expect(peaks.every((peak, i) => i === 0 || peak >= peaks[i - 1])).toBe(true);
		expect(ingest.peakRssMb).toBeGreaterThanOrEqual(peaks[peaks.length - 1]);
		expect(phases.map((phase) => ingest.liveHeapMb?.[phase])).toEqual(
			phases.map(() => expect.any(Number))
		);

		const path = join(workDir, 'events.db');
		const seeded = seedDatabase({ path, events: 2500 });
		expect(seeded.reused).toBe(false);
		expect(seedDatabase({ path, events: 2500 }).reused).toBe(true);
		const db = openDatabase(path, { readonly: true });
		expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(2500);
		db.close();
		const inProcess = await measureWindowFunction(path, {
			windows: monthWindows(3),
			repeats: 1,
			profileRoot: repoRoot
		});
		expect(inProcess.month.n).toBe(3);
		expect(inProcess.fullTruncated).toBe(true);
		expect(inProcess.fullBytes).toBeLessThanOrEqual(100 * 1024);

		const results: BenchResults = {
			startedAt: '2026-01-01T00:00:00Z',
			minutes: 1,
			smoke: true,
			machine: describeMachine(),
			chromium: null,
			extraction,
			ingest: { sizes: [ingest], skipped: [] },
			latency: {
				events: 2500,
				seed: seeded,
				http: [],
				inProcess
			},
			bundle: null,
			browser: null,
			errors: []
		};
		const checks = checkTargets(results);
		expect(checks.find((c) => c.what.startsWith('Extraction'))?.met).toBe(
			extraction.articlesPerSecond >= 500
		);
		expect(checks.find((c) => c.what.startsWith('JavaScript'))?.verdict).toBe('not measured');
		const report = formatReport(results);
		expect(report).toContain('smoke mode');
		expect(report).toContain(`${extraction.meanWords} words`);
		expect(report).toContain('## Browser\n\nNot measured in this run.');
	});

	// Six ingests, each a process of its own: more than the default minute on a loaded machine.
	it('measures adding one article to a kept corpus and reports it', { timeout: 180_000 }, () => {
		const incremental = measureIncremental({ articles: 12, repeats: 1, workDir, repoRoot });
		expect(incremental.full.merge).toBe('full');
		expect(incremental.added.map((run) => run.merge)).toEqual(['incremental']);
		expect(incremental.removed.map((run) => run.merge)).toEqual(['incremental']);
		expect(incremental.unrelated?.added.map((run) => run.merge)).toEqual(['incremental']);
		expect(incremental.added[0].events).toBeGreaterThanOrEqual(incremental.full.events);
		expect(incremental.cpuShare).toBeGreaterThan(0);
		const results = {
			...emptyResults({
				startedAt: '2026-01-01T00:00:00Z',
				smoke: true,
				machine: describeMachine()
			}),
			incremental
		};
		const report = formatReport(results);
		expect(report).toContain('| one article added (median) |');
		expect(report).toContain('| an article of another world added (median) |');
		expect(checkTargets(results).find((c) => c.what.startsWith('Adding one article'))?.met).toBe(
			incremental.cpuShare <= 0.05
		);
	});
});
