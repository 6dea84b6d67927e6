import type { ArticleActors } from '../actors/articleActors';
import type { ActorLexicon } from '../actors/lexicon';
import type { LiveBlogPost } from '../dates/liveBlogPosts';
import type { Publication } from '../types';
import type { ProseSentence } from './analysedSentence';
import { clauseAt } from './clauses';
import { Discourse } from './discourse';
import { personsOf, type Draft } from './draft';
import { draftFor } from './drafters';
import { eventhood } from './eventhood';
import { mergeWithinSentence } from './mergeDrafts';
import { participantsFor, unique } from './participants';
import { followReference } from './references';
import { attachRemark } from './remarks';
import { splitDraft } from './splitDraft';
import { findTriggers } from './triggers';

export type { ProseSentence } from './analysedSentence';

/**
 * Reads an article's prose sentence by sentence, in the context of what a reader keeps in mind
 * (the discourse: who has been named, what the story's current event is, and when it
 * happened). Each sentence may state new events (drafts, one drafter per argument frame), add
 * remarks to the current one ("During the meeting, X said …") or refer back to one ("the trip
 * was pencilled in for early next year").
 */
export class ArticleReader {
	private readonly story: Discourse;

	constructor(
		lexicon: ActorLexicon,
		publication: Publication | null,
		dateline: string | null,
		posts: readonly LiveBlogPost[] = []
	) {
		this.story = new Discourse(lexicon, publication, dateline, posts);
	}

	/** The people, states and bodies the article has named so far. */
	get actors(): ArticleActors {
		return this.story.actors;
	}

	/** The events read so far, in the order told. */
	get drafts(): readonly Draft[] {
		return this.story.drafts;
	}

	/** New drafts stated by a sentence; references and remarks update existing ones. */
	read(sentence: ProseSentence): void {
		const story = this.story;
		const s = story.analyse(sentence);
		const created: Draft[] = [];
		let referred: Draft | undefined;
		// "the host country" names a state, not an act of hosting.
		const epithets = s.resolved.filter((r) => r.mention.kind === 'reference' && r.mention.epithet);
		const found = findTriggers(s.text).filter(
			(t) => !epithets.some((r) => t.start >= r.start && t.end <= r.end)
		);
		s.triggers = found.filter((t) => t.rule.form !== 'speech');
		s.speechActs = found.filter((t) => t.rule.form === 'speech');
		// Speech acts last: "told reporters" is its own event only when nothing else happened.
		const triggers = [...s.triggers, ...s.speechActs];
		for (const trigger of triggers) {
			const clause = clauseAt(s.clauses, trigger.start);
			const kind = eventhood(
				s.text,
				trigger,
				[clause.start, clause.end],
				clause.kind === 'reported'
			);
			if (kind === 'none') continue;
			if (kind === 'reference' || kind === 'dated-reference') {
				const reference = followReference(story, s, trigger, clause, kind, created);
				if (reference.referred) referred = reference.referred;
				if (reference.done) continue;
			}
			const actors = participantsFor(s, trigger, clause);
			const draft = draftFor(story, s, trigger, clause, actors, created);
			if (!draft) continue;
			if (kind === 'dated-reference' && referred && !personsOf(draft).length) {
				// "The talks are due to conclude on Friday": the same people, another day.
				draft.participants = unique([...referred.participants, ...draft.participants]);
			}
			created.push(...splitDraft(story, draft, s, trigger, clause, actors));
		}
		const merged = mergeWithinSentence(created);
		story.drafts.push(...merged);
		if (!merged.length) attachRemark(story, s, referred);
		story.updateSubjects(s);
	}
}
