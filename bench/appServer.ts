/**
 * The built app as users run it (`node build`), serving a given database: built first when
 * `build/` is missing or older than the sources, started on a port of its own, stopped by pid.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Sources whose change makes `build/` stale. */
const BUILD_INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** Builds the app unless `build/` is newer than every source; says whether it built. */
export function ensureBuild(repoRoot: string): boolean {
	const handler = join(repoRoot, 'build', 'handler.js');
	const sources = Math.max(...BUILD_INPUTS.map((path) => newestMtime(join(repoRoot, path))));
	if (existsSync(handler) && statSync(handler).mtimeMs > sources) return false;
	execFileSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
	return true;
}

/**
 * A private copy of `build/` in `dir`, so that a rebuild by someone else during a long run
 * cannot swap the files a running server refers to. Dependencies still resolve from the
 * repository's node_modules (the copy lives inside the repository).
 */
export function snapshotBuild(repoRoot: string, dir: string): string {
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(repoRoot, 'build'), dir, { recursive: true });
	return dir;
}

export interface RunningApp {
	url: string;
	stop: () => Promise<void>;
}

/** Starts the built app (`node build`, or the snapshot in `buildDir`) on `dbPath`; resolves once it answers. */
export async function startApp(options: {
	repoRoot: string;
	dbPath: string;
	port: number;
	buildDir?: string;
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
			TIMELINE_INGEST_ON_START: '0'
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
			if (response.ok) return { url, stop };
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
