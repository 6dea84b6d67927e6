/**
 * The floor under the app's figures: node's bare HTTP server answering the same queries with the
 * same functions over the same database, without SvelteKit, hooks or streaming. `/events?…` is a
 * page of `/api/events.json`, `/timeline?…` a view of `/api/timeline.json`.
 * FLOOR_DB=… FLOOR_PORT=… node --import tsx bench/floorServer.ts (prints a line when listening).
 */
import { createServer } from 'node:http';
import { openDatabase, tuneForServing } from '../src/lib/server/db';
import { queryEvents } from '../src/lib/server/queryEvents';
import { timelineJson, timelineWindow } from '../src/lib/server/timelineWindow';

const db = openDatabase(process.env.FLOOR_DB as string, { readonly: true });
tuneForServing(db);

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://floor');
	const from = url.searchParams.get('from') ?? undefined;
	const to = url.searchParams.get('to') ?? undefined;
	let body: string;
	if (url.pathname === '/events') {
		const limit = Number(url.searchParams.get('limit') ?? 500);
		body = JSON.stringify(queryEvents(db, { from, to }, { limit, after: null }));
	} else if (url.pathname === '/timeline') {
		body = timelineJson(timelineWindow(db, {}, from && to ? { from, to } : null));
	} else {
		response.writeHead(404).end();
		return;
	}
	response.writeHead(200, { 'content-type': 'application/json' }).end(body);
});
server.listen(Number(process.env.FLOOR_PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
