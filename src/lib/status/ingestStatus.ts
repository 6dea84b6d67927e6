/**
 * Where the server's start-up ingest stands, as `/api/status.json` and the page's notice show it.
 * The server answers from the last committed data while an ingest runs; the new data appears
 * all at once when the ingest commits.
 */
export interface IngestStatus {
	/**
	 * `idle`: no ingest in this server's life (TIMELINE_INGEST_ON_START=0); `updating`: one is
	 * running; `done` / `failed`: the last one has ended.
	 */
	state: 'idle' | 'updating' | 'done' | 'failed';
	/** While updating: starting (listing the files), reading files, or merging events. */
	phase: 'starting' | 'files' | 'merging' | null;
	/** Files read so far, of `total`. */
	done: number;
	total: number;
	startedAt: string | null;
	finishedAt: string | null;
	/** What the finished ingest did. */
	result: IngestResult | null;
	/** Why the last ingest failed (the previous data is still served). */
	error: string | null;
}

export interface IngestResult {
	ingested: number;
	unchanged: number;
	removed: number;
	skipped: number;
	events: number;
	/** Files rejected, by name and reason (the first MAX_LISTED_REJECTIONS). */
	rejected: { file: string; reason: string }[];
	rejectedCount: number;
	ms: number;
}

/** Rejections listed in a status; the count says how many there were. */
export const MAX_LISTED_REJECTIONS = 50;

export const IDLE_STATUS: IngestStatus = {
	state: 'idle',
	phase: null,
	done: 0,
	total: 0,
	startedAt: null,
	finishedAt: null,
	result: null,
	error: null
};

const count = (n: number) => n.toLocaleString('en-US');

/** One line for people: "updating: 340 of 10,000 articles", "updating: merging events", … */
export function statusMessage(status: IngestStatus): string {
	switch (status.state) {
		case 'idle':
			return 'up to date';
		case 'updating':
			if (status.phase === 'starting') return 'updating: looking for new articles';
			if (status.phase === 'merging') {
				return `updating: merging the events of ${count(status.total)} article${status.total === 1 ? '' : 's'}`;
			}
			return `updating: ${count(status.done)} of ${count(status.total)} article${status.total === 1 ? '' : 's'}`;
		case 'done': {
			const rejected = status.result?.rejectedCount ?? 0;
			return rejected > 0
				? `up to date; ${count(rejected)} file${rejected === 1 ? '' : 's'} could not be ingested`
				: 'up to date';
		}
		case 'failed':
			return `update failed: ${status.error ?? 'unknown error'}; showing the previous data`;
	}
}
