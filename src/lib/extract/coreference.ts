import type { ArticleActor } from '../actors/articleActors';
import type { Resolved } from './analysedSentence';
import { clauseAt, type ClauseSpan } from './clauses';
import { PREPOSITIONS } from './lexicon/cueWords';

/**
 * Who a pronoun stands for, from the sentence's own mentions and what the story has in mind:
 * "he" is a subject named earlier in the sentence or the story's last subject, "they" a
 * coordinated or collective subject or the previous sentence's group.
 */

/** A conjunction ending a text, its word boundary within the last five characters. */
const CONJUNCTION_END = /\b(?:and|but|then)$/;
/** "X received him": an object pronoun, not the clause's own subject. */
const OBJECT_PRONOUN = /^(?:him|them)\b/i;
/** Only a comma or "and" between two mentions. */
const COORDINATION = /^\s*(?:and|,)\s*$/;

/**
 * Text before a word that opens a clause: nothing, a comma, or a conjunction (what
 * /(?:^|[,;]\s*|\b(?:and|but|then)\s+)$/ tells, without trying it at every character).
 */
export function opensClause(before: string): boolean {
	if (before === '') return true;
	const text = before.trimEnd();
	const last = text.at(-1);
	if (last === ',' || last === ';') return true;
	return text.length < before.length && CONJUNCTION_END.test(text.slice(-5));
}

/** One person not governed by a preposition: who "he" or "she" may stand for. */
function isPersonSubject(r: Resolved): boolean {
	return !PREPOSITIONS.has(r.before) && r.actors.length === 1 && r.actors[0].kind === 'person';
}

/**
 * "he" at `at`: the subject named earlier in this sentence, the main subject after an opening
 * phrase, or the story's last subject.
 */
export function pronounAntecedent(
	text: string,
	at: number,
	resolved: Resolved[],
	clauses: ClauseSpan[],
	lastSubject: ArticleActor | null
): ArticleActor | null {
	const earlier = resolved.filter((r) => r.start < at && isPersonSubject(r));
	if (earlier.length && !OBJECT_PRONOUN.test(text.slice(at))) return earlier[0].actors[0];
	const clause = clauseAt(clauses, at);
	if (clause.kind === 'opening') {
		const main = resolved.find((r) => r.start >= clause.end && isPersonSubject(r));
		if (main) return main.actors[0];
	}
	return lastSubject;
}

/**
 * "they" at `at`: a coordinated or collective subject earlier in the sentence, the main
 * subject after an opening phrase ("At their meeting, the two ministers …"), else the group
 * of the sentence just before (`previousGroup`).
 */
export function pluralAntecedent(
	text: string,
	at: number,
	resolved: Resolved[],
	clauses: ClauseSpan[],
	previousGroup: ArticleActor[] | undefined
): ArticleActor[] | undefined {
	const clause = clauseAt(clauses, at);
	if (clause.kind === 'opening') {
		const after = resolved.filter((r) => r.start >= clause.end && !PREPOSITIONS.has(r.before));
		const main = after.reduce<Resolved | undefined>(
			(a, r) => (a && a.start < r.start ? a : r),
			undefined
		);
		if (main && main.actors.length > 1) return main.actors;
	}
	const before = resolved.filter((r) => r.start < at);
	for (let i = before.length - 1; i > 0; i--) {
		const gap = text.slice(before[i - 1].end, before[i].start);
		if (COORDINATION.test(gap) && !PREPOSITIONS.has(before[i - 1].before)) {
			return [...before[i - 1].actors, ...before[i].actors];
		}
	}
	const earlier = resolved.find(
		(r) =>
			r.start < at &&
			!PREPOSITIONS.has(r.before) &&
			(r.actors.length > 1 || r.actors[0].kind === 'organisation')
	);
	if (earlier) return earlier.actors;
	return previousGroup;
}
