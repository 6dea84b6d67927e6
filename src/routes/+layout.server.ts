import { startupIngest } from '$lib/server/startupIngest';
import { statusMessage } from '$lib/status/ingestStatus';
import type { LayoutServerLoad } from './$types';

/**
 * Every page says when the start-up ingest is still updating the data it shows, and who is
 * signed in as an editor, if anyone: editing controls show only for them.
 */
export const load: LayoutServerLoad = ({ locals }) => {
	const { status } = startupIngest;
	return {
		ingest: { state: status.state, message: statusMessage(status) },
		editor: locals.editor?.name ?? null
	};
};
