import { compareSourced, profileMention } from '../merge/mentionProfile';
import { ProfileTable } from '../merge/profileTable';
import type { SourcedMention } from '../merge/types';
import type { EventMention } from '../types';
import type { Db } from './db';

/** Clustering's view of every stored mention, and where each one's full text is stored. */
export interface StoredProfiles {
	/** In canonical order (`compareSourced`): `profiles.at(i).index === i`. */
	profiles: ProfileTable;
	/** Rowid in `source_mentions` of each profile, by index. */
	rowids: Float64Array;
}

/** A stored mention: its `source_mentions` row and its source's publication moment. */
export const STORED_MENTION_SQL = `SELECT sm.rowid AS rowid, sm.source_id AS sourceId,
	s.published AS published, sm.mention_json AS json
	FROM source_mentions sm JOIN sources s ON s.id = sm.source_id`;

export interface StoredMentionRow {
	rowid: number;
	sourceId: string;
	published: string | null;
	json: string;
}

export function sourcedMention(row: StoredMentionRow): SourcedMention {
	return {
		sourceId: row.sourceId,
		published: row.published,
		mention: JSON.parse(row.json) as EventMention
	};
}

/**
 * Profiles every stored mention without keeping its text, in a `ProfileTable`: one source's
 * mentions are parsed at a time. The canonical order sorts by source first, so sources are read in that (JavaScript
 * string) order and each one's mentions sorted among themselves.
 */
export function loadMatchProfiles(db: Db): StoredProfiles {
	const sourceIds = (
		db.prepare('SELECT DISTINCT source_id FROM source_mentions').pluck().all() as string[]
	).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const ofSource = db.prepare(`${STORED_MENTION_SQL} WHERE sm.source_id = ?`);
	const rowids = new Float64Array(
		db.prepare('SELECT count(*) FROM source_mentions').pluck().get() as number
	);
	const profiles = new ProfileTable();
	for (const sourceId of sourceIds) {
		const stored = (ofSource.all(sourceId) as StoredMentionRow[]).map((row) => ({
			rowid: row.rowid,
			sourced: sourcedMention(row)
		}));
		stored.sort((a, b) => compareSourced(a.sourced, b.sourced));
		for (const { rowid, sourced } of stored) {
			rowids[profiles.length] = rowid;
			profiles.add(profileMention(sourced, profiles.length));
		}
	}
	return { profiles: profiles.seal(), rowids };
}
