import { describe, expect, it } from 'vitest';
import { IDLE_STATUS, statusMessage, type IngestStatus } from './ingestStatus';

const updating = (phase: IngestStatus['phase'], done: number, total: number): IngestStatus => ({
	...IDLE_STATUS,
	state: 'updating',
	phase,
	done,
	total,
	startedAt: '2026-01-01T00:00:00.000Z'
});

describe('statusMessage', () => {
	it.each([
		['idle', IDLE_STATUS, 'up to date'],
		['starting', updating('starting', 0, 0), 'updating: looking for new articles'],
		['reading files', updating('files', 340, 10_000), 'updating: 340 of 10,000 articles'],
		['one file', updating('files', 0, 1), 'updating: 0 of 1 article'],
		[
			'merging',
			updating('merging', 10_000, 10_000),
			'updating: merging the events of 10,000 articles'
		],
		[
			'done with rejections',
			{
				...IDLE_STATUS,
				state: 'done' as const,
				result: {
					ingested: 3,
					unchanged: 0,
					removed: 0,
					skipped: 0,
					events: 9,
					rejected: [{ file: 'a.txt', reason: 'empty file' }],
					rejectedCount: 1,
					ms: 10
				}
			},
			'up to date; 1 file could not be ingested'
		],
		[
			'failed',
			{ ...IDLE_STATUS, state: 'failed' as const, error: 'database x is read-only' },
			'update failed: database x is read-only; showing the previous data'
		]
	] satisfies [string, IngestStatus, string][])('%s', (_, status, message) => {
		expect(statusMessage(status)).toBe(message);
	});
});
