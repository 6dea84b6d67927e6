import type { ArticleActor } from '../actors/articleActors';
import type { EventDate, EventStatus, EventType, Rescheduled } from '../types';

/** An event being assembled from one article, before in-article merging and titling. */
export interface Draft {
	type: EventType;
	cameo: string | null;
	planned: boolean;
	/** Postponed or cancelled, as the text says; the date stays the one first set. */
	status?: EventStatus;
	/** The new date of a postponed event, where the text gives it. */
	rescheduled?: Rescheduled;
	date: EventDate;
	participants: ArticleActor[];
	/** For visits: who travels (the others are hosts or the states involved). */
	visitors: ArticleActor[];
	/** For attacks: who was struck. */
	targets: ArticleActor[];
	/** For attacks: who struck (the active subject, or "by X" in the passive), when the text says. */
	agents: ArticleActor[];
	place: string | null;
	/** Where the place came from, strongest first. */
	placeSource: 'text' | 'tied' | 'visit' | 'host' | 'dateline' | null;
	/** Excerpts as body offsets; the first one states the event. */
	excerpts: [number, number][];
	sentence: number;
	/** Body offset of the trigger word. */
	at: number;
	/** The trigger words ("took the oath", "postponed"). */
	triggerText: string;
	/** The trigger with its object ("imposed fresh sanctions"), for titles of 'other' events. */
	action: string;
	/** Trigger ranked for choosing the primary excerpt when drafts merge: verbs above nouns. */
	salience: number;
}

/** A date the text does not really give: unresolved, or only "reported by" the publication. */
export function isWeakDate(date: EventDate): boolean {
	return date.start === null || (date.approximate && date.derivation !== 'explicit');
}

/**
 * A date taken from the event told alongside, with no date words of its own: enough to place
 * the event, too little to make it the plan an article announces ("will meet again").
 */
export function isBorrowedDate(date: EventDate): boolean {
	return date.derivation === 'same-as-other-event' && date.text === '';
}

export function personsOf(draft: Draft): ArticleActor[] {
	return draft.participants.filter((a) => a.kind === 'person');
}

/** Adds a sentence (body offsets) to a draft's excerpts, once. */
export function addExcerpt(draft: Draft, sentence: { start: number; text: string }): void {
	const end = sentence.start + sentence.text.length;
	if (!draft.excerpts.some(([a]) => a === sentence.start))
		draft.excerpts.push([sentence.start, end]);
}
