/**
 * The server under more than one client, against the built app: a cheap request's latency while
 * four clients loop the most expensive one (can one client starve the others?), the same
 * requests answered by node's bare HTTP server running the same queries (the floor under the
 * framework), and autocannon load at many connections. Beside wall time, the server's own CPU
 * time per request, read from /proc: on a shared machine wall-clock tails mostly measure other
 * jobs.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { quantile } from 'd3-array';
import { processCpuMs, processMemory } from './processStats';

/** Latency order statistics with the 99th percentile (load figures are judged by their tail). */
export interface Tail {
	n: number;
	p50: number;
	p99: number;
	max: number;
}

export function tail(samples: readonly number[]): Tail {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		n: sorted.length,
		p50: quantile(sorted, 0.5) ?? NaN,
		p99: quantile(sorted, 0.99) ?? NaN,
		max: sorted.at(-1) ?? NaN
	};
}

/** The server's CPU ms per request over `requests` requests, from two /proc readings. */
const cpuPerRequest = (before: number | null, after: number | null, requests: number) =>
	before === null || after === null || requests === 0 ? null : (after - before) / requests;

/** Fetches `path` once, to its last byte; its time in ms and status. */
async function timedFetch(url: string): Promise<{ ms: number; status: number }> {
	const started = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	return { ms: performance.now() - started, status: response.status };
}

/** Fetches `paths` in turn, one at a time, until `until` returns true; each one's time. */
async function loop(
	baseUrl: string,
	paths: readonly string[],
	until: () => boolean,
	statuses: Set<number>
): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; !until(); i++) {
		const { ms, status } = await timedFetch(baseUrl + paths[i % paths.length]);
		statuses.add(status);
		times.push(ms);
	}
	return times;
}

export interface ContentionResult {
	cheap: string;
	heavy: string;
	heavyClients: number;
	seconds: number;
	/** The cheap request alone, then while the heavy clients loop. */
	alone: Tail;
	contended: Tail;
	/**
	 * The server's CPU ms per request answered: alone, and while the heavy clients loop (cheap and
	 * heavy requests together; the read workers' threads are the server process's too).
	 */
	cpuMsPerRequest?: { alone: number | null; contended: number | null };
	/** Heavy requests answered meanwhile, and every status seen. */
	heavyRequests: number;
	statuses: number[];
}

/**
 * A cheap request's latency, one client asking in a loop for `seconds`, alone and then while
 * `heavyClients` clients loop the heavy request.
 */
export async function measureContention(
	baseUrl: string,
	cases: { cheap: { label: string; paths: string[] }; heavy: { label: string; path: string } },
	options: { seconds: number; heavyClients: number; serverPid: number }
): Promise<ContentionResult> {
	const statuses = new Set<number>();
	const forSeconds = () => {
		const end = Date.now() + options.seconds * 1000;
		return () => Date.now() >= end;
	};
	await loop(baseUrl, cases.cheap.paths.slice(0, 2), forSeconds(), statuses); // warm-up
	const aloneCpu = processCpuMs(options.serverPid);
	const alone = await loop(baseUrl, cases.cheap.paths, forSeconds(), statuses);
	const contendedCpu = processCpuMs(options.serverPid);
	let stop = false;
	const heavy = Array.from({ length: options.heavyClients }, () =>
		loop(baseUrl, [cases.heavy.path], () => stop, statuses)
	);
	// The heavy clients get going before the cheap one starts timing.
	await new Promise((resolve) => setTimeout(resolve, 200));
	const contended = await loop(baseUrl, cases.cheap.paths, forSeconds(), statuses);
	stop = true;
	const heavyTimes = await Promise.all(heavy);
	const endCpu = processCpuMs(options.serverPid);
	const heavyRequests = heavyTimes.reduce((sum, times) => sum + times.length, 0);
	return {
		cheap: cases.cheap.label,
		heavy: cases.heavy.label,
		heavyClients: options.heavyClients,
		seconds: options.seconds,
		alone: tail(alone),
		contended: tail(contended),
		cpuMsPerRequest: {
			alone: cpuPerRequest(aloneCpu, contendedCpu, alone.length),
			contended: cpuPerRequest(contendedCpu, endCpu, contended.length + heavyRequests)
		},
		heavyRequests,
		statuses: [...statuses].sort()
	};
}

export interface FloorCase {
	label: string;
	/** The app's request and the floor server's for the same query. */
	app: Tail & { cpuMsPerRequest: number | null };
	floor: Tail & { cpuMsPerRequest: number | null };
}

/** Times `paths` one at a time, `requests` of them after `warmup`, with the server's CPU time. */
async function timedSequence(
	baseUrl: string,
	paths: readonly string[],
	pid: number,
	options: { requests: number; warmup: number }
): Promise<Tail & { cpuMsPerRequest: number | null }> {
	const statuses = new Set<number>();
	let i = 0;
	await loop(baseUrl, paths, () => i++ >= options.warmup, statuses);
	const cpuBefore = processCpuMs(pid);
	let n = 0;
	const times = await loop(baseUrl, paths, () => n++ >= options.requests, statuses);
	if (statuses.size !== 1 || !statuses.has(200)) {
		throw new Error(`${baseUrl}${paths[0]} answered ${[...statuses].join(', ')}`);
	}
	return {
		...tail(times),
		cpuMsPerRequest: cpuPerRequest(cpuBefore, processCpuMs(pid), times.length)
	};
}

/**
 * The app's month page of `/api/events.json` and node's bare HTTP server (`floorServer.ts`)
 * answering the same query with the same functions over the same database, in turn.
 */
export async function measureFloor(
	setup: { repoRoot: string; dbPath: string; port: number; appUrl: string; appPid: number },
	monthQueries: readonly string[],
	options: { requests: number; warmup: number }
): Promise<FloorCase[]> {
	const floor = await startFloorServer(setup.repoRoot, setup.dbPath, setup.port);
	try {
		const cases: { label: string; app: string[]; floor: string[] }[] = [
			{
				label: 'events.json, month, 500 events a page',
				app: monthQueries.map((q) => `/api/events.json${q}&limit=500`),
				floor: monthQueries.map((q) => `/events${q}&limit=500`)
			},
			{
				label: 'timeline.json, month',
				app: monthQueries.map((q) => `/api/timeline.json${q}`),
				floor: monthQueries.map((q) => `/timeline${q}`)
			}
		];
		const results: FloorCase[] = [];
		for (const c of cases) {
			results.push({
				label: c.label,
				app: await timedSequence(setup.appUrl, c.app, setup.appPid, options),
				floor: await timedSequence(floor.url, c.floor, floor.pid, options)
			});
		}
		return results;
	} finally {
		await floor.stop();
	}
}

async function startFloorServer(repoRoot: string, dbPath: string, port: number) {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', join(repoRoot, 'bench', 'floorServer.ts')],
		{
			cwd: repoRoot,
			stdio: ['ignore', 'pipe', 'inherit'],
			env: { ...process.env, FLOOR_DB: dbPath, FLOOR_PORT: String(port) }
		}
	);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	await new Promise<void>((resolve, reject) => {
		child.stdout.once('data', () => resolve());
		child.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
	});
	return {
		url: `http://127.0.0.1:${port}`,
		pid: child.pid as number,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

export interface LoadRun {
	label: string;
	connections: number;
	seconds: number;
	requestsPerSecond: number;
	latency: { p50: number; p99: number; max: number };
	/** Requests answered 2xx, other statuses (503s when the server sheds load), socket errors and timeouts. */
	ok: number;
	non2xx: number;
	errors: number;
	timeouts: number;
	rssBeforeMb: number | null;
	rssAfterMb: number | null;
	/** Of the RSS, the server's anonymous memory (absent from runs before it was measured). */
	anonBeforeMb?: number | null;
	anonAfterMb?: number | null;
	cpuMsPerRequest: number | null;
}

/** autocannon on loopback against each target at each connection count, for `seconds` each. */
export async function measureLoad(
	app: { url: string; pid: number },
	targets: readonly { label: string; paths: string[] }[],
	options: { connections: readonly number[]; seconds: number }
): Promise<LoadRun[]> {
	const runs: LoadRun[] = [];
	for (const connections of options.connections) {
		for (const target of targets) {
			const before = processMemory(app.pid);
			const cpuBefore = processCpuMs(app.pid);
			const result = await autocannon({
				url: app.url,
				connections,
				duration: options.seconds,
				timeout: 10,
				requests: target.paths.map((path) => ({ method: 'GET', path }))
			});
			const answered = result['2xx'] + result.non2xx;
			const after = processMemory(app.pid);
			runs.push({
				label: target.label,
				connections,
				seconds: options.seconds,
				requestsPerSecond: answered / result.duration,
				latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
				ok: result['2xx'],
				non2xx: result.non2xx,
				errors: result.errors,
				timeouts: result.timeouts,
				rssBeforeMb: before?.rssMb ?? null,
				rssAfterMb: after?.rssMb ?? null,
				anonBeforeMb: before?.anonMb ?? null,
				anonAfterMb: after?.anonMb ?? null,
				cpuMsPerRequest: cpuPerRequest(cpuBefore, processCpuMs(app.pid), answered)
			});
		}
	}
	return runs;
}
