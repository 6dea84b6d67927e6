import { startupIngest } from '$lib/server/startupIngest';
import { statusMessage } from '$lib/status/ingestStatus';
import type { LayoutServerLoad } from './$types';

/** Every page says when the start-up ingest is still updating the data it shows. */
export const load: LayoutServerLoad = () => {
	const { status } = startupIngest;
	return { ingest: { state: status.state, message: statusMessage(status) } };
};
