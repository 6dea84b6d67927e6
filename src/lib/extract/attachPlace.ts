import { countryByName } from '../actors/countries';
import { analyse } from '../nlp/analyse';
import type { EventType } from '../types';
import type { AnalysedSentence } from './analysedSentence';
import { SUBORDINATE_KINDS, type ClauseSpan } from './clauses';
import type { PlaceMention } from './places';
import type { Trigger } from './triggers';

/**
 * Where an event happened, by the clause structure: a place of the trigger's clause (after the
 * trigger first), the antecedent of a where-clause, the previous clause's place for a
 * coordinate clause with the same subject, an opening phrase's place for the main clause.
 */

/** "its ambassador to Ethiopia": a title, not where the event happened. */
const ENVOY_TO = /\b(?:ambassador|envoy|representative|delegate|mission)\s+to\s+(?:the\s+)?$/i;
/** A capitalised object right after a movement verb: "reached Bali on Monday". */
// "visited the port of Tema", "toured the northern city of Kano": the place is the name after "of".
const OBJECT_PLACE =
	/^\s*(?:the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|port|village|province|region|island|state)\s+of\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?=[\s,.;]|$)/u;
/** Verbs whose object is the place reached, finite or as a participle ("X, visiting Lima, said"). */
const REACHES_OBJECT = /^(?:reach(?:ed|es|ing)?|visit(?:ed|s|ing)?|tour(?:ed|s|ing)?)$/i;

/** Nouns of a stay that name its place after "of" ("a three-day tour of Peru"). */
const STAY_NOUN = /^(?:visit|tour|trip)s?$/i;
/** A place as a passive's whole subject, opening the sentence: "Lima was visited by …". */
const PASSIVE_SUBJECT_PLACE =
	/^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:[\p{L}-]+ly\s+)?$/u;

/** Events whose content is another act: "agreed to reopen consulates in Arica" was not agreed there. */
const CONTENT_OF: ReadonlySet<EventType> = new Set(['agreement', 'statement']);

/** Whether "to" and a verb (the act agreed on or announced) lie in the sentence's [from, to). */
function infinitiveBetween(s: AnalysedSentence, from: number, to: number): boolean {
	const between = s.text.slice(from, to);
	if (!/\bto\s/i.test(between)) return false;
	const tokens = analyse(between);
	return tokens.some((t, i) => t.lower === 'to' && tokens[i + 1]?.pos === 'VERB');
}

export function placeFor(
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan
): PlaceMention | null {
	const candidates = s.places.filter(
		(p) =>
			p.start >= clause.start &&
			p.end <= clause.end &&
			p.preposition !== 'from' &&
			!ENVOY_TO.test(s.text.slice(0, p.start))
	);
	// "met X on Monday and flew on to Y": a place past the next journey is where it went.
	const journey = s.triggers.find(
		(t) => t !== trigger && t.start >= trigger.end && t.rule.type === 'visit'
	);
	const after = candidates.find(
		(p) =>
			p.start >= trigger.end &&
			!(journey && p.start > journey.start) &&
			!(CONTENT_OF.has(trigger.rule.type) && infinitiveBetween(s, trigger.end, p.start))
	);
	if (after) return after;
	const before = [...candidates].reverse().find((p) => p.end <= trigger.start);
	if (before) return before;
	if (clause.kind === 'where') {
		const antecedent = [...s.places].reverse().find((p) => p.end <= clause.start);
		if (antecedent) return antecedent;
	}
	const index = s.clauses.indexOf(clause);
	const previous = s.clauses[index - 1];
	// "shook hands at the resort before sitting down for talks": the same subject, the same place.
	if (
		previous &&
		clause.kind === 'coordinate' &&
		!s.subjectOf(clause, trigger.start).length &&
		!SUBORDINATE_KINDS.has(previous.kind)
	) {
		return placeFor(s, trigger, previous);
	}
	// "In Washington, X told …": an opening phrase places the main clause.
	if (previous?.kind === 'opening' && index === 1) return placeFor(s, trigger, previous);
	return null;
}

/** "reached Bali", "visited Kenya": a place named as the verb's object, not a person. */
export function objectPlace(s: AnalysedSentence, trigger: Trigger): string | null {
	const word = trigger.text.trim();
	const stay = trigger.rule.form === 'noun' && STAY_NOUN.test(word);
	if (!REACHES_OBJECT.test(word) && !stay) return null;
	// "Lima was visited by X": the passive's subject is the place reached.
	const passive = !stay && PASSIVE_SUBJECT_PLACE.exec(s.text.slice(0, trigger.start));
	if (passive) {
		const subject = s.resolved.find((r) => r.start < passive[1].length);
		return subject && subject.mention.kind !== 'country'
			? null
			: (countryByName(passive[1])?.name ?? passive[1]);
	}
	// "a tour of Peru", "her visit of Lima": a stay noun names its place after "of".
	const of = stay ? /^\s+of\s/.exec(s.text.slice(trigger.end)) : null;
	const from = of ? of[0].length : REACHES_OBJECT.test(word) ? 0 : -1;
	if (from < 0) return null;
	const object = OBJECT_PLACE.exec(s.text.slice(trigger.end + from));
	if (!object) return null;
	const at = trigger.end + from + object.index + object[0].length - object[1].length;
	const actor = s.resolved.find((r) => r.start <= at && r.end > at);
	// "the port of X" says X is a place, whatever else its name could be.
	const described = /\bof\s+$/.test(object[0].slice(0, -object[1].length));
	if (actor && actor.mention.kind !== 'country' && !described) return null;
	return countryByName(object[1])?.name ?? object[1];
}
