import type { ArticleActor } from '../../actors/articleActors';
import { actionWords } from '../actionWords';
import type { AnalysedSentence, Resolved } from '../analysedSentence';
import { postAt } from '../../dates/liveBlogPosts';
import { attachDate } from '../attachDate';
import { placeFor } from '../attachPlace';
import type { ClauseSpan } from '../clauses';
import type { Discourse } from '../discourse';
import type { Draft } from '../draft';
import { clauseHasDate } from '../eventhood';
import { describePlace } from '../places';
import type { Trigger } from '../triggers';

/**
 * Makes the draft of an event stated at `trigger` in `clause`, given the actors of its clause
 * (`actors`) and the drafts the sentence has already stated (`created`); null when the
 * sentence does not state one after all.
 */
export type Drafter = (
	story: Discourse,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	actors: Resolved[],
	created: readonly Draft[]
) => Draft | null;

/** A draft with its date and place attached; `extra` overrides what the drafter knows better. */
export function makeDraft(
	story: Discourse,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	participants: ArticleActor[],
	extra: Partial<Draft> = {}
): Draft {
	const { date, planned, anchor, outcome } = attachDate(story, s, trigger, clause, participants);
	const place =
		extra.place !== undefined ? extra.place : (placeFor(s, trigger, clause)?.name ?? null);
	return {
		type: trigger.rule.type,
		cameo: trigger.rule.cameo,
		planned,
		date,
		participants,
		visitors: [],
		targets: [],
		agents: [],
		place: place ? describePlace(place, story.dateline) : (anchor?.place ?? null),
		placeSource: place ? 'text' : anchor?.place ? 'tied' : null,
		excerpts: [[s.start, s.start + s.text.length]],
		sentence: s.index,
		at: s.start + trigger.start,
		triggerText: trigger.text,
		// A noun's words after it are no object of its ("a protest with the embassy").
		action:
			trigger.rule.form === 'noun' ? trigger.text : actionWords(s.text, trigger.start, trigger.end),
		salience: trigger.rule.form === 'noun' ? 1 : 2,
		...outcome,
		...extra
	};
}

/** Whether the trigger's clause gives a date: a trigger and a date make an event. */
export function datedClause(s: AnalysedSentence, trigger: Trigger, clause: ClauseSpan): boolean {
	return clauseHasDate(s.text, trigger, [clause.start, clause.end]);
}

/**
 * A trigger and a date make an event even when no actor is recognised (its participants are
 * then left empty rather than the event lost); with neither, only a meeting is kept. A live
 * blog entry's time stamp dates what it tells.
 */
export function keptWithoutActors(
	story: Discourse,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan
): boolean {
	return (
		trigger.rule.type === 'meeting' ||
		datedClause(s, trigger, clause) ||
		postAt(story.posts, s.start) !== undefined
	);
}
