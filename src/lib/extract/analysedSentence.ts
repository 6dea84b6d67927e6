import type { ArticleActor } from '../actors/articleActors';
import type { Mention } from '../actors/findMentions';
import type { ClauseSpan } from './clauses';
import { PREPOSITIONS } from './lexicon/cueWords';
import { findPlaces, type PlaceMention } from './places';
import type { Token } from './tokenize';
import type { Trigger } from './triggers';

/** One sentence of an article's prose, as the reader takes it in. */
export interface ProseSentence {
	/** Body offsets of the sentence (dateline and outlet tags excluded). */
	start: number;
	end: number;
	text: string;
}

/** A mention of the sentence and the article's actors it stands for. */
export interface Resolved {
	mention: Mention;
	actors: ArticleActor[];
	/** Character range in the sentence. */
	start: number;
	end: number;
	/** The word before the mention, lower case. */
	before: string;
}

/** "A and B", "A, B", "A and his counterpart B": what joins two parts of one subject. */
const COORDINATION = /^\s*(?:,|and|,\s*and)\s*(?:(?:his|her|their|its)\s+)?$/;

/**
 * A sentence with what the reader found in it: tokens, clauses, actors (resolved in the story's
 * context), places (found when first asked for) and event words.
 *
 * A class rather than an object literal with a getter, which V8 keeps in slow dictionary mode:
 * every sentence property is read many times per sentence.
 */
export class AnalysedSentence {
	readonly text: string;
	readonly start: number;
	/** Event words of the sentence, set before drafts are made. */
	triggers: Trigger[] = [];
	/** Speech acts of the sentence ("told reporters", "praised"), drafted after the other events. */
	speechActs: Trigger[] = [];
	private found: PlaceMention[] | undefined;

	constructor(
		readonly index: number,
		sentence: ProseSentence,
		public tokens: Token[],
		public resolved: Resolved[],
		public clauses: ClauseSpan[],
		/** Character ranges of people, which are never places. */
		private readonly people: [number, number][]
	) {
		this.text = sentence.text;
		this.start = sentence.start;
	}

	/** Only sentences that state an event need their places. */
	get places(): PlaceMention[] {
		return (this.found ??= findPlaces(this.text, this.people));
	}

	/** The subject of a clause (before `before`): its first actors not governed by a preposition. */
	subjectOf(clause: ClauseSpan, before = clause.end): Resolved[] {
		const inside = this.resolved.filter(
			(r) => r.start >= clause.start && r.start < before && !PREPOSITIONS.has(r.before)
		);
		if (!inside.length) {
			// "X, which had blocked it, ratified …": the main clause resumes after a relative one.
			const k = this.clauses.indexOf(clause);
			const [host, relative] = [this.clauses[k - 2], this.clauses[k - 1]];
			return clause.kind === 'main' && relative?.kind === 'relative' && host?.kind === 'main'
				? this.subjectOf(host)
				: [];
		}
		const first = inside[0];
		const group = [first];
		for (const r of inside.slice(1)) {
			const last = group[group.length - 1];
			// A group adjective's states share one span ("the Nordic ministers").
			if (r.start < last.end || COORDINATION.test(this.text.slice(last.end, r.start)))
				group.push(r);
			else break;
		}
		return group;
	}
}
