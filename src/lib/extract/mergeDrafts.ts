import type { ArticleActor } from '../actors/articleActors';
import { isBorrowedDate, isWeakDate, personsOf, type Draft } from './draft';
import { GATHERING } from './lexicon/cueWords';

/**
 * One article often tells the same event twice: "Friday's talks were the second …" after the
 * report of the talks, "he would go to Beijing" after the postponed trip, the attack named again
 * in a remark. Drafts of the same type, people, place and compatible dates become one event
 * with every sentence as an excerpt; meetings of a visitor with different hosts stay apart.
 */

function overlaps(a: Draft, b: Draft): boolean {
	if (isWeakDate(a.date) || isWeakDate(b.date)) return true;
	if (!a.date.start || !a.date.end || !b.date.start || !b.date.end) return true;
	return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

/** Places that do not tell two drafts apart: unknown, inferred, or one inside the other. */
export function samePlace(a: Draft, b: Draft): boolean {
	if (!a.place || !b.place) return true;
	// Only places the sentences state can tell two events apart.
	if (a.placeSource !== 'text' || b.placeSource !== 'text') return true;
	const first = (p: string) => p.split(/,\s*/)[0].toLowerCase();
	return (
		a.place.toLowerCase().includes(first(b.place)) || b.place.toLowerCase().includes(first(a.place))
	);
}

function sameSet(a: ArticleActor[], b: ArticleActor[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}

function organisationsOf(draft: Draft): ArticleActor[] {
	return draft.participants.filter((a) => a.kind === 'organisation');
}

function samePeople(a: Draft, b: Draft): boolean {
	const pa = personsOf(a);
	const pb = personsOf(b);
	if (a.type === 'attack') return a.targets.some((t) => b.targets.includes(t));
	if (a.type === 'visit') {
		return a.visitors.some((v) => b.visitors.includes(v));
	}
	const oa = organisationsOf(a);
	const ob = organisationsOf(b);
	// The same chair at two bodies ("the National Security Committee", then "the National Command
	// Authority") is two meetings; a body's act told twice ("parliament ratified …", "the
	// legislature voted …") is one.
	if (oa.length && ob.length && !oa.some((o) => ob.includes(o))) return false;
	if (!pa.length && !pb.length) return oa.some((o) => ob.includes(o));
	if (!pa.length || !pb.length) return false;
	if (sameSet(pa, pb)) return true;
	const [small, large] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
	return small.length >= 2 && small.every((x) => large.includes(x));
}

function absorb(into: Draft, from: Draft): void {
	const [primary, secondary] = from.salience > into.salience ? [from, into] : [into, from];
	const excerpts = [...primary.excerpts, ...secondary.excerpts];
	into.excerpts = excerpts.filter((e, i) => excerpts.findIndex((o) => o[0] === e[0]) === i);
	into.participants = [...new Set([...into.participants, ...from.participants])];
	into.targets = [...new Set([...into.targets, ...from.targets])];
	into.agents = [...new Set([...into.agents, ...from.agents])];
	into.visitors = [...new Set([...into.visitors, ...from.visitors])];
	if (isWeakDate(into.date) && !isWeakDate(from.date)) into.date = from.date;
	if (!into.place || (from.place && from.placeSource === 'text' && into.placeSource !== 'text')) {
		into.place = from.place;
		into.placeSource = from.placeSource;
	}
	into.planned = into.planned && from.planned;
	// A cancellation told anywhere outweighs a postponement.
	if (from.status && into.status !== 'cancelled') into.status = from.status;
	into.rescheduled ??= from.rescheduled;
	if (from.salience > into.salience)
		[into.triggerText, into.action] = [from.triggerText, from.action];
	into.salience = Math.max(into.salience, from.salience);
}

const BILATERAL = /\bbilateral\b/i;

/** "bilateral talks" beside a summit of the same leaders are a meeting of their own. */
function bilateralBesideSummit(a: Draft, b: Draft): boolean {
	return (
		(BILATERAL.test(a.triggerText) && GATHERING.test(b.triggerText)) ||
		(BILATERAL.test(b.triggerText) && GATHERING.test(a.triggerText))
	);
}

/**
 * Whether a plan and a past event can be one: a past event the text does not date at all can
 * be any plan; an undated plan ("said he would come soon") can be a dated past event; a past
 * event only "reported by" the publication cannot be a plan still ahead ("will meet again").
 */
function plausiblySame(past: Draft, plan: Draft): boolean {
	if (past.planned || !plan.planned) return false;
	if (past.date.start === null) return true;
	return plan.date.start === null && !isWeakDate(past.date) && !isBorrowedDate(past.date);
}

export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
	const kept: Draft[] = [];
	for (const draft of drafts) {
		const same = kept.find(
			(k) =>
				k.type === draft.type &&
				!bilateralBesideSummit(k, draft) &&
				samePeople(k, draft) &&
				samePlace(k, draft) &&
				overlaps(k, draft) &&
				(k.planned === draft.planned || plausiblySame(k, draft) || plausiblySame(draft, k))
		);
		if (same) absorb(same, draft);
		else kept.push({ ...draft });
	}
	return kept;
}

/**
 * The drafts one sentence states, merged where they are one event told twice ("met X … the
 * talks with X"): the same type and place, no two different days the text gives, and shared
 * people (two pairs with different second members stay apart).
 */
export function mergeWithinSentence(drafts: Draft[]): Draft[] {
	const kept: Draft[] = [];
	for (const draft of drafts) {
		const same = kept.find(
			(k) =>
				k.type === draft.type &&
				samePlace(k, draft) &&
				!(
					!isWeakDate(k.date) &&
					!isWeakDate(draft.date) &&
					(k.date.start !== draft.date.start || k.date.end !== draft.date.end)
				) &&
				(k.participants.length === 0 ||
					draft.participants.length === 0 ||
					(k.participants.some((a) => draft.participants.includes(a)) &&
						!(
							k.participants.length === 2 &&
							draft.participants.length === 2 &&
							k.participants[1] !== draft.participants[1]
						)))
		);
		if (!same) {
			kept.push(draft);
			continue;
		}
		same.participants = [...new Set([...same.participants, ...draft.participants])];
		same.place ??= draft.place;
		if (isWeakDate(same.date) && !isWeakDate(draft.date)) same.date = draft.date;
	}
	lendParticipants(kept);
	return kept;
}

/**
 * "The accord was reached at a meeting of the two leaders": an act of the sentence that names
 * nobody is done by the people of the one other act there that names some. Not across an
 * attack, whose sides a peaceful act's people are not ("agreed to a truce, but shelling resumed").
 */
function lendParticipants(drafts: Draft[]): void {
	const peaceful = drafts.filter((d) => d.type !== 'attack');
	const named = peaceful.filter((d) => d.participants.length > 0);
	if (named.length !== 1) return;
	for (const draft of peaceful)
		if (!draft.participants.length) draft.participants = [...named[0].participants];
}
