import type { AnalysedSentence, Resolved } from './analysedSentence';
import type { ClauseSpan } from './clauses';
import type { Discourse } from './discourse';
import { personsOf, type Draft } from './draft';
import { visitDraft } from './drafters/visit';
import { POSTPONEMENT } from './lexicon/cueWords';
import { findTriggers, type Trigger } from './triggers';

/**
 * One draft that is really several events: "held separate talks with A and B" and "met
 * officials, including A and B" are one meeting each; "briefed the media separately" one
 * briefing each; "postponed a visit to X" is the postponement and the visit still planned.
 */

const SEPARATE = /\bseparate(?:ly)?\b|\bincluding\b/i;
const SEPARATELY = /\bseparately\b|\beach\s+held\b|\bseparate\s+(?:news|press)\s+conferences\b/i;

/** The visit a postponement puts off, still a plan. */
function postponedVisit(
	story: Discourse,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	actors: Resolved[]
): Draft | null {
	if (trigger.rule.type !== 'other' || !POSTPONEMENT.test(trigger.text)) return null;
	const visitTrigger = findTriggers(s.text.slice(trigger.end)).find((t) => t.rule.type === 'visit');
	if (!visitTrigger) return null;
	const shifted = {
		...visitTrigger,
		start: visitTrigger.start + trigger.end,
		end: visitTrigger.end + trigger.end
	};
	const visit = visitDraft(story, s, shifted, clause, actors, []);
	if (visit) visit.planned = true;
	return visit;
}

export function splitDraft(
	story: Discourse,
	draft: Draft,
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	actors: Resolved[]
): Draft[] {
	const visit = postponedVisit(story, s, trigger, clause, actors);
	const extra = visit ? [visit] : [];
	const clauseText = s.text.slice(clause.start, clause.end);
	const people = personsOf(draft);
	// "The leaders then briefed the media separately": one briefing each.
	if (
		(draft.type === 'press_conference' || draft.type === 'statement') &&
		SEPARATELY.test(clauseText) &&
		people.length >= 2
	) {
		return [
			...people.map((person) => ({
				...draft,
				participants: [person],
				excerpts: [...draft.excerpts]
			})),
			...extra
		];
	}
	if (draft.type !== 'meeting' || !SEPARATE.test(clauseText)) return [draft, ...extra];
	const objects = actors
		.filter(
			(r) => r.start > trigger.start && !(r.mention.kind === 'reference' && r.mention.pronoun)
		)
		.flatMap((r) => r.actors)
		.filter((a) => a.kind === 'person');
	const subjects = draft.participants.filter((a) => a.kind === 'person' && !objects.includes(a));
	if (objects.length < 2 || !subjects.length) return [draft, ...extra];
	return [
		...objects.map((object) => ({
			...draft,
			participants: [...subjects, object],
			excerpts: [...draft.excerpts]
		})),
		...extra
	];
}
