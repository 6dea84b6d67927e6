/**
 * Installed in the page before any of its scripts (Playwright `addInitScript`): records the
 * interval between animation frames while a gesture runs, each frame's main-thread work, and
 * Chromium's long-animation-frame entries alongside, and — given a selector — the first frame
 * in which the page's marks exist. Runs in the browser, so it uses nothing from outside its
 * own body.
 *
 * Intervals cannot go below the display's frame (16.7 ms at 60 Hz), so a p95 interval near
 * 16.7 ms says "no frame dropped" but not how close to the limit a frame came. The work of a
 * frame is measured from its start (the animation-frame timestamp) to the first task that runs
 * after it, a message posted from this recorder's own animation-frame callback (installed
 * first, so it runs first): that span holds the frame's input handlers, the page's
 * animation-frame callbacks, and Chromium's style, layout and paint on the main thread.
 */

export interface RecordedFrames {
	/** Milliseconds between consecutive animation frames. */
	intervals: number[];
	/** Milliseconds of main-thread work per frame: its start to the end of its rendering. */
	work: number[];
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
	const work: number[] = [];
	const longFrames: number[] = [];
	let recording = false;
	let last = 0;
	/** Start times of the frames whose end-of-frame message is still queued. */
	const frameStarts: number[] = [];
	const afterFrame = new MessageChannel();
	afterFrame.port1.onmessage = () => {
		const start = frameStarts.shift();
		if (recording && start !== undefined) work.push(performance.now() - start);
	};
	const tick = (time: number) => {
		if (recording && last > 0) intervals.push(time - last);
		last = time;
		if (recording) {
			frameStarts.push(time);
			afterFrame.port2.postMessage(null);
		}
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
			work.length = 0;
			longFrames.length = 0;
			last = 0;
			recording = true;
		},
		stop: () => {
			recording = false;
			return { intervals: [...intervals], work: [...work], longFrames: [...longFrames] };
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
