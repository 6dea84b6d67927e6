import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/unit/corpusFixture';
import { startModuleWorker } from './moduleWorker';
import { isAbortError, PoolBusyError, WorkerPool } from './workerPool';

/**
 * A worker answering through `answerJobs`: `{ wait, value }` answers `value` after `wait` ms
 * (the order the pool started jobs in is kept in `started`, asked for with `{ report: true }`),
 * `{ crash: 'throw' }` throws outside the handler, `{ crash: 'exit' }` exits, `{ fail: m }` rejects.
 */
const dir = tempDir('worker-pool');
const source = join(dir, 'worker.cjs');
writeFileSync(
	source,
	`const { answerJobs } = require(${JSON.stringify(join(import.meta.dirname, 'workerPool.ts'))});
const started = [];
answerJobs(async (job) => {
	if (job.report) return started;
	started.push(job.value);
	if (job.crash === 'throw') setImmediate(() => { throw new Error('worker bug'); });
	if (job.crash === 'exit') process.exit(7);
	if (job.fail) throw Object.assign(new Error(job.fail), job.code ? { code: job.code } : {});
	if (job.bytes) return new TextEncoder().encode(job.value);
	await new Promise((resolve) => setTimeout(resolve, job.wait ?? 0));
	return job.value;
});
`
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TestJob {
	value?: string;
	wait?: number;
	crash?: 'throw' | 'exit';
	fail?: string;
	code?: string;
	bytes?: boolean;
	report?: boolean;
}

const pools: WorkerPool<TestJob, unknown>[] = [];
afterEach(async () => {
	await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(size: number, maxQueued: number): WorkerPool<TestJob, unknown> {
	const created = new WorkerPool<TestJob, unknown>(
		() => {
			const worker = startModuleWorker(source);
			if (!worker) throw new Error('tsx is needed to run the test worker');
			return worker;
		},
		{ size, maxQueued }
	);
	pools.push(created);
	return created;
}

/** Settles to the value, or to the error's name and message. */
const outcome = (pending: Promise<unknown>) =>
	pending.then(
		(value) => ({ value }),
		(error: Error) => ({ error: `${error.name}: ${error.message}` })
	);

describe('WorkerPool', () => {
	it('answers each caller with its own job, starting jobs in the order they came', async () => {
		const one = pool(1, 10);
		const values = ['a', 'b', 'c', 'd', 'e'];
		// Later jobs are quicker: answers would come back out of order if they ran side by side.
		const answers = await Promise.all(
			values.map((value, i) => one.run({ value, wait: (values.length - i) * 5 }))
		);
		expect(answers).toEqual(values);
		expect(await one.run({ report: true })).toEqual(values);

		const two = pool(2, 10);
		const both = await Promise.all(values.map((value, i) => two.run({ value, wait: 20 - i * 4 })));
		expect(both).toEqual(values);
	}, 30_000);

	it('moves byte answers to the caller', async () => {
		const answer = await pool(1, 1).run({ value: 'héllo', bytes: true });
		expect(answer).toBeInstanceOf(Uint8Array);
		expect(new TextDecoder().decode(answer as Uint8Array)).toBe('héllo');
	}, 30_000);

	it('refuses a job at once when maxQueued jobs already wait, and takes jobs again after', async () => {
		const one = pool(1, 2);
		const running = one.run({ value: 'running', wait: 200 });
		const waiting = [one.run({ value: 'w1' }), one.run({ value: 'w2' })];
		await expect(one.run({ value: 'refused' })).rejects.toBeInstanceOf(PoolBusyError);
		expect(one.queued).toBe(2);
		expect(await Promise.all([running, ...waiting])).toEqual(['running', 'w1', 'w2']);
		expect(await one.run({ value: 'again' })).toBe('again');
		expect(await one.run({ report: true })).toEqual(['running', 'w1', 'w2', 'again']);
	}, 30_000);

	it('drops a waiting job whose client left, and stops waiting for a running one', async () => {
		const one = pool(1, 5);
		const runningClient = new AbortController();
		const waitingClient = new AbortController();
		const running = outcome(one.run({ value: 'running', wait: 300 }, runningClient.signal));
		const waiting = outcome(one.run({ value: 'left' }, waitingClient.signal));
		const kept = one.run({ value: 'kept' });
		waitingClient.abort();
		expect(await waiting).toEqual({ error: 'AbortError: the client went away' });
		expect(one.queued).toBe(1);

		const abortedAt = performance.now();
		runningClient.abort();
		const answer = await running;
		// Answered with the abort, not after the worker's 300 ms.
		expect(performance.now() - abortedAt).toBeLessThan(100);
		expect(answer).toEqual({ error: 'AbortError: the client went away' });

		expect(await kept).toBe('kept');
		// The job dropped while waiting never reached the worker.
		expect(await one.run({ report: true })).toEqual(['running', 'kept']);
		// A signal already aborted is refused before anything is queued.
		const gone = AbortSignal.abort();
		const refused = await one.run({ value: 'x' }, gone).catch((error: unknown) => error);
		expect(isAbortError(refused)).toBe(true);
	}, 30_000);

	it.each([
		['throws outside the handler', 'throw' as const, 'Error: the worker failed: worker bug'],
		['exits', 'exit' as const, 'Error: the worker exited (code 7)']
	])(
		'when a worker %s, its job fails with an error and a new worker takes the next jobs',
		async (_, crash, error) => {
			const one = pool(1, 5);
			const crashed = outcome(one.run({ value: 'crash', crash, wait: 1_000 }));
			const next = one.run({ value: 'next' });
			expect(await crashed).toEqual({ error });
			expect(await next).toBe('next');
			// A fresh worker: it has seen only the job after the crash.
			expect(await one.run({ report: true })).toEqual(['next']);
		},
		30_000
	);

	it("passes a job's own failure to its caller and keeps the worker", async () => {
		const one = pool(1, 5);
		expect(await outcome(one.run({ value: 'f', fail: 'no such page' }))).toEqual({
			error: 'Error: no such page'
		});
		expect(await one.run({ value: 'after' })).toBe('after');
		expect(await one.run({ report: true })).toEqual(['f', 'after']);
	}, 30_000);

	it('keeps the code of a failure (a database problem is told apart from a bug)', async () => {
		const one = pool(1, 5);
		const failure = await one.run({ fail: 'file is not a database', code: 'SQLITE_NOTADB' }).then(
			() => null,
			(error: Error & { code?: string }) => error
		);
		expect(failure).toMatchObject({ message: 'file is not a database', code: 'SQLITE_NOTADB' });
	}, 30_000);
});
