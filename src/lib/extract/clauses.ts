import { finiteVerbCount } from '../dates/detectTense';
import { SubstringGroups } from './substringGroups';

/**
 * A shallow clause structure of a news sentence, enough to tell whose event a trigger states:
 * coordinated clauses (", and the two sides signed"), relative clauses (", who had flown in"),
 * where/when clauses, reported content ("said that …"), attributions ("according to …"),
 * background ("since taking office") and a sentence-opening phrase ("Speaking in his meeting
 * with X, Y said").
 */

export type ClauseKind =
	| 'main'
	| 'opening'
	| 'coordinate'
	| 'relative'
	| 'where'
	| 'when'
	| 'reported'
	| 'attribution'
	| 'background';

export interface ClauseSpan {
	start: number;
	end: number;
	kind: ClauseKind;
}

/** Clause kinds that describe something other than the main events' participants. */
export const SUBORDINATE_KINDS: ReadonlySet<ClauseKind> = new Set([
	'relative',
	'where',
	'when',
	'reported',
	'attribution',
	'background'
]);

/**
 * Words opening a phrase set off before the main clause: a preposition, or a participle
 * ("Having met X, …", "Meeting in Lima, …", "Signed in May, …"; "United" opens a name).
 */
const OPENING =
	/^(?:during|at|in|on|after|before|according|having|(?!united\b)\p{L}+(?:ing|ed))\b/iu;
/** An opening phrase is short; a long first segment is a clause of its own. */
const OPENING_MAX_WORDS = 16;
/** "since President X took office opened with …": without a comma, background ends early. */
const BACKGROUND_MAX_WORDS = 7;
/** "since X took office": the background clause ends with the phrase. */
const OFFICE_TAKEN =
	/\b(?:took|taking|take|assumed|assuming|entered|entering|came\s+to|coming\s+to)\s+(?:office|power|the\s+White\s+House)\b/i;
/**
 * Reported words after "that", which is no day word ("told reporters that evening that …"); the
 * telling may carry an adverb, a day or a medium first ("said on Monday in a statement that").
 */
const SPEECH_THAT =
	/\b(?:said|says|say|told\s+[\p{L}' ]{1,40}?|tells\s+[\p{L}' ]{1,40}?|announced|warned|stressed|added|noted|insisted|argued|reported|disclosed|emphasi[sz]ed|asserted|reiterated|acknowledged|confirmed|believes|believed|hoped|hopes|expects|expected|urged)(?:,?\s+(?:\p{Ll}+ly|(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+|in\s+an?\s+(?:statement|interview|speech|post|letter|briefing)|(?:this|last)\s+week|earlier|later|today|yesterday)){0,2},?\s+that\b(?!\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|month|year)\b)/giu;

/** When and how a closing attribution told it: "on Monday", "late on Tuesday", "last week", "in a statement". */
const ATTRIBUTION_TAIL = String.raw`(?:\s+(?:(?:late\s+|early\s+)?(?:on\s+)?\p{Lu}\p{Ll}+(?:\s+(?:night|morning|afternoon|evening))?|(?:last|this)\s+(?:week|month)|yesterday|today|earlier|later|in\s+an?\s+(?:[\p{L}-]+\s+)?(?:statement|post|interview|briefing|communiqu[eé]|letter))){0,2}`;

const SPEECH_BARE =
	/\b(?:said|says|warned|stressed|added|insisted|argued|acknowledged|told\s+(?:reporters|journalists|lawmakers|parliament|the\s+(?:press|media)|state\s+(?:media|television|radio)))\s+(?=(?:the|he|she|they|it|we|i|his|her|their|its)\s)/gi;

interface Boundary {
	at: number;
	kind: ClauseKind;
	/** Ends at the next comma (relative, attribution, background) or runs on. */
	toComma: boolean;
}

/**
 * Clause openers, each with words one of which every match contains (`cue`), so that a sentence
 * without them skips the pattern; `toComma`: the clause ends at the next comma (relative,
 * attribution, background) or runs on.
 */
const BOUNDARIES: { pattern: RegExp; kind: ClauseKind; toComma: boolean; cue: string[] }[] = [
	{ pattern: /,\s+(?:and|but|while|whereas)\s+/g, kind: 'coordinate', toComma: false, cue: [','] },
	{ pattern: /;\s+/g, kind: 'coordinate', toComma: false, cue: [';'] },
	// "talks in X, followed by a banquet at Y": the next act of the same people.
	{ pattern: /,\s+followed\s+by\s+/g, kind: 'coordinate', toComma: false, cue: ['followed'] },
	{ pattern: /,\s+where\s+/g, kind: 'where', toComma: true, cue: ['where'] },
	{ pattern: /,\s+when\s+/g, kind: 'when', toComma: true, cue: ['when'] },
	{ pattern: /,\s+(?:who|which|whose)\s+/g, kind: 'relative', toComma: true, cue: ['wh'] },
	{
		pattern: /\s(?:who|which)\s+(?=(?:had|has|have|was|were|is|are)\b)/g,
		kind: 'relative',
		toComma: true,
		cue: ['wh']
	},
	{ pattern: /,?\s*according\s+to\s+/gi, kind: 'attribution', toComma: true, cue: ['according'] },
	// "…, Brazil's foreign ministry said.", "…, the bloc said in a statement on Monday.", "…,
	// the ministry announced last week.": who told it, and when, closes the sentence.
	{
		pattern: new RegExp(
			String.raw`,(?=\s+(?:the\s+)?[^,;"“”]{1,50}?\s+(?:said|says|reported|added|announced|confirmed|stated)${ATTRIBUTION_TAIL}\s*[.!?]["”’]?$)`,
			'gu'
		),
		kind: 'attribution',
		toComma: false,
		cue: ['said', 'says', 'reported', 'added', 'announced', 'confirmed', 'stated']
	},
	// "has since visited": after an auxiliary, "since" is an adverb of the verb, no clause.
	{
		pattern: /(?<!\b(?:has|have|had|having|is|are|was|were|been))\s+since\s+/g,
		kind: 'background',
		toComma: true,
		cue: ['since']
	},
	{
		pattern: /\s+(?:after|before)\s+(?=(?:a|an)\s)/g,
		kind: 'background',
		toComma: true,
		cue: ['after', 'before']
	},
	// "called on X before holding talks with Y", "welcomed him before the two leaders travelled
	// to Z": a second act, by the same subject or by its own.
	{
		pattern: /\s+(?:after|before)\s+(?=\p{Ll}+ing\s)/gu,
		kind: 'coordinate',
		toComma: false,
		cue: ['after', 'before']
	},
	{
		pattern:
			/\s+(?:after|before)\s+(?=(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{Ll}+ed|went|met|flew|left|came|held|made|took|gave)\s)/gu,
		kind: 'coordinate',
		toComma: false,
		cue: ['after', 'before']
	}
];

/** The boundary ", and": it may join two phrases of one list rather than two clauses. */
const LIST_AND = 0;

/**
 * Whether ", and" at `match` joins phrases set off by commas, not clauses: no verb between the
 * comma before it and it, nor between it and the comma after it ("Jean Roe, the French envoy,
 * and Ana Poe, her Chilean peer, met …"; "On Monday, and again on Friday, …").
 */
function listsPhrases(sentence: string, match: RegExpExecArray): boolean {
	const after = match.index + match[0].length;
	const next = sentence.indexOf(',', after);
	if (next < 0) return false;
	const previous = sentence.lastIndexOf(',', match.index - 1);
	return (
		finiteVerbCount(sentence.slice(previous + 1, match.index)) === 0 &&
		finiteVerbCount(sentence.slice(after, next)) === 0
	);
}

/** Each boundary's cues, then those of reported words with and without "that". */
const CUES = new SubstringGroups([
	...BOUNDARIES.map((boundary) => boundary.cue),
	[' that'],
	['said', 'says', 'warned', 'stressed', 'added', 'insisted', 'argued', 'acknowledged', 'told']
]);
const THAT_CUE = BOUNDARIES.length;
const BARE_CUE = BOUNDARIES.length + 1;

/** Where `pattern` matches in `text`: exec with lastIndex, as matchAll clones the pattern. */
function eachMatch(pattern: RegExp, text: string, found: (match: RegExpExecArray) => void): void {
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) found(match);
}

export function clauseSpans(sentence: string): ClauseSpan[] {
	const boundaries: Boundary[] = [];
	const cued = CUES.present(sentence.toLowerCase());
	BOUNDARIES.forEach(({ pattern, kind, toComma }, i) => {
		if (cued[i])
			eachMatch(pattern, sentence, (match) => {
				if (i !== LIST_AND || !listsPhrases(sentence, match))
					boundaries.push({ at: match.index, kind, toComma });
			});
	});
	if (cued[THAT_CUE]) {
		eachMatch(SPEECH_THAT, sentence, (match) =>
			boundaries.push({ at: match.index + match[0].length - 4, kind: 'reported', toComma: false })
		);
	}
	// "said they would launch …": reported words without "that".
	if (cued[BARE_CUE]) {
		eachMatch(SPEECH_BARE, sentence, (match) =>
			boundaries.push({ at: match.index + match[0].length, kind: 'reported', toComma: false })
		);
	}
	boundaries.sort((a, b) => a.at - b.at);

	const spans: ClauseSpan[] = [];
	const firstComma = sentence.indexOf(', ');
	let cursor = 0;
	let kind: ClauseKind = 'main';
	if (
		OPENING.test(sentence) &&
		firstComma > 0 &&
		sentence.slice(0, firstComma).split(/\s+/).length <= OPENING_MAX_WORDS
	) {
		spans.push({ start: 0, end: firstComma, kind: 'opening' });
		cursor = firstComma + 1;
	}
	const outer: ClauseKind[] = [];
	for (const boundary of boundaries) {
		if (boundary.at < cursor) continue;
		spans.push({ start: cursor, end: boundary.at, kind });
		if (boundary.toComma) {
			const comma = sentence.indexOf(',', boundary.at + 2);
			let end = comma < 0 ? sentence.length : comma;
			if (boundary.kind === 'background') {
				const office = OFFICE_TAKEN.exec(sentence.slice(boundary.at, end));
				const words = [...sentence.slice(boundary.at).matchAll(/\S+/g)];
				const cap = words[BACKGROUND_MAX_WORDS]?.index;
				if (office) end = boundary.at + office.index + office[0].length;
				else if (cap !== undefined) end = Math.min(end, boundary.at + cap);
			}
			spans.push({ start: boundary.at, end, kind: boundary.kind });
			cursor = end;
			outer.push(kind);
			kind = outer.pop() ?? 'main';
			continue;
		}
		cursor = boundary.at;
		kind = boundary.kind;
	}
	spans.push({ start: cursor, end: sentence.length, kind });
	return spans.filter((s) => s.end > s.start);
}

/** The clause containing character `at`. */
export function clauseAt(spans: readonly ClauseSpan[], at: number): ClauseSpan {
	return spans.find((s) => at >= s.start && at < s.end) ?? spans[spans.length - 1];
}
