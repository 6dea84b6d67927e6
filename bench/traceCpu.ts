/**
 * The CPU time of a page's main thread in a Chromium trace: the thread time (`tdur`) of its
 * top-level tasks. Wall-clock frame times on a shared machine mostly measure other jobs; the
 * thread's own CPU time says how much work the page asked for.
 */

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	tdur?: number;
	args?: { name?: string };
}

/** Categories the trace needs: Chromium records its top-level tasks (`RunTask`) in the second. */
export const CPU_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * Milliseconds of CPU in top-level tasks on the busiest renderer main thread of `trace` (the
 * JSON Chromium writes: `{ traceEvents: [...] }`), or null when it holds none.
 */
export function mainThreadCpuMs(trace: { traceEvents: TraceEvent[] }): number | null {
	const mainThreads = new Set(
		trace.traceEvents
			.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
			.map((event) => `${event.pid}:${event.tid}`)
	);
	const cpu = new Map<string, number>();
	for (const event of trace.traceEvents) {
		if (event.name !== 'RunTask' || event.ph !== 'X' || event.tdur === undefined) continue;
		const thread = `${event.pid}:${event.tid}`;
		if (mainThreads.has(thread)) cpu.set(thread, (cpu.get(thread) ?? 0) + event.tdur);
	}
	return cpu.size ? Math.max(...cpu.values()) / 1000 : null;
}
