import type { EventType, Publication, SourceJson } from '../types';
import type { Db } from './db';
import { SOURCE_COLUMNS } from './exportAll';

export interface SourceMentionLink {
	eventId: string;
	eventTitle: string;
	eventType: EventType;
	start: number;
	end: number;
}

export interface SourceDetail {
	source: SourceJson & { body: string; publication: Publication | null };
	/** Every excerpt of this source that supports an event, in text order. */
	mentions: SourceMentionLink[];
}

export function sourceDetail(db: Db, id: string): SourceDetail | null {
	const row = db
		.prepare(`SELECT ${SOURCE_COLUMNS}, body, publication_json FROM sources WHERE id = ?`)
		.get(id) as (SourceJson & { body: string; publication_json: string | null }) | undefined;
	if (!row) return null;
	const { publication_json, ...source } = row;
	const mentions = db
		.prepare(
			`SELECT m.event_id AS eventId, e.title AS eventTitle, e.type AS eventType, m.start, m.end
			 FROM mentions m JOIN events e ON e.id = m.event_id
			 WHERE m.source_id = ? ORDER BY m.start, m.end`
		)
		.all(id) as SourceMentionLink[];
	return {
		source: { ...source, publication: publication_json ? JSON.parse(publication_json) : null },
		mentions
	};
}
