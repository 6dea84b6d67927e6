/** The machine a run measured, so figures are read against it (and against its load). */
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
	cpuModel: string;
	cores: number;
	memoryGb: number;
	freeMemoryGb: number;
	os: string;
	node: string;
	/** 1-minute load average when the run started: a busy shared machine shows here. */
	loadAverage: number;
}

const gb = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10;

export function describeMachine(): Machine {
	const cores = cpus();
	return {
		cpuModel: cores[0]?.model.trim() ?? 'unknown',
		cores: cores.length,
		memoryGb: gb(totalmem()),
		freeMemoryGb: gb(freemem()),
		os: `${type()} ${release()}`,
		node: process.version,
		loadAverage: Math.round(loadavg()[0] * 100) / 100
	};
}
