import type { AnchorCandidate } from '../provenance/dateAnchors';
import type { Db } from './db';

/**
 * The dated events reported by the articles that report `eventId`, each with how far its
 * nearest mention is from one of this event's (see AnchorCandidate.distance): where the event
 * a date was taken from is looked for.
 */
export function dateAnchorCandidates(db: Db, eventId: string): AnchorCandidate[] {
	return db
		.prepare(
			`SELECT e.id, e.title, e.start_day AS start, e.end_day AS end, e.explanation,
				min(CASE WHEN other.start <= own.start THEN own.start - other.start
					ELSE 1000000000 + other.start - own.start END) AS distance
			 FROM mentions own
			 JOIN mentions other ON other.source_id = own.source_id AND other.event_id <> own.event_id
			 JOIN events e ON e.id = other.event_id
			 WHERE own.event_id = ? AND e.start_day IS NOT NULL
			 GROUP BY e.id`
		)
		.all(eventId) as AnchorCandidate[];
}
