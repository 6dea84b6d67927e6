import { json } from '@sveltejs/kit';
import { startupIngest } from '$lib/server/startupIngest';
import { statusMessage } from '$lib/status/ingestStatus';
import type { RequestHandler } from './$types';

/** The start-up ingest's progress: `{ state, phase, done, total, message, … }` (see README). */
export const GET: RequestHandler = () => {
	const { status } = startupIngest;
	return json({ ...status, message: statusMessage(status) }, { headers: NO_STORE });
};

const NO_STORE = { 'cache-control': 'no-store' };
