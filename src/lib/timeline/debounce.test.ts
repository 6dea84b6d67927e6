import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

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
