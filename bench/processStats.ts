/**
 * Memory and CPU time of another process (the app under test), read from Linux's /proc: the
 * machine is shared, so wall-clock tails mostly measure other jobs while CPU time is the app's
 * own. Null where /proc cannot be read.
 */
import { readFileSync } from 'node:fs';

export interface ProcessMemory {
	/** Resident set size in MB. */
	rssMb: number;
	/**
	 * Of it, anonymous memory in MB: the process's own (heaps, SQLite's page caches). The rest is
	 * mostly file pages mapped in, such as a database read through a memory map, which the kernel
	 * shares with its page cache and can drop.
	 */
	anonMb: number | null;
}

export function processMemory(pid: number): ProcessMemory | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const mb = (field: string) => {
			const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
			return match ? Number(match[1]) / 1024 : null;
		};
		const rssMb = mb('VmRSS');
		return rssMb === null ? null : { rssMb, anonMb: mb('RssAnon') };
	} catch {
		return null;
	}
}

/** CPU clock ticks per second of /proc's figures (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time in ms since the process started. */
export function processCpuMs(pid: number): number | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the parenthesised command name, which may itself hold spaces.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
	} catch {
		return null;
	}
}
