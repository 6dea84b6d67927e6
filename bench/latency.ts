/**
 * Request latency of the running app: each path is fetched in turn, many times, the time taken
 * to the last byte of the body; warm-up requests first, so the figures are the steady state.
 */
import { processCpuMs } from './processStats';
import { spread, type Spread } from './stats';

export interface LatencyCase {
	label: string;
	/** Requests rotate over these paths (different windows, so no single query stays hot). */
	paths: string[];
}

export interface LatencyResult {
	label: string;
	ms: Spread;
	/** Body size of the largest response, in bytes. */
	maxBytes: number;
	statuses: number[];
	/** The server's CPU time per timed request (null when not known). */
	cpuMsPerRequest?: number | null;
}

export async function measureLatency(
	baseUrl: string,
	cases: readonly LatencyCase[],
	options: { requests: number; warmup: number; serverPid?: number }
): Promise<LatencyResult[]> {
	const results: LatencyResult[] = [];
	for (const { label, paths } of cases) {
		const times: number[] = [];
		const statuses = new Set<number>();
		let maxBytes = 0;
		let cpuBefore: number | null = null;
		for (let i = 0; i < options.warmup + options.requests; i++) {
			if (i === options.warmup && options.serverPid) cpuBefore = processCpuMs(options.serverPid);
			const started = performance.now();
			const response = await fetch(baseUrl + paths[i % paths.length]);
			const body = await response.arrayBuffer();
			const ms = performance.now() - started;
			if (i < options.warmup) continue;
			times.push(ms);
			statuses.add(response.status);
			maxBytes = Math.max(maxBytes, body.byteLength);
		}
		const cpuAfter = options.serverPid ? processCpuMs(options.serverPid) : null;
		const cpuMsPerRequest =
			cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / times.length;
		results.push({
			label,
			ms: spread(times),
			maxBytes,
			statuses: [...statuses].sort(),
			cpuMsPerRequest
		});
	}
	return results;
}
