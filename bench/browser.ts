/**
 * The timeline in headless Chromium against vis-timeline on the same data, in the same run:
 * time to first render (navigation start to marks on screen, cold cache each time) and frame
 * intervals during a scripted wheel zoom and a drag pan.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { openDatabase } from '../src/lib/server/db';
import { summariseProfile, type CpuProfile, type ProfileSummary } from './cpuProfile';
import { frameRecorderScript, type RecordedFrames } from './frameRecorder';
import { spread, type Spread } from './stats';
import { CPU_TRACE_CATEGORIES, mainThreadCpuMs } from './traceCpu';
import { startVisServer, visItems, type VisItem } from './visTimelinePage';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const VIEWPORT = { width: 1920, height: 1080 };
/** What the app draws events with: SVG marks and clusters, the canvas, or density bars. */
export const APP_MARKS =
	'.plot g.mark, .plot g.cluster, .plot canvas.marks-canvas, .plot svg.density path';
const VIS_SURFACE = '#timeline .vis-center';

/** Elements matching a selector, or (`sum`) the sum of an attribute over them. */
type DrawnCount = string | { sum: string; attribute: string };

/**
 * What each side has drawn, counted once its first render is on screen: the app's SVG marks and
 * clusters, density bars (drawn as one path per type: the bars and the paths are counted) and
 * event canvases (a canvas draws many events: counted as one element); vis-timeline's item boxes
 * (items drawn on their own) and cluster boxes.
 */
const DRAWN = {
	app: {
		marks: '.plot g.mark',
		clusters: '.plot g.cluster',
		'density bars': { sum: '.plot svg.density', attribute: 'data-bars' },
		'density paths': '.plot svg.density path',
		canvases: '.plot canvas.marks-canvas'
	},
	vis: {
		// A point in time is three elements (box, line, dot): its box is counted.
		items:
			'#timeline .vis-item.vis-box:not(.vis-cluster), #timeline .vis-item.vis-range:not(.vis-cluster), #timeline .vis-item.vis-point',
		clusters: '#timeline .vis-item.vis-cluster'
	}
} satisfies Record<'app' | 'vis', Record<string, DrawnCount>>;
const APP_SURFACE = '.plot';

export function launchChromium(): Promise<Browser> {
	const executablePath =
		process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface GestureFrames {
	/** Input steps sent, of those planned (a page too slow to keep up gets fewer). */
	steps: number;
	plannedSteps: number;
	/** Frame intervals (ms) while the gesture ran: never below the display's 16.7 ms frame. */
	intervals: Spread;
	/** Main-thread work per frame (ms): input, scripts, style, layout and paint (see frameRecorder). */
	work: Spread;
	/** Share of intervals longer than 1.5 frames at 60 Hz: frames dropped. */
	droppedShare: number;
	longFrames: number;
	/** CPU time of the page's main thread while the gesture was recorded (trace thread time), ms. */
	mainThreadCpuMs?: number | null;
}

export interface RenderRun {
	/** Navigation start to marks on screen, per load. */
	firstRenderMs: Spread;
	/** vis-timeline only: constructor to its first redraw. */
	constructMs: Spread | null;
	/** Navigation start to the first byte of the page, and to DOMContentLoaded. */
	responseMs: Spread;
	domReadyMs: Spread;
	/** The page's HTML, decoded (first load; absent from runs before it was measured). */
	htmlBytes?: number | null;
	idle: GestureFrames | null;
	zoom: GestureFrames | null;
	pan: GestureFrames | null;
	/** Where the main thread's time went during the zoom and the pan. */
	gestureProfile: ProfileSummary | null;
	/** Where the main thread's time went from navigation to the first render (first load). */
	renderProfile?: ProfileSummary | null;
	/** Elements drawn at the first render, by kind (first load; see DRAWN). */
	drawn?: Record<string, number> | null;
	/** Why a measurement is missing (a timeout), or null. */
	failure: string | null;
	/** Set when no first render came within the time allowed: that time (a lower bound). */
	noRenderWithinMs: number | null;
}

export interface BrowserOptions {
	loads: number;
	/** Give up on a first render after this long. */
	timeoutMs: number;
	zoomSteps: number;
	panSteps: number;
	/** Stop sending a gesture's steps after this long: a page that cannot keep up is not waited for. */
	gestureBudgetMs: number;
}

const summarise = (
	frames: RecordedFrames,
	steps: number,
	plannedSteps: number,
	mainThreadCpuMs: number | null
): GestureFrames => ({
	steps,
	plannedSteps,
	mainThreadCpuMs,
	intervals: spread(frames.intervals),
	work: spread(frames.work),
	droppedShare:
		frames.intervals.filter((ms) => ms > 25).length / Math.max(1, frames.intervals.length),
	longFrames: frames.longFrames.length
});

/**
 * Records frames while `step(i)` runs for i < planned, until the budget is spent; the last
 * frames of the gesture (and any fetch it started) land before the recording stops. A trace
 * alongside gives the main thread's CPU time over the same span.
 */
async function recordFrames(
	page: Page,
	planned: number,
	budgetMs: number,
	step: (i: number) => Promise<void>
): Promise<GestureFrames> {
	const browser = page.context().browser();
	await browser?.startTracing(page, { categories: CPU_TRACE_CATEGORIES });
	await page.evaluate(() => window.__bench.start());
	const started = Date.now();
	let steps = 0;
	while (steps < planned && Date.now() - started < budgetMs) await step(steps++);
	await page.waitForTimeout(300);
	const frames = await page.evaluate(() => window.__bench.stop());
	const trace = browser ? JSON.parse((await browser.stopTracing()).toString()) : null;
	return summarise(frames, steps, planned, trace ? mainThreadCpuMs(trace) : null);
}

type Gestures = Pick<RenderRun, 'idle' | 'zoom' | 'pan' | 'gestureProfile'>;

async function gestures(page: Page, surface: string, options: BrowserOptions): Promise<Gestures> {
	const box = await page.locator(surface).first().boundingBox();
	if (!box) throw new Error(`${surface} has no box`);
	const x = box.x + box.width / 2;
	const y = box.y + Math.min(box.height / 2, 150);
	await page.mouse.move(x, y);
	const idle = await recordFrames(page, 1, Infinity, () => page.waitForTimeout(700));
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.start');
	// In, then out again, about as fast as a trackpad sends them.
	const zoom = await recordFrames(
		page,
		options.zoomSteps * 2,
		options.gestureBudgetMs,
		async (i) => {
			await page.mouse.wheel(0, i < options.zoomSteps ? -100 : 100);
			await page.waitForTimeout(30);
		}
	);
	await page.mouse.down();
	const pan = await recordFrames(page, options.panSteps, options.gestureBudgetMs, async (i) => {
		await page.mouse.move(x - (i + 1) * 12, y);
		await page.waitForTimeout(16);
	});
	await page.mouse.up();
	const { profile } = await cdp.send('Profiler.stop');
	const origin = new URL(page.url()).origin;
	const gestureProfile = summariseProfile(profile as CpuProfile, origin, 8);
	await cdp.detach();
	return { idle, zoom, pan, gestureProfile };
}

/**
 * Waits for the page's note of its first render. Playwright's own timeout needs the page to
 * answer, which a page busy for minutes does not; this one is kept here.
 */
async function firstRender(
	page: Page,
	timeoutMs: number
): Promise<{ atMs: number; constructMs?: number }> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`nothing drawn within ${timeoutMs} ms`)), timeoutMs);
	});
	try {
		const rendered = await Promise.race([
			page.waitForFunction(() => window.__benchRendered, null, { timeout: 0, polling: 100 }),
			timeout
		]);
		return (await rendered.jsonValue()) as { atMs: number; constructMs?: number };
	} finally {
		clearTimeout(timer);
	}
}

/** The Chromium version the benchmarks run. */
export async function chromiumVersion(): Promise<string> {
	const browser = await launchChromium();
	const version = browser.version();
	await browser.close();
	return version;
}

/**
 * Loads `url` `options.loads` times in fresh contexts (cold caches) and measures first render;
 * then, on the last load, idle frames, a wheel zoom in and out, and a drag pan. Each page gets
 * a browser of its own: one still busy drawing after the timeout (vis-timeline with 100k items
 * works for many minutes) holds up closing its context, but not closing its browser.
 */
export async function measurePage(
	url: string,
	kind: 'app' | 'vis',
	options: BrowserOptions
): Promise<RenderRun> {
	const renders: number[] = [];
	const constructs: number[] = [];
	const responses: number[] = [];
	const domReadies: number[] = [];
	let gestured: Gestures = { idle: null, zoom: null, pan: null, gestureProfile: null };
	let renderProfile: ProfileSummary | null = null;
	let drawn: Record<string, number> | null = null;
	let htmlBytes: number | null = null;
	const outcome = (failure: string | null): RenderRun => ({
		firstRenderMs: spread(renders),
		constructMs: constructs.length ? spread(constructs) : null,
		responseMs: spread(responses),
		domReadyMs: spread(domReadies),
		htmlBytes,
		...gestured,
		renderProfile,
		drawn,
		failure,
		noRenderWithinMs: failure && renders.length === 0 ? options.timeoutMs : null
	});
	const browser = await launchChromium();
	for (let load = 0; load < options.loads; load++) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		try {
			await page.addInitScript({ content: frameRecorderScript(kind === 'app' ? APP_MARKS : null) });
			// The first load's render is profiled (the profiler's own cost falls on that load only).
			const cdp = load === 0 ? await context.newCDPSession(page) : null;
			if (cdp) {
				await cdp.send('Profiler.enable');
				await cdp.send('Profiler.start');
			}
			await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
			const { atMs, constructMs } = await firstRender(page, options.timeoutMs);
			if (cdp) {
				const { profile } = await cdp.send('Profiler.stop');
				renderProfile = summariseProfile(profile as CpuProfile, new URL(url).origin, 8);
				await cdp.detach();
				drawn = await countDrawn(page, DRAWN[kind]);
			}
			renders.push(atMs);
			if (constructMs !== undefined) constructs.push(constructMs);
			const timing = await page.evaluate(() => {
				const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
				return {
					response: entry.responseStart,
					domReady: entry.domContentLoadedEventEnd,
					htmlBytes: entry.decodedBodySize
				};
			});
			htmlBytes ??= timing.htmlBytes;
			responses.push(timing.response);
			domReadies.push(timing.domReady);
			// A render this slow is not worth repeating: one load tells it.
			const last = load === options.loads - 1 || atMs > options.timeoutMs / 4;
			if (last)
				gestured = await gestures(page, kind === 'app' ? APP_SURFACE : VIS_SURFACE, options);
			await context.close();
			if (last) break;
		} catch (error) {
			await browser.close();
			return outcome((error as Error).message.split('\n')[0]);
		}
	}
	await browser.close();
	return outcome(null);
}

async function countDrawn(
	page: Page,
	selectors: Record<string, DrawnCount>
): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const [kind, count] of Object.entries(selectors)) {
		counts[kind] =
			typeof count === 'string'
				? await page.locator(count).count()
				: await page
						.locator(count.sum)
						.evaluateAll(
							(nodes, attribute) =>
								nodes.reduce((sum, node) => sum + Number(node.getAttribute(attribute)), 0),
							count.attribute
						);
	}
	return counts;
}

export interface BrowserCase {
	events: number;
	app: RenderRun;
	/** vis-timeline on the full range with its `cluster` option (runs before: without it). */
	vis: RenderRun;
	visClustered?: boolean;
	/**
	 * Both on the same one-month window, vis-timeline given exactly the events the app's view of
	 * that month holds (absent from runs before it was measured).
	 */
	month?: { window: { from: string; to: string }; items: number; app: RenderRun; vis: RenderRun };
}

/**
 * The app (already serving `dbPath` at `appUrl`) and vis-timeline with the same dated events:
 * on the full extent (vis-timeline clustering, as one would configure it for that many items),
 * then on one month in the middle of it, vis-timeline given exactly the events the app's view of
 * that month holds (its sample, when the month is crowded), unclustered on both sides.
 */
export async function measureBrowserCase(
	setup: { repoRoot: string; dbPath: string; appUrl: string; events: number },
	options: BrowserOptions
): Promise<BrowserCase> {
	const db = openDatabase(setup.dbPath, { readonly: true });
	const items = visItems(db);
	const extent = {
		from: db.prepare('SELECT min(start_day) FROM events WHERE start_day IS NOT NULL').pluck().get(),
		to: db.prepare('SELECT max(end_day) FROM events WHERE end_day IS NOT NULL').pluck().get()
	} as { from: string; to: string };
	db.close();
	const fullUrl = `${setup.appUrl}/?from=${extent.from}&to=${extent.to}`;
	await warmUp(fullUrl);
	const app = await measurePage(fullUrl, 'app', options);
	const vis = await measureVis(setup.repoRoot, items, extent, true, options);

	const month = middleMonth(extent);
	const monthQuery = `?from=${month.from}&to=${month.to}`;
	const view = (await (await fetch(`${setup.appUrl}/api/timeline.json${monthQuery}`)).json()) as {
		events: { id: string }[];
	};
	const shown = new Set(view.events.map((event) => event.id));
	const monthItems = items.filter((item) => shown.has(item.id));
	return {
		events: setup.events,
		app,
		vis,
		visClustered: true,
		month: {
			window: month,
			items: monthItems.length,
			app: await warmUp(`${setup.appUrl}/${monthQuery}`).then((url) =>
				measurePage(url, 'app', options)
			),
			vis: await measureVis(setup.repoRoot, monthItems, month, false, options)
		}
	};
}

/** Requests of a page before its loads are measured, as in the latency stage. */
const WARMUP_REQUESTS = 10;

/**
 * Asks the server for the page a few times first: a server just started compiles its rendering
 * code on its first requests (a first byte 3–5× later), which no reader of a running server
 * waits for. vis-timeline's page is a static file.
 */
async function warmUp(url: string): Promise<string> {
	for (let i = 0; i < WARMUP_REQUESTS; i++) await (await fetch(url)).arrayBuffer();
	return url;
}

async function measureVis(
	repoRoot: string,
	items: VisItem[],
	window: { from: string; to: string },
	cluster: boolean,
	options: BrowserOptions
): Promise<RenderRun> {
	const vis = await startVisServer({ repoRoot, items, window, cluster, port: 0 });
	try {
		return await measurePage(vis.url, 'vis', options);
	} finally {
		await vis.stop();
	}
}

/** The calendar month holding the middle day of `extent`. */
export function middleMonth(extent: { from: string; to: string }): { from: string; to: string } {
	const middle = new Date((Date.parse(extent.from) + Date.parse(extent.to)) / 2);
	const year = middle.getUTCFullYear();
	const month = middle.getUTCMonth();
	const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const prefix = `${year}-${String(month + 1).padStart(2, '0')}`;
	return { from: `${prefix}-01`, to: `${prefix}-${String(last).padStart(2, '0')}` };
}
