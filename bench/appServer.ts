/**
 * The built app as users run it (`node build`), serving a given database on a port of its own,
 * stopped by pid; for long runs, built privately from the working tree first.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What `vite build` reads, copied as they are now; dependencies are linked, not copied. */
const BUILD_INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json'
];

/**
 * Builds the working tree's app into `dir` and returns its build folder: the sources copied
 * beside a link to the repository's node_modules, then `vite build` there. A private build, so
 * that another build of the shared `build/` during a long run cannot swap the files a running
 * server and the bundle measurement refer to.
 */
export function buildPrivateCopy(repoRoot: string, dir: string): string {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const input of BUILD_INPUTS) {
		cpSync(join(repoRoot, input), join(dir, input), { recursive: true });
	}
	symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
	execFileSync(process.execPath, [vite, 'build'], { cwd: dir, stdio: 'ignore' });
	return join(dir, 'build');
}

export interface RunningApp {
	url: string;
	/** The server process, for its memory and CPU time. */
	pid: number;
	stop: () => Promise<void>;
}

/** Starts the built app (`build/`, or `buildDir`) on `dbPath`; resolves once it answers. */
export async function startApp(options: {
	repoRoot: string;
	dbPath: string;
	port: number;
	buildDir?: string;
	/** More environment for the server (TIMELINE_READ_WORKERS=0 to read in its own thread). */
	env?: Record<string, string>;
}): Promise<RunningApp> {
	const url = `http://127.0.0.1:${options.port}`;
	const child = spawn(process.execPath, [options.buildDir ?? 'build'], {
		cwd: options.repoRoot,
		stdio: ['ignore', 'ignore', 'pipe'],
		env: {
			...process.env,
			PORT: String(options.port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			TIMELINE_DB: options.dbPath,
			TIMELINE_INGEST_ON_START: '0',
			...options.env
		}
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
	};
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`node build exited: ${stderr}`);
		try {
			// An empty window: answers as soon as the database is open.
			const response = await fetch(`${url}/api/events.json?from=1900-01-01&to=1900-01-01`);
			if (response.ok) return { url, pid: child.pid as number, stop };
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`node build did not answer on ${url} within 30 s: ${stderr}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
