import { json } from '@sveltejs/kit';
import { appDbProblem } from '$lib/server/appDb';
import { startupIngest } from '$lib/server/startupIngest';
import { statusMessage } from '$lib/status/ingestStatus';
import type { RequestHandler } from './$types';

/**
 * Whether the server can answer: 200 when its database answers a query, 503 with what is wrong
 * (corrupt, not a database, unreadable) when it does not. The start-up ingest's state is beside
 * it: a failed ingest leaves the previous data served, so it does not make the server unhealthy.
 */
export const GET: RequestHandler = () => {
	const problem = appDbProblem();
	const { status } = startupIngest;
	return json(
		{
			ok: problem === null,
			database: problem === null ? { ok: true } : { ok: false, problem: `the database ${problem}` },
			ingest: { state: status.state, message: statusMessage(status), error: status.error }
		},
		{ status: problem === null ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
