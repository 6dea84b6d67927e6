import type { Server } from 'node:http';
import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { appDb } from '$lib/server/appDb';
import { configuredCorpusDir, configuredDbPath, databaseProblem } from '$lib/server/db';
import { embedAncestors, withFrameAncestors } from '$lib/server/framePolicy';
import { appGate } from '$lib/server/appGate';
import { configuredGazetteer } from '$lib/server/gazetteerChoice';
import { refreshCorrections } from '$lib/server/correctionActions';
import { editorOf, SESSION_COOKIE } from '$lib/server/editorSession';
import { withSecurityHeaders } from '$lib/server/securityHeaders';
import { applyServerLimits } from '$lib/server/serverLimits';
import { startupIngest } from '$lib/server/startupIngest';

/**
 * Restarting the app picks up new articles: the corpus is ingested (incrementally) in a worker
 * thread while the server already answers from the last committed data, and the new data is
 * served once the ingest commits (progress on /api/status.json and on every page). Set
 * TIMELINE_INGEST_ON_START=0 to serve the database as it is.
 */
export const init: ServerInit = () => {
	if (process.env.TIMELINE_INGEST_ON_START === '0') return;
	try {
		// The server's connection first: it brings the schema up to date before the ingest's
		// transaction holds the write lock for the whole run.
		appDb();
	} catch (error) {
		const problem = databaseProblem(error);
		if (!problem) throw error;
		console.error(`database ${configuredDbPath()} ${problem}`);
	}
	startupIngest.start({
		corpusDir: configuredCorpusDir(),
		dbPath: configuredDbPath(),
		gazetteer: configuredGazetteer()
	});
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const problem = databaseProblem(error);
	if (problem) {
		event.locals.databaseProblem = problem;
		console.error(`database ${configuredDbPath()} ${problem}`);
		return { message: `The timeline's database ${problem}.`, unavailable: true };
	}
	if (status >= 500) console.error(error);
	return { message: status >= 500 ? 'Something went wrong on our side.' : message };
};

/**
 * A database that cannot be read (corrupt, not a database, gone) is the server's fault but no
 * bug: the error page or JSON error says what is wrong with status 503, as /api/health.json does.
 */
function unavailableWhenDatabaseFails(event: RequestEvent, response: Response): Response {
	if (response.status !== 500 || !event.locals.databaseProblem) return response;
	const headers = new Headers(response.headers);
	headers.set('retry-after', '60');
	return new Response(response.body, { status: 503, headers });
}

/** A 503 without a time to come back (the read workers had too much waiting) gets one. */
function retryAfterWhenBusy(response: Response): Response {
	if (response.status !== 503 || response.headers.has('retry-after')) return response;
	const headers = new Headers(response.headers);
	headers.set('retry-after', '1');
	return new Response(response.body, { status: 503, headers });
}

/** Read once: the list cannot change while the server runs. */
const EMBED_ANCESTORS = embedAncestors();

/** Only `/embed` may be framed (see framePolicy); every other page keeps `frame-ancestors 'none'`. */
function framedOnlyIfEmbed(routeId: string | null, response: Response): Response {
	if (routeId !== '/embed') return response;
	const policy = response.headers.get('content-security-policy');
	if (policy) {
		response.headers.set('content-security-policy', withFrameAncestors(policy, EMBED_ANCESTORS));
	}
	return response;
}

const overloaded = () =>
	withSecurityHeaders(
		new Response('The server is busy; try again in a moment.', {
			status: 503,
			headers: { 'retry-after': '1', 'content-type': 'text/plain; charset=utf-8' }
		})
	);
/** Nobody reads it: the client has gone. 499 is the status logs use for that. */
const gone = () => new Response(null, { status: 499 });

export const handle: Handle = ({ event, resolve }) => {
	// adapter-node's server, reached through the socket it accepted (undefined under vite dev).
	applyServerLimits((event.platform?.req.socket as { server?: Server } | undefined)?.server);
	event.locals.editor = editorOf(event.cookies.get(SESSION_COOKIE));
	// A request the app makes to itself while rendering is part of a request already admitted.
	if (event.isSubRequest) return resolve(event);
	// The start-up ingest applies the corrections file itself when it commits.
	if (startupIngest.status.state !== 'updating') refreshCorrections();
	return appGate.admit(
		event.request.signal,
		async () =>
			withSecurityHeaders(
				framedOnlyIfEmbed(
					event.route.id,
					retryAfterWhenBusy(unavailableWhenDatabaseFails(event, await resolve(event)))
				)
			),
		{
			overloaded,
			gone
		}
	);
};
