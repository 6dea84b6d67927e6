import type { ArticleActor } from '../actors/articleActors';
import { EMPTY_GAZETTEER } from '../actors/gazetteer';
import { lexiconFor } from '../actors/lexicon';
import { publicationFromIso } from '../dates/publicationFromIso';
import type { ArticleMeta, EventMention } from '../types';
import type { AnalysedSentence } from './analysedSentence';
import { Discourse } from './discourse';
import { extractArticle } from './extractArticle';
import { findTriggers, type Trigger } from './triggers';

/** A story with no gazetteer, published at `iso` (none when null), for tests. */
export function testStory(
	iso: string | null = '2024-06-04T10:00:00Z',
	dateline: string | null = null
): Discourse {
	return new Discourse(
		lexiconFor(EMPTY_GAZETTEER),
		iso ? publicationFromIso(iso, 'front-matter') : null,
		dateline
	);
}

/** A sentence analysed in the story, with its event words found as the reader finds them. */
export function testSentence(story: Discourse, text: string, start = 0): AnalysedSentence {
	const s = story.analyse({ start, end: start + text.length, text });
	s.triggers = findTriggers(text).filter((t) => t.rule.form !== 'speech');
	return s;
}

/** The sentence's event word that is (or starts with) `word`. */
export function triggerOf(s: AnalysedSentence, word: string): Trigger {
	const trigger = findTriggers(s.text).find((t) =>
		t.text.toLowerCase().startsWith(word.toLowerCase())
	);
	if (!trigger) throw new Error(`no event word "${word}" in: ${s.text}`);
	return trigger;
}

/** The names of the actors a list of mentions stands for. */
export function actorNames(items: readonly { actors: readonly { name: string }[] }[]): string[] {
	return items.flatMap((r) => r.actors.map((a) => a.name));
}

/** The events extracted from `body` with no gazetteer, published at `iso`. */
export function extractWithoutGazetteer(body: string, iso: string): EventMention[] {
	const meta: ArticleMeta = {
		title: null,
		outlet: null,
		url: null,
		language: 'en',
		publication: publicationFromIso(iso, 'front-matter')
	};
	return extractArticle(body, meta, EMPTY_GAZETTEER);
}

/** The names of an event's participants. */
export function participantNames(event: EventMention): string[] {
	return event.participants.map((p) => p.name);
}

/** The people among an event's participants (the states of named people are listed after them). */
export function personNames(event: EventMention): string[] {
	return event.participants.filter((p) => p.kind === 'person').map((p) => p.name);
}

/** An article actor built by hand, for tests of what is done with resolved actors. */
export function testActor(name: string, kind: ArticleActor['kind'] = 'person'): ArticleActor {
	return {
		id: name.toLowerCase(),
		name,
		kind,
		country: null,
		role: null,
		classes: new Set(),
		wordKeys: [],
		visiting: false,
		lastSeen: 0
	};
}
