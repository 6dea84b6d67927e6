import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { configuredCorpusDir, configuredDbPath } from '$lib/server/db';
import { ingestCorpus } from '$lib/server/ingest';

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
