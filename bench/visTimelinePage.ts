/**
 * The comparison: the same events in vis-timeline (its standalone UMD build, CSS included) on a
 * static page served locally, one group per event type like the app's default lanes, clustered
 * or not. The timeline's height follows its rows, so every row is laid out and drawn (with a
 * fixed height vis-timeline draws only the rows in view, fewer items than it was given). The page
 * notes when vis-timeline first showed its view (clustered, with `cluster`), from navigation
 * start and from its constructor, in `window.__benchRendered`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Db } from '../src/lib/server/db';

const VIS_SCRIPT = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

export interface VisItem {
	id: string;
	content: string;
	start: string;
	end?: string;
	group: string;
}

const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);

/** Every dated event of the database as a vis-timeline item (ranges end the day after). */
export function visItems(db: Db): VisItem[] {
	const rows = db
		.prepare(
			'SELECT id, title, type, start_day, end_day FROM events WHERE start_day IS NOT NULL ORDER BY rowid'
		)
		.all() as { id: string; title: string; type: string; start_day: string; end_day: string }[];
	return rows.map((row) => ({
		id: row.id,
		content: row.title,
		start: row.start_day,
		...(row.end_day !== row.start_day ? { end: nextDay(row.end_day) } : {}),
		group: row.type
	}));
}

/**
 * vis-timeline's `cluster` option groups items that would overlap at the current scale into one
 * box per group (its own answer to many items); `maxItems: 1` (its default) clusters as soon as
 * two items overlap.
 */
const CLUSTER = { maxItems: 1, showStipes: false };

function page(window: { from: string; to: string }, cluster: boolean): string {
	const options = JSON.stringify({
		stack: true,
		start: window.from,
		end: nextDay(window.to),
		...(cluster ? { cluster: CLUSTER } : {})
	});
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline benchmark</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #timeline { margin: 8px; }</style>
</head><body><div id="timeline"></div>
<script src="/vis.js"></script><script src="/data.js"></script>
<script>
const constructed = performance.now();
const timeline = new vis.Timeline(
	document.getElementById('timeline'),
	new vis.DataSet(BENCH_DATA.items),
	new vis.DataSet(BENCH_DATA.groups),
	${options}
);
const rendered = () => requestAnimationFrame(() => {
	window.__benchRendered = { atMs: performance.now(), constructMs: performance.now() - constructed };
});
${
	cluster
		? // vis-timeline 8.5 forms its clusters at its first redraw but shows none until the next
			// one (any change of window or options): the clustered view is the first render.
			`timeline.once('changed', () => {
	timeline.once('changed', rendered);
	timeline.setOptions({ cluster: ${JSON.stringify(CLUSTER)} });
});`
		: `timeline.once('changed', rendered);`
}
</script></body></html>`;
}

export interface VisServer {
	url: string;
	stop: () => Promise<void>;
}

/** Serves the page with `items` on `port` (0: any free port). */
export async function startVisServer(options: {
	repoRoot: string;
	items: VisItem[];
	window: { from: string; to: string };
	/** With vis-timeline's `cluster` option. */
	cluster?: boolean;
	port: number;
}): Promise<VisServer> {
	const script = readFileSync(join(options.repoRoot, VIS_SCRIPT));
	const groups = [...new Set(options.items.map((item) => item.group))]
		.sort()
		.map((id) => ({ id, content: id.replace('_', ' ') }));
	const data = `window.BENCH_DATA = ${JSON.stringify({ items: options.items, groups })};`;
	const html = page(options.window, options.cluster ?? false);
	const server = createServer((request, response) => {
		const [type, body] =
			request.url === '/vis.js'
				? ['text/javascript', script]
				: request.url === '/data.js'
					? ['text/javascript', data]
					: ['text/html', html];
		response.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		stop: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
