/**
 * npm run bench -- [--smoke] [--only extraction,ingest,incremental,latency,bundle,browser,floor,contention,load]
 *   [--out FILE] [--budget-minutes 45] [--from-results data/bench/results.json] [--events N]
 * Runs the benchmarks on this machine and writes BENCHMARKS.md (figures, method, machine,
 * date). `--smoke` runs each at tiny sizes into data/bench/smoke/ (the figures mean nothing;
 * it proves the benchmarks still work). Databases and corpora are kept under data/bench/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../src/lib/server/db';
import { parseArgs } from 'node:util';
import { buildPrivateCopy, startApp } from './appServer';
import { chromiumVersion, measureBrowserCase } from './browser';
import { measureBundle } from './bundleSize';
import { measureExtraction } from './extraction';
import { measureIngest, type IngestSizeResult } from './ingest';
import { measureIncremental } from './incrementalIngest';
import { measureLatency, type LatencyCase } from './latency';
import { describeMachine } from './machine';
import { measureContention, measureFloor, measureLoad, type ContentionResult } from './serving';
import {
	emptyResults,
	formatReport,
	PANNED_LOAD,
	PANNED_TIMELINE,
	previousFigures,
	type BenchResults
} from './report';
import { seedDatabase } from './seedDatabase';
import { medianOf } from './stats';
import {
	BENCH_TEXT_QUERY,
	busiestActor,
	measureWindowFunction,
	monthWindows,
	panningWindows
} from './windowFunction';

const STAGES = [
	'extraction',
	'ingest',
	'incremental',
	'latency',
	'bundle',
	'browser',
	'floor',
	'contention',
	'load'
] as const;
/** Stages run against the app serving the seeded events database. */
const SERVED: readonly Stage[] = ['latency', 'bundle', 'floor', 'contention', 'load'];
type Stage = (typeof STAGES)[number];

const FULL = {
	extraction: { articles: 1000, repeats: 3 },
	ingest: { sizes: [1000, 10_000], repeats: 3, optional: 100_000, poolSize: 10_000 },
	incremental: { articles: 10_000, repeats: 3 },
	latency: { events: 1_000_000, requests: 200, warmup: 20, months: 24 },
	browser: {
		sizes: [1000, 10_000, 100_000],
		options: { loads: 3, timeoutMs: 120_000, zoomSteps: 10, panSteps: 40, gestureBudgetMs: 20_000 }
	},
	serving: { seconds: 10, heavyClients: 4, requests: 200, warmup: 20, connections: [50, 200] }
};
const SMOKE = {
	extraction: { articles: 10, repeats: 1 },
	ingest: { sizes: [20], repeats: 1, optional: null, poolSize: 20 },
	incremental: { articles: 20, repeats: 1 },
	latency: { events: 3000, requests: 10, warmup: 2, months: 4 },
	browser: {
		sizes: [300],
		options: { loads: 1, timeoutMs: 30_000, zoomSteps: 3, panSteps: 5, gestureBudgetMs: 5000 }
	},
	serving: { seconds: 3, heavyClients: 4, requests: 10, warmup: 2, connections: [50, 200] }
};
/** Minutes kept for the stages after ingest when deciding whether the optional size fits. */
const RESERVED_MINUTES = 9;
const APP_PORT = 4330;

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			smoke: { type: 'boolean', default: false },
			only: { type: 'string' },
			out: { type: 'string' },
			// A first run also writes the 100k-article corpus and seeds the 1M-event database: the
			// optional size fits in this on 2 cores.
			'budget-minutes': { type: 'string', default: '45' },
			'from-results': { type: 'string' },
			// The seeded database's size for the served stages (default 1,000,000; smoke 3,000).
			events: { type: 'string' }
		}
	});
	if (values['from-results']) {
		// Rewrites the report from a run's saved results, without measuring again.
		const saved = JSON.parse(readFileSync(values['from-results'], 'utf8')) as BenchResults;
		writeFileSync(resolve(values.out ?? 'BENCHMARKS.md'), formatReport(saved));
		return;
	}
	const repoRoot = resolve(import.meta.dirname, '..');
	const smoke = values.smoke;
	const config = smoke ? SMOKE : FULL;
	const workDir = join(repoRoot, 'data', 'bench', ...(smoke ? ['smoke'] : []));
	mkdirSync(workDir, { recursive: true });
	const out = resolve(values.out ?? (smoke ? join(workDir, 'BENCHMARKS.md') : 'BENCHMARKS.md'));
	const only = new Set((values.only?.split(',') ?? STAGES) as Stage[]);
	const budgetMs = Number(values['budget-minutes']) * 60_000;
	const started = Date.now();
	const log = (line: string) =>
		console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

	const results = emptyResults({
		startedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		smoke,
		machine: describeMachine()
	});
	// The report about to be replaced: its figures are shown beside this run's.
	if (existsSync(out)) results.previous = previousFigures(readFileSync(out, 'utf8'));
	// Saved after every stage, so a run cut short keeps what it measured.
	const save = () => {
		results.minutes = (Date.now() - started) / 60_000;
		writeFileSync(join(workDir, 'results.json'), JSON.stringify(results, null, '\t'));
	};
	const stage = async (name: Stage, run: () => Promise<void>) => {
		if (!only.has(name)) return;
		log(`${name}…`);
		try {
			await run();
		} catch (error) {
			// fetch() says only "fetch failed"; the reason is its cause.
			const { message: said, cause } = error as Error & { cause?: unknown };
			const reason = cause instanceof Error ? `: ${cause.message}` : '';
			const message = `${said.split('\n')[0]}${reason}`;
			results.errors.push({ stage: name, message });
			log(`${name} failed: ${message}`);
		}
		save();
	};

	await stage('extraction', async () => {
		results.extraction = await measureExtraction({ ...config.extraction, profileRoot: repoRoot });
		log(`extraction: ${results.extraction.articlesPerSecond.toFixed(0)} articles/s`);
	});

	await stage('ingest', async () => {
		const common = { repeats: config.ingest.repeats, workDir, repoRoot, onProgress: log };
		const sizes: IngestSizeResult[] = measureIngest({
			...common,
			sizes: config.ingest.sizes,
			liveHeap: true
		});
		// What the other cores buy: the same corpus with one extraction worker per core.
		const [pool] = measureIngest({
			...common,
			sizes: [config.ingest.poolSize],
			workers: availableParallelism()
		});
		const skipped: string[] = [];
		const optional = config.ingest.optional;
		const last = sizes.at(-1);
		if (optional && last) {
			const projectedMs = (optional / last.articles) * medianOf(last.runs.map((run) => run.ms));
			const endMs = Date.now() - started + projectedMs + RESERVED_MINUTES * 60_000;
			if (endMs < budgetMs) {
				// Its live-heap run too, when a second pass fits.
				const liveHeap = endMs + projectedMs < budgetMs;
				sizes.push(...measureIngest({ ...common, repeats: 1, sizes: [optional], liveHeap }));
			} else {
				skipped.push(
					`${optional.toLocaleString('en-US')} articles: not run. At the rate measured for ${last.articles.toLocaleString('en-US')} it would take about ${(projectedMs / 60_000).toFixed(0)} minutes (plus writing the corpus), past this run's ${values['budget-minutes']}-minute budget.`
				);
			}
		}
		results.ingest = { sizes, skipped, pool };
	});

	await stage('incremental', async () => {
		results.incremental = measureIncremental({
			...config.incremental,
			workDir,
			repoRoot,
			onProgress: log
		});
		const { cpuShare, addedCpuMs } = results.incremental;
		log(
			`incremental: one article ${addedCpuMs} ms CPU, ${(cpuShare * 100).toFixed(1)} % of a full ingest`
		);
	});

	const needsApp = only.has('browser') || SERVED.some((name) => only.has(name));
	let buildDir = '';
	if (needsApp) {
		log('building the app from the working tree (a private copy)…');
		buildDir = buildPrivateCopy(repoRoot, join(workDir, 'app'));
		log('built');
	}

	if (SERVED.some((name) => only.has(name))) {
		const events = values.events ? Number(values.events) : config.latency.events;
		const seeded = seedDatabase({
			path: join(workDir, `events-${events}.db`),
			events,
			onProgress: log
		});
		log(
			`${events} events ${seeded.reused ? 'kept from an earlier run' : `seeded in ${seeded.ms} ms`}`
		);
		const app = await startApp({ repoRoot, dbPath: seeded.path, port: APP_PORT, buildDir });
		try {
			// Before latency: its in-process part holds the event loop for seconds, and a kept-alive
			// socket the server has closed meanwhile would fail the next fetch ("other side closed").
			await stage('bundle', async () => {
				results.bundle = await measureBundle(app.url, join(buildDir, 'client'));
			});
			await stage('latency', async () => {
				const loadAverage = loadavg()[0];
				const months = monthWindows(config.latency.months);
				// Every request of these a window not asked before (warm-up included).
				const panned = panningWindows(config.latency.warmup + config.latency.requests);
				const query = (w: { from: string; to: string }) => `?from=${w.from}&to=${w.to}`;
				const cases: LatencyCase[] = [
					{
						label: 'timeline.json, month',
						paths: months.map((w) => `/api/timeline.json${query(w)}`)
					},
					{
						label: PANNED_TIMELINE,
						paths: panned.map((w) => `/api/timeline.json${query(w)}`)
					},
					{ label: 'timeline.json, full range', paths: ['/api/timeline.json'] },
					{
						label: 'load function (__data.json), month',
						paths: months.map((w) => `/__data.json${query(w)}`)
					},
					{
						label: PANNED_LOAD,
						paths: panned.map((w) => `/__data.json${query(w)}`)
					},
					{ label: 'load function (__data.json), full range', paths: ['/__data.json'] },
					{ label: 'page / (server-rendered), month', paths: months.map((w) => `/${query(w)}`) },
					{ label: 'page / (server-rendered), full range', paths: ['/'] },
					{ label: 'events.json, month', paths: months.map((w) => `/api/events.json${query(w)}`) },
					{ label: 'events.json, full range', paths: ['/api/events.json'] },
					...filteredMonthCases(seeded.path, months.map(query))
				];
				const http = await measureLatency(app.url, cases, {
					...config.latency,
					serverPid: app.pid
				});
				const inProcess = await measureWindowFunction(seeded.path, {
					windows: months,
					repeats: 3,
					profileRoot: repoRoot
				});
				results.latency = { events, seed: seeded, http, inProcess, loadAverage };
			});
			const months = monthWindows(config.latency.months);
			const monthQueries = months.map((w) => `?from=${w.from}&to=${w.to}`);
			const serving = config.serving;
			await stage('floor', async () => {
				results.floor = {
					events,
					cases: await measureFloor(
						{ repoRoot, dbPath: seeded.path, port: APP_PORT + 9, appUrl: app.url, appPid: app.pid },
						monthQueries,
						serving
					)
				};
			});
			await stage('contention', async () => {
				const cases = {
					cheap: {
						label: 'timeline.json, month',
						paths: monthQueries.map((q) => `/api/timeline.json${q}`)
					},
					heavy: {
						label: 'events.json, full range, 5,000 events a page',
						path: '/api/events.json?limit=5000'
					}
				};
				// Before: the same build reading everything in the server's one thread.
				const inThread = await startApp({
					repoRoot,
					dbPath: seeded.path,
					port: APP_PORT + 8,
					buildDir,
					env: { TIMELINE_READ_WORKERS: '0' }
				});
				let withoutPool: ContentionResult;
				try {
					withoutPool = await measureContention(inThread.url, cases, {
						...serving,
						serverPid: inThread.pid
					});
				} finally {
					await inThread.stop();
				}
				const withPool = await measureContention(app.url, cases, {
					...serving,
					serverPid: app.pid
				});
				// Exports are streamed in the server's thread a chunk at a time, not read in the pool.
				const middle = monthQueries[Math.floor(monthQueries.length / 2)];
				const exports = await measureContention(
					app.url,
					{
						cheap: cases.cheap,
						heavy: { label: 'CSV export of a month', path: `/export/events.csv${middle}` }
					},
					{ ...serving, serverPid: app.pid }
				);
				results.contention = { events, ...withPool, withoutPool, exports };
				const { alone, contended } = results.contention;
				log(
					`contention: p99 ${alone.p99.toFixed(0)} ms alone, ${contended.p99.toFixed(0)} ms with read workers, ${withoutPool.contended.p99.toFixed(0)} ms without, ${exports.contended.p99.toFixed(0)} ms beside exports`
				);
			});
			// Last: hundreds of connections leave the server's memory and caches as they are.
			await stage('load', async () => {
				const eventPaths = sampleEventIds(seeded.path, 20).map((id) => `/events/${id}`);
				results.load = {
					events,
					runs: await measureLoad(
						app,
						[
							{ label: '/ (full range)', paths: ['/'] },
							{ label: '/ (a month)', paths: monthQueries.map((q) => `/${q}`) },
							{ label: 'event page', paths: eventPaths },
							{ label: '/api/events.json (first page, 500)', paths: ['/api/events.json'] }
						],
						serving
					)
				};
			});
		} finally {
			await app.stop();
		}
	}

	await stage('browser', async () => {
		results.chromium = await chromiumVersion();
		results.browser = [];
		for (const [i, events] of config.browser.sizes.entries()) {
			const seeded = seedDatabase({ path: join(workDir, `events-${events}.db`), events });
			const app = await startApp({
				repoRoot,
				dbPath: seeded.path,
				port: APP_PORT + 1 + i,
				buildDir
			});
			try {
				const result = await measureBrowserCase(
					{ repoRoot, dbPath: seeded.path, appUrl: app.url, events },
					config.browser.options
				);
				results.browser.push(result);
				log(
					`browser ${events}: app ${result.app.firstRenderMs.p50.toFixed(0)} ms, vis-timeline ${result.vis.firstRenderMs.p50.toFixed(0)} ms`
				);
			} finally {
				await app.stop();
			}
		}
	});

	save();
	writeFileSync(out, formatReport(results));
	log(`wrote ${out}`);
	if (results.errors.length) process.exitCode = 1;
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

/** Month windows of the timeline API with the heaviest filters: the busiest actor, a common word. */
function filteredMonthCases(dbPath: string, monthQueries: string[]): LatencyCase[] {
	const db = openDatabase(dbPath, { readonly: true });
	const actor = busiestActor(db);
	db.close();
	const filters = [
		...(actor ? [{ label: `actor=${actor}`, param: `actor=${encodeURIComponent(actor)}` }] : []),
		{ label: `q=${BENCH_TEXT_QUERY}`, param: `q=${BENCH_TEXT_QUERY}` }
	];
	return filters.map(({ label, param }) => ({
		label: `timeline.json, month, ${label}`,
		paths: monthQueries.map((query) => `/api/timeline.json${query}&${param}`)
	}));
}

/** `count` event ids spread over the database, for event-page requests. */
function sampleEventIds(dbPath: string, count: number): string[] {
	const db = openDatabase(dbPath, { readonly: true });
	const total = db.prepare('SELECT max(rowid) FROM events').pluck().get() as number;
	const step = Math.max(1, Math.floor(total / count));
	const ids = db
		.prepare('SELECT id FROM events WHERE rowid % ? = 0 LIMIT ?')
		.pluck()
		.all(step, count) as string[];
	db.close();
	return ids;
}
