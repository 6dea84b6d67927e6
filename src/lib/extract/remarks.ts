import type { AnalysedSentence } from './analysedSentence';
import type { Discourse } from './discourse';
import { addExcerpt, type Draft } from './draft';
import { SPEECH_VERB } from './lexicon/cueWords';

/**
 * A sentence that states no event of its own may still be part of one: a remark made at the
 * meeting being told ("During the meeting, X said …"), a participant's words, or a sentence
 * that refers back to an event. It becomes an excerpt of that event.
 */

const REMARK_TIE =
	/^(?:during|in|at) (?:the|this|that) (?:meeting|visit|talks|call|conversation|session)\b|\bfor (?:his|her|their) part\b|^(?:he|she) (?:added|went on)\b|\b(?:the two|both) sides\b|\belsewhere in (?:his|her) remarks\b|\b(?:he|she) (?:also )?(?:said|added|stressed|noted)\b/i;

/** Attaches an eventless sentence to the event it refers to (`referred`) or speaks of. */
export function attachRemark(
	story: Discourse,
	s: AnalysedSentence,
	referred: Draft | undefined
): void {
	const latest = story.currentDraft();
	const subject = s.subjectOf(s.clauses[0]).flatMap((r) => r.actors);
	const speaker = subject.length ? subject : story.lastSubject ? [story.lastSubject] : [];
	// "briefed the media separately. X, who spoke first, …": the speaker's own event of the
	// latest sentence, else the event the sentence names, else the latest event.
	const own = story.drafts.find(
		(d) => d.sentence === latest?.sentence && d.participants.some((a) => speaker.includes(a))
	);
	const speaking =
		(own?.type === 'press_conference' || own?.type === 'statement') && SPEECH_VERB.test(s.text);
	if (referred && !speaking) {
		addExcerpt(referred, s);
		// "The two presidents met on Tuesday. … X shakes hands with Y before their talks": the
		// sentence that refers back names who the event told without names had.
		if (!referred.participants.length)
			referred.participants = [...new Set(s.resolved.flatMap((r) => r.actors))];
		return;
	}
	const current = own ?? latest;
	if (!current) return;
	const byParticipant = speaker.some((a) => current.participants.includes(a));
	if (REMARK_TIE.test(s.text) || (byParticipant && SPEECH_VERB.test(s.text)))
		addExcerpt(current, s);
}
