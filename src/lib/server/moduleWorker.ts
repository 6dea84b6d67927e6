import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running a module of this app, given as its `import.meta.url`: a bundled
 * build's JavaScript module is loaded as it is; anything else (a TypeScript source under the CLI,
 * tests or the dev server, or a CommonJS shim that requires one) is loaded through tsx's require
 * hook, which the worker registers itself (Node 20
 * applies no loader given by `--import` to a worker). Null when a source cannot be loaded here
 * (tsx is not installed).
 */
const BUILT_MODULE = /\.m?js$/;

export function startModuleWorker(moduleUrl: string, options: WorkerOptions = {}): Worker | null {
	const path = moduleUrl.startsWith('file:') ? fileURLToPath(moduleUrl) : moduleUrl;
	if (BUILT_MODULE.test(path)) return new Worker(path, options);
	let tsxRegister: string;
	try {
		tsxRegister = createRequire(import.meta.url).resolve('tsx/cjs/api');
	} catch {
		return null;
	}
	return new Worker(
		`require(${JSON.stringify(tsxRegister)}).register(); require(${JSON.stringify(path)});`,
		{ ...options, eval: true }
	);
}
