import type { Server } from 'node:http';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { configuredCorpusDir, configuredDbPath } from '$lib/server/db';
import { embedAncestors, withFrameAncestors } from '$lib/server/framePolicy';
import { ingestCorpus } from '$lib/server/ingest';
import { RequestGate } from '$lib/server/requestGate';
import { withSecurityHeaders } from '$lib/server/securityHeaders';
import { applyServerLimits } from '$lib/server/serverLimits';

/**
 * Restarting the app picks up new articles: the corpus is ingested (incrementally) before the
 * first request. Set TIMELINE_INGEST_ON_START=0 to serve the database as it is.
 */
export const init: ServerInit = () => {
	if (process.env.TIMELINE_INGEST_ON_START === '0') return;
	const corpusDir = configuredCorpusDir();
	try {
		const summary = ingestCorpus({ corpusDir, dbPath: configuredDbPath() });
		console.log(
			`ingested ${corpusDir}: ${summary.ingested} new or changed, ${summary.unchanged} unchanged, ` +
				`${summary.rejected.length} rejected, ${summary.events} events (${summary.ms} ms)`
		);
		for (const { file, reason } of summary.rejected) console.warn(`rejected ${file}: ${reason}`);
	} catch (error) {
		// The previous database is intact; serve it and say why it may be stale.
		console.error(`ingest of ${corpusDir} failed: ${(error as Error).message}`);
	}
};

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message: status >= 500 ? 'Something went wrong on our side.' : message };
};

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

/**
 * Requests admitted and not yet answered, at most: more are turned away with a 503 (about a
 * second's work for the cheapest pages; see RequestGate).
 */
const MAX_WAITING_REQUESTS = Number(process.env.TIMELINE_MAX_WAITING_REQUESTS) || 128;
const gate = new RequestGate(MAX_WAITING_REQUESTS);

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
	return gate.admit(
		event.request.signal,
		async () => withSecurityHeaders(framedOnlyIfEmbed(event.route.id, await resolve(event))),
		{
			overloaded,
			gone
		}
	);
};
