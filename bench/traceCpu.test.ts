import { describe, expect, it } from 'vitest';
import { mainThreadCpuMs } from './traceCpu';

const thread = (pid: number, tid: number, name: string) => ({
	name: 'thread_name',
	ph: 'M',
	pid,
	tid,
	args: { name }
});
const task = (pid: number, tid: number, tdur: number, name = 'RunTask') => ({
	name,
	ph: 'X',
	pid,
	tid,
	tdur
});

describe('mainThreadCpuMs', () => {
	it.each([
		['no renderer main thread', [task(1, 1, 5000)], null],
		[
			"the renderer main thread's top-level tasks, in thread time",
			[thread(1, 1, 'CrRendererMain'), task(1, 1, 1500), task(1, 1, 2500)],
			4
		],
		[
			'other threads and other events left out',
			[
				thread(1, 1, 'CrRendererMain'),
				thread(1, 2, 'Compositor'),
				task(1, 1, 1000),
				task(1, 2, 9000),
				task(1, 1, 7000, 'Layout')
			],
			1
		],
		[
			'the busiest of two renderers (the page, not a blank one)',
			[
				thread(1, 1, 'CrRendererMain'),
				thread(2, 1, 'CrRendererMain'),
				task(1, 1, 200),
				task(2, 1, 3000)
			],
			3
		]
	])('%s', (_, traceEvents, expected) => {
		expect(mainThreadCpuMs({ traceEvents })).toBe(expected);
	});
});
