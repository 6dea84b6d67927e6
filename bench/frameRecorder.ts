/**
 * Installed in the page before any of its scripts (Playwright `addInitScript`): records the
 * interval between animation frames while a gesture runs, Chromium's long-animation-frame
 * entries alongside, and — given a selector — the first frame in which the page's marks exist.
 * Runs in the browser, so it uses nothing from outside its own body.
 */

export interface RecordedFrames {
	/** Milliseconds between consecutive animation frames. */
	intervals: number[];
	/** Durations of frames Chromium reports as long (over 50 ms of work). */
	longFrames: number[];
}

declare global {
	interface Window {
		__bench: { start: () => void; stop: () => RecordedFrames };
		__benchRendered?: { atMs: number; constructMs?: number };
	}
}

export function installFrameRecorder(marksSelector: string | null): void {
	const intervals: number[] = [];
	const longFrames: number[] = [];
	let recording = false;
	let last = 0;
	const tick = (time: number) => {
		if (recording && last > 0) intervals.push(time - last);
		last = time;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	try {
		new PerformanceObserver((list) => {
			if (recording) for (const entry of list.getEntries()) longFrames.push(entry.duration);
		}).observe({ type: 'long-animation-frame' });
	} catch {
		// An engine without long-animation-frame timing: intervals alone.
	}
	window.__bench = {
		start: () => {
			intervals.length = 0;
			longFrames.length = 0;
			last = 0;
			recording = true;
		},
		stop: () => {
			recording = false;
			return { intervals: [...intervals], longFrames: [...longFrames] };
		}
	};
	if (marksSelector) {
		const look = () => {
			if (document.querySelector(marksSelector)) {
				requestAnimationFrame(() => (window.__benchRendered = { atMs: performance.now() }));
			} else {
				requestAnimationFrame(look);
			}
		};
		requestAnimationFrame(look);
	}
}

/**
 * The recorder as page source. Passed as text rather than as a function, with a stand-in for
 * the `__name` helper that tsx's transform may insert into named inner functions.
 */
export function frameRecorderScript(marksSelector: string | null): string {
	return `var __name = (fn) => fn; (${installFrameRecorder.toString()})(${JSON.stringify(marksSelector)});`;
}
