import { clusterWithRest } from '../merge/clusterMentions';
import { mentionBlocking } from '../merge/mentionBlocking';
import type { ProfileTable } from '../merge/profileTable';
import { carryEventAliases, snapshotEventMentions } from './carryEventAliases';
import type { Db } from './db';
import {
	assignStagedIds,
	dropStagedEvents,
	stagedEvents,
	stageEvents,
	type StoredClusters
} from './stagedEvents';
import { loadMatchProfiles } from './storedMatchProfiles';
import { blockingWriter } from './storedBlocking';
import { writeEvents } from './writeEvents';

/**
 * Merges the stored per-source mentions into events and rewrites the event tables, as
 * `mergeMentions` would merge them. Memory holds clustering's compact view of each mention, not
 * its text nor the built events: those are staged in a temporary table. Old ids whose mentions
 * now belong to an event with another id become aliases, so shared links keep working. Runs
 * inside the caller's transaction.
 */
export function rebuildEvents(db: Db, onStep: (step: RebuildStep) => void = () => {}): void {
	// Passed straight on, so that the profiles and clusters are garbage once events are staged.
	stageEvents(db, clusterStoredMentions(db, onStep));
	onStep({ step: 'staged' });
	assignStagedIds(db);
	snapshotEventMentions(db);
	writeEvents(db, stagedEvents(db));
	dropStagedEvents(db);
	carryEventAliases(db);
	onStep({ step: 'written' });
}

/** Where a rebuild has got to, told after each step: for progress lines and memory measurements. */
export type RebuildStep =
	| { step: 'profiled'; mentions: number }
	| { step: 'clustered'; events: number }
	| { step: 'staged' }
	| { step: 'written' };

function clusterStoredMentions(db: Db, onStep: (step: RebuildStep) => void): StoredClusters {
	const { profiles, rowids } = loadMatchProfiles(db);
	onStep({ step: 'profiled', mentions: profiles.length });
	fillMissingBlocking(db, profiles, rowids);
	const { clusters, leftAlone, chosen } = clusterWithRest(profiles);
	db.exec('UPDATE source_mentions SET left_alone = 0, chosen = NULL');
	const write = db.prepare('UPDATE source_mentions SET left_alone = ?, chosen = ? WHERE rowid = ?');
	leftAlone.forEach((alone, index) => {
		const anchor = chosen[index];
		if (alone || anchor !== -1)
			write.run(alone, anchor === -1 ? null : rowids[anchor], rowids[index]);
	});
	onStep({ step: 'clustered', events: clusters.length });
	return { clusters, rowids };
}

/**
 * Writes the blocking of mentions stored before it was kept (an older database), so that the next
 * ingest can merge incrementally.
 */
function fillMissingBlocking(db: Db, profiles: ProfileTable, rowids: Float64Array): void {
	if (
		db.prepare('SELECT 1 FROM source_mentions WHERE blocking IS NULL LIMIT 1').get() === undefined
	)
		return;
	const writer = blockingWriter(db);
	for (let index = 0; index < profiles.length; index++)
		writer.write(rowids[index], mentionBlocking(profiles.at(index)));
}
