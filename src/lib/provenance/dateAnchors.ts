/**
 * Which event a date was taken from. Extraction writes "the related event" into the explanation
 * of a date tied to another event ("'Later that evening' ties it to the related event: the same
 * date as 11 March 2019, …"); the explanation also carries what it took from that event (its
 * explanation, its days, its day), so the event is found again among the events its article
 * reports, and named and linked for readers.
 */
import { describeSpan } from '../dates/describe';
import { formatDay } from '../dates/calendar';
import { UNTOLD_TIE } from '../dates/sameAsAnchor';

export const RELATED_EVENT = 'the related event';

export interface AnchorCandidate {
	id: string;
	title: string;
	start: string;
	end: string;
	explanation: string;
	/**
	 * How far its nearest mention is from the tied event's in an article they share: characters
	 * before it, or more than any such when it only comes after (the text ties to what it told).
	 */
	distance: number;
}

const SAME_AS = new RegExp(
	String.raw`^Same date as the related event \((?:'[^']*' ties them|${UNTOLD_TIE})\): ([\s\S]*)$`
);
const SHIFTED =
	/ties it to the related event: (?:the same date as|\d+ days? (?:before|after)|the week (?:before|after)) (.+?), so /;
const YEAR_FROM = /the related event of ([^.]+)\.?$/;

/** How a candidate must look to be the related event of `explanation`, or null when none is named. */
function anchorTest(explanation: string): ((candidate: AnchorCandidate) => boolean) | null {
	const same = SAME_AS.exec(explanation);
	if (same) return (c) => c.explanation === same[1];
	const shifted = SHIFTED.exec(explanation);
	if (shifted) return (c) => describeSpan(c.start, c.end) === shifted[1];
	const year = YEAR_FROM.exec(explanation);
	if (year) return (c) => formatDay(c.start) === year[1];
	return null;
}

/** The event `explanation` calls the related event: of those that fit, the nearest before it. */
export function dateAnchor(
	explanation: string,
	candidates: readonly AnchorCandidate[]
): AnchorCandidate | null {
	const fits = anchorTest(explanation);
	if (!fits) return null;
	let best: AnchorCandidate | null = null;
	for (const candidate of candidates) {
		if (fits(candidate) && (!best || candidate.distance < best.distance)) best = candidate;
	}
	return best;
}

/**
 * Every event the date was taken from, nearest first: the related event, the one its own date
 * was taken from, and so on (a chain of "afterwards … later that evening …").
 */
export function dateAnchors(
	explanation: string,
	candidates: readonly AnchorCandidate[]
): AnchorCandidate[] {
	const chain: AnchorCandidate[] = [];
	for (let anchor = dateAnchor(explanation, candidates); anchor;) {
		if (chain.some((link) => link.id === anchor!.id)) break;
		chain.push(anchor);
		anchor = dateAnchor(anchor.explanation, candidates);
	}
	return chain;
}
