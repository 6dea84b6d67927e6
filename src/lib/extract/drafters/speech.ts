import { resolveSentenceDate } from '../../dates/resolveSentenceDate';
import { TIE_WORDS } from '../attachDate';
import { clauseAt } from '../clauses';
import { expressionsOf } from '../eventhood';
import { unique, withStates } from '../participants';
import type { AnalysedSentence } from '../analysedSentence';
import type { Draft } from '../draft';
import { makeDraft, type Drafter } from './makeDraft';

/** Words placing a speech inside the act named next: "in his meeting with", "during talks". */
const SAID_IN = /\b(?:in|at|during)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Words placing an act before or after the speech: "said after talks with", "before the vote". */
const SAID_AROUND = /\b(?:after|before|following|ahead\s+of)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Verbs whose object is the one addressed: "called on X", "urged X", "pressed X". */
const ADDRESSING = /^(?:call|urg|press|appeal|ask|implor)/i;

/**
 * "X, visiting Y on Friday, called for …": an act told in a participle set off after the subject
 * is the setting of the words, which stay an event of their own.
 */
function participialAdjunct(s: AnalysedSentence, act: Draft): boolean {
	return /ing$/i.test(act.triggerText) && /,\s*$/.test(s.text.slice(0, act.at - s.start));
}

/**
 * The say frame (said, told reporters, briefed the media): the speaker is the clause's subject,
 * else its first actor. Words that go with another act of the sentence, or that a participant
 * says about the event being told, are remarks of that event, not events of their own.
 */
export const speechDraft: Drafter = (story, s, trigger, clause, actors, created) => {
	const otherEvents = created.length > 0;
	// "met X and told reporters": telling is how the act was reported. An act in a relative
	// clause ("X, who dissolved Y, told …") or inside what was told leaves the words their own.
	// "Speaking after talks with X on Monday, Y said …": an act in the opening phrase sets the
	// scene of the words, unless they were said in it ("At a news conference, X said",
	// "Speaking during his meeting with X, Y said").
	const around = (d: Draft) => SAID_AROUND.test(s.text.slice(0, d.at - s.start));
	const acts = created.filter((d) => {
		const kind = clauseAt(s.clauses, d.at - s.start).kind;
		const saidInIt = d.type === 'press_conference' || SAID_IN.test(s.text.slice(0, d.at - s.start));
		return (
			kind !== 'relative' &&
			!(kind === 'opening' && !saidInIt) &&
			!around(d) &&
			!participialAdjunct(s, d)
		);
	});
	if (acts.some((d) => d.at - s.start < trigger.start) && /\btold\b/i.test(trigger.text))
		return null;
	// "…, the army said.": who told the act closing its sentence reports it, nothing more.
	if (clause.kind === 'attribution' && acts.length) return null;
	const speakers = s.subjectOf(clause, trigger.start).flatMap((r) => r.actors);
	// Else the first actor, unless a demand names it after the verb: it is addressed ("calling
	// on X to …", "urged X to …"), not speaking, while "…, said X" speaks.
	const addressed = ADDRESSING.test(trigger.text);
	const speaker = speakers.length
		? speakers
		: unique(
				actors.filter((r) => !addressed || r.start < trigger.start).flatMap((r) => r.actors)
			).slice(0, 1);
	if (!speaker.length) return null;
	// "X recalled its ambassador … and declared the deal void", "X said it had struck Y": the
	// words go with the act.
	if (
		trigger.rule.type === 'statement' &&
		acts.some((d) => d.type !== 'statement' && speaker.some((a) => d.participants.includes(a)))
	)
		return null;
	const current = story.currentDraft();
	// A participant's words about the event being told are remarks, unless dated on their own.
	const inCurrent =
		trigger.rule.type === 'statement' &&
		current &&
		current.type !== 'statement' &&
		!(created.includes(current) && around(current)) &&
		speaker.every((a) => current.participants.includes(a)) &&
		!TIE_WORDS.test(s.text.slice(clause.start, trigger.start)) &&
		(otherEvents ||
			!expressionsOf(s.text).length ||
			!resolveSentenceDate(s.text, {
				publication: story.publication,
				anchor: null,
				near: trigger.start
			}));
	if (inCurrent) return null;
	return makeDraft(story, s, trigger, clause, withStates(story.actors, unique(speaker)));
};
