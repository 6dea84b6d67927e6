import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, throttle } from './delayedCall';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('throttle', () => {
	it('runs at most once per interval, with the latest arguments', () => {
		const calls: number[] = [];
		const write = throttle((value: number) => calls.push(value), 1000);
		for (let frame = 0; frame < 150; frame++) {
			write(frame);
			vi.advanceTimersByTime(16);
		}
		// 150 frames of 16 ms = 2.4 s: two full intervals have run.
		expect(calls).toEqual([62, 125]);
		vi.advanceTimersByTime(1000);
		expect(calls).toEqual([62, 125, 149]);
		vi.advanceTimersByTime(5000);
		expect(calls).toHaveLength(3);
	});

	it('flushes the pending call at once, and cancel drops it', () => {
		const calls: string[] = [];
		const write = throttle((value: string) => calls.push(value), 1000);
		write('a');
		write('b');
		write.flush();
		expect(calls).toEqual(['b']);
		write('c');
		write.cancel();
		vi.advanceTimersByTime(2000);
		write.flush();
		expect(calls).toEqual(['b']);
	});
});

describe('debounce', () => {
	it('runs once the calls stop, with the latest arguments', () => {
		const calls: number[] = [];
		const follow = debounce((value: number) => calls.push(value), 200);
		for (let frame = 0; frame < 60; frame++) {
			follow(frame);
			vi.advanceTimersByTime(16);
		}
		// A second of frames 16 ms apart: the wait never ran out.
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(200);
		expect(calls).toEqual([59]);
		vi.advanceTimersByTime(5000);
		expect(calls).toEqual([59]);
	});

	it('flushes the pending call at once, and cancel drops it', () => {
		const calls: string[] = [];
		const follow = debounce((value: string) => calls.push(value), 200);
		follow('a');
		follow.flush();
		expect(calls).toEqual(['a']);
		follow('b');
		follow.cancel();
		vi.advanceTimersByTime(1000);
		expect(calls).toEqual(['a']);
	});
});
