/**
 * CPU profiles of a piece of work (V8's sampling profiler through the inspector, the same data
 * `node --cpu-prof` writes) and their summary: where the self time goes, by function and by file.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a `.cpuprofile` the summary reads. */
export interface CpuProfile {
	nodes: {
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number };
	}[];
	/** Monotonic clock, microseconds. */
	startTime: number;
	samples: number[];
	/** Microseconds since the previous sample. */
	timeDeltas: number[];
}

export interface ProfileEntry {
	name: string;
	ms: number;
	share: number;
}

export interface ProfileSummary {
	totalMs: number;
	functions: ProfileEntry[];
	files: ProfileEntry[];
}

/**
 * Runs `work` under the sampling profiler. Only the samples taken while `work` ran are kept:
 * starting and stopping the profiler from this thread has its own cost, which is not the work's.
 */
export async function profileCpu<T>(work: () => T): Promise<{ result: T; profile: CpuProfile }> {
	const session = new Session();
	session.connect();
	try {
		await session.post('Profiler.enable');
		await session.post('Profiler.setSamplingInterval', { interval: 200 });
		await session.post('Profiler.start');
		// V8's profile clock and hrtime are both the monotonic clock.
		const from = Number(process.hrtime.bigint() / 1000n);
		const result = work();
		const to = Number(process.hrtime.bigint() / 1000n);
		const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
		return { result, profile: within(profile, from, to) };
	} finally {
		session.disconnect();
	}
}

/** The profile's samples taken between `from` and `to` (microseconds). */
export function within(profile: CpuProfile, from: number, to: number): CpuProfile {
	const samples: number[] = [];
	const timeDeltas: number[] = [];
	let time = profile.startTime;
	profile.samples.forEach((node, i) => {
		time += profile.timeDeltas[i];
		if (time < from || time > to) return;
		samples.push(node);
		timeDeltas.push(profile.timeDeltas[i]);
	});
	return { ...profile, samples, timeDeltas };
}

/** A file as the report names it: relative to `root`, or as V8 names it (node:, native). */
function fileName(url: string, functionName: string, root: string): string {
	// V8's own entries: (garbage collector), (program), (idle).
	if (!url) return functionName.startsWith('(') ? functionName : '(native)';
	const path = url.startsWith('file://') ? fileURLToPath(url) : url;
	return path.startsWith(root) ? relative(root, path) : path;
}

/** Self time by function and by file, largest first, `top` of each. */
export function summariseProfile(profile: CpuProfile, root: string, top = 12): ProfileSummary {
	const byNode = new Map<number, number>();
	profile.samples.forEach((node, i) =>
		byNode.set(node, (byNode.get(node) ?? 0) + profile.timeDeltas[i] / 1000)
	);
	const functions = new Map<string, number>();
	const files = new Map<string, number>();
	let totalMs = 0;
	for (const node of profile.nodes) {
		const ms = byNode.get(node.id) ?? 0;
		if (ms === 0) continue;
		totalMs += ms;
		const { functionName, url, lineNumber } = node.callFrame;
		const file = fileName(url, functionName, root);
		const name = url
			? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
			: functionName || '(anonymous)';
		functions.set(name, (functions.get(name) ?? 0) + ms);
		files.set(file, (files.get(file) ?? 0) + ms);
	}
	const ranked = (map: Map<string, number>) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, ms]) => ({ name, ms, share: totalMs > 0 ? ms / totalMs : 0 }));
	return { totalMs, functions: ranked(functions), files: ranked(files) };
}
