/**
 * The date of one event in a sentence: picks the temporal expression that belongs to the event
 * at a given offset, resolves it, and combines it with a stated length ("a three-day visit").
 */
import type { EventDate, IsoDay, Publication } from '../types';
import { addDays, dayNumber } from './calendar';
import { clauseIndexAt, clauses, type Clause } from './clauses';
import { describeSpan, quoteWords } from './describe';
import { clauseTense, detectTense, finiteVerbCount, segmentTense } from './detectTense';
import { shiftAnchored, shiftDate } from './shiftDate';
import { findTemporalExpressions } from './findTemporalExpressions';
import { isDayAnchor, resolveTemporal } from './resolveTemporal';
import type { SentenceDate, TemporalExpression, Tense } from './types';

interface SentenceContext {
	publication: Publication | null;
	anchor: EventDate | null;
	/** The day the account being told has reached (ResolveContext.narrativeFrom). */
	narrativeFrom?: IsoDay | null;
	near?: number;
	/**
	 * The expressions the event may take, when some date something else about it (the day a
	 * visit was postponed, the day it was moved to).
	 */
	eligible?: (expression: TemporalExpression) => boolean;
}

/** Cost of crossing into another clause, by the word or mark that opens it. */
const BOUNDARY_COST: Record<string, number> = { and: 20, or: 20, but: 30, ';': 80 };
const DEFAULT_BOUNDARY_COST = 40;
/** "a visit | that had been scheduled for Sunday": a relative clause describes the word before. */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Openers of a relative clause set off by commas, which closes before the main clause goes on. */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);
const RELATIVE_COST = 10;
/** Characters count half: long names between a verb and its date are common in news. */
const DISTANCE_WEIGHT = 0.5;
/** Dates more often follow the verb they modify than precede it ("met X on Tuesday"). */
const BEFORE_COST = 25;
/** "Sosa on Friday put off a trip": a verb between a date and the word claims the date. */
const VERB_BETWEEN_COST = 25;
/** "since taking office in 2013": a date of the background, not of this event. */
const BACKGROUND_COST = 60;
/** An anchored phrase with nothing to anchor to gives no date; prefer any other. */
const UNANCHORED_COST = 100;
/** Beyond this the nearest expression belongs to some other event in the sentence. */
const MAX_REACH = 150;
/** A duration attaches to the event named right after it ("began a three-day state visit"). */
const DURATION_REACH = 20;

/**
 * The trigger is in a where-clause after the place of the clause the date is in, told in the
 * same time ("…, where he met"; not "…, where he had met", which is earlier).
 */
const WHERE_CLAUSE = /,\s*where\b(?![^,;]*\bhad\b)[^,;]*$/i;
const BACKGROUND = /\bsince\s+\w+ing\b[^,;]*$/i;
/** "since March", "since the 15th": within this many characters "since" governs the date. */
const SINCE_REACH = 12;
const FIRST_SINCE = /\bfirst\b/i;
/**
 * A date held by a noun phrase: "the vote set for 25 March", "a visit planned for May" (a
 * participle right after its noun, no auxiliary before it), and the new day of a moved event
 * ("pushed the vote back to June", "postponed the talks until May"). It dates that noun, not an
 * event word outside the phrase ("went on television to call off the vote set for …").
 */
const NOUN_DATE =
	/\b(?<noun>[\p{L}-]+)\s+(?:(?:originally|initially|first|now|provisionally)\s+)?(?:set|scheduled|planned|slated|fixed|pencil+ed|earmarked)\s+(?:for|on)\s+$/iu;
const MOVED_TO =
	/\b(?:(?:push|pushed|pushing|move|moved|moving|bring|brought|bringing)\b[^,;.]{0,40}?\b(?:back|forward)|(?:postpone|postponed|postponing|delay|delayed|delaying|defer|deferred|deferring|put\s+off|reschedule|rescheduled|rescheduling)\b[^,;.]{0,40}?)\s+(?:to|until|till)\s+$/i;
/**
 * A deadline ("ordered him to leave by 15 May", "must reply by Friday", "no later than 20 May")
 * bounds the act it is set for; it is the date neither of that act nor of the order that sets
 * it. "By December, the diplomats had pulled out" tells when a past act was done, and dates it.
 */
const BY = /^by\s/i;
/** An infinitive or a modal verb group before the "by" phrase, in its clause. */
const OBLIGED_ACT =
	/\b(?:to|must|should|shall|will|would|could|can|may|might)\s+(?:not\s+)?\p{L}+\b[^,;.]{0,50}$/iu;
const NO_LATER_THAN = /\b(?:no|not)\s+later\s+than\s+$/i;
/** How far back the verb a deadline bounds may lie. */
const DEADLINE_REACH = 80;

function isDeadline(sentence: string, expr: TemporalExpression): boolean {
	const before = sentence.slice(Math.max(0, expr.start - DEADLINE_REACH), expr.start);
	return (BY.test(expr.text) && OBLIGED_ACT.test(before)) || NO_LATER_THAN.test(before);
}

/** Words before a participle that make it a verb of its own clause ("was set for"). */
const AUXILIARY = new Set([
	'is',
	'are',
	'was',
	'were',
	'be',
	'been',
	'being',
	'has',
	'have',
	'had'
]);
/** How far back the words that make a date a noun phrase's may lie. */
const NOUN_DATE_REACH = 80;

/** Where the noun phrase holding `expr` begins, or null when the date is no noun's. */
function nounPhraseStart(sentence: string, expr: TemporalExpression): number | null {
	const from = Math.max(0, expr.start - NOUN_DATE_REACH);
	const before = sentence.slice(from, expr.start);
	const moved = MOVED_TO.exec(before);
	if (moved) return from + moved.index;
	const held = NOUN_DATE.exec(before);
	if (held?.groups && !AUXILIARY.has(held.groups.noun.toLowerCase())) return from + held.index;
	return null;
}
const COMPLEMENT_END = /[,;]/;

function boundaryCost(spans: Clause[], from: number, to: number, forward: boolean): number {
	let cost = 0;
	for (const span of spans) {
		if (span.start <= from || span.start > to) continue;
		if (forward && RELATIVE_OPENERS.has(span.opener)) cost += RELATIVE_COST;
		else cost += BOUNDARY_COST[span.opener] ?? DEFAULT_BOUNDARY_COST;
	}
	return cost;
}

/** Whether `at` lies in the words naming the other event after an anchored phrase. */
function inComplement(sentence: string, expr: TemporalExpression, at: number): boolean {
	return at >= expr.end && !COMPLEMENT_END.test(sentence.slice(expr.end, at));
}

/** Kinds that resolve to a single day, which an anchored phrase can count days from. */
const DAY_KINDS = new Set(['date', 'weekday', 'relativeDay', 'dayOfMonth']);

/**
 * The dated expression an anchored phrase counts from within the sentence, and the direction:
 * the nearest single day before the phrase ("flew in on Thursday morning … earlier in the day",
 * "Thursday's event came two days after X"), or one named in the phrase's complement ("met on
 * Monday on the eve of <the summit on Nov. 15>").
 */
function otherSide(
	sentence: string,
	expr: TemporalExpression,
	all: TemporalExpression[],
	near: number
): { other: TemporalExpression; sign: number } | undefined {
	if (expr.value.kind !== 'anchored') return undefined;
	const spans = clauses(sentence);
	const phraseClause = clauseIndexAt(spans, expr.start);
	// "Ruiz, who landed on Monday night, chaired a forum earlier in the day": the relative
	// clause's day is the arrival's, not the day the main clause counts from.
	const inClosedRelative = (o: TemporalExpression) => {
		const index = clauseIndexAt(spans, o.start);
		return index !== phraseClause && RELATIVE_PRONOUNS.has(spans[index].opener);
	};
	const before = [...all]
		.reverse()
		.find((o) => o.end <= expr.start && DAY_KINDS.has(o.value.kind) && !inClosedRelative(o));
	if (!expr.value.complement) return before && { other: before, sign: 1 };
	if (inComplement(sentence, expr, near)) return before && { other: before, sign: -1 };
	const rest = sentence.slice(expr.end);
	const complementEnd = expr.end + (rest.search(COMPLEMENT_END) + 1 || rest.length + 1) - 1;
	const after = all.find(
		(o) => o.start >= expr.end && o.end <= complementEnd && DAY_KINDS.has(o.value.kind)
	);
	return after && { other: after, sign: 1 };
}

/** Words that give the start of what "the 18th day of talks" counts from. */
const START_WORDS =
	/\b(?:began|begun|begin|begins|opened|open|opens|started|start|starts|launched|kicked\s+off|since|from)\b[^.;]{0,12}$/i;

/** A single day the sentence names as a start ("talks that began on May 20"), for nthDay. */
function startOf(sentence: string, all: TemporalExpression[]): TemporalExpression | undefined {
	return all.find(
		(o) =>
			DAY_KINDS.has(o.value.kind) &&
			START_WORDS.test(sentence.slice(Math.max(0, o.start - 40), o.start + (o.since ? 5 : 0)))
	);
}

function canAnchor(
	sentence: string,
	expr: TemporalExpression,
	ctx: SentenceContext,
	all: TemporalExpression[],
	near: number
) {
	const v = expr.value;
	if (v.kind === 'nthDay')
		return !!(ctx.anchor?.start && !ctx.anchor.approximate) || !!startOf(sentence, all);
	if (v.kind === 'sameSpan') return !!ctx.anchor?.start;
	if (v.kind !== 'anchored') return true;
	if (isDayAnchor(ctx.anchor)) return true;
	if (v.sameDayAsPublication && ctx.publication) return true;
	return otherSide(sentence, expr, all, near) !== undefined;
}

/** How far an expression lies from the trigger, in words and clauses. */
function reach(sentence: string, spans: Clause[], expr: TemporalExpression, near: number): number {
	let total: number;
	if (near >= expr.start && near < expr.end) total = 0;
	else if (near < expr.start) {
		total = (expr.start - near) * DISTANCE_WEIGHT + boundaryCost(spans, near, expr.start, true);
		// "their first meeting since Egypt ended its boycott in January": the date is the
		// since-clause's own, unless "since" introduces the date itself ("since March") or the
		// clause has closed before it ("talks since Biden took office opened … on Thursday").
		const since = spans.find((s) => s.opener === 'since' && s.start > near && s.start < expr.start);
		if (
			since &&
			expr.start - since.start > SINCE_REACH &&
			finiteVerbCount(sentence.slice(since.start, expr.start)) < 2
		) {
			total += BACKGROUND_COST;
		}
	} else {
		const between = sentence.slice(expr.end, near);
		// "since May last year, when the envoy flew in": a when-clause describes the date before
		// it; "last month his trip took him to Lima, where he met …": a where-clause happened there
		// and then.
		const whenClause = /^[\s,]*when\b/i.test(between) || WHERE_CLAUSE.test(between);
		total = between.length * DISTANCE_WEIGHT;
		if (!whenClause) {
			total += BEFORE_COST + boundaryCost(spans, expr.end, near, false);
			if (segmentTense(between)) total += VERB_BETWEEN_COST;
		}
	}
	if (BACKGROUND.test(sentence.slice(Math.max(0, expr.start - 40), expr.start)))
		total += BACKGROUND_COST;
	const phrase = nounPhraseStart(sentence, expr);
	if (phrase !== null && (near < phrase || near >= expr.end)) total += BACKGROUND_COST;
	return total;
}

function choose(
	sentence: string,
	candidates: TemporalExpression[],
	ctx: SentenceContext
): TemporalExpression | null {
	if (ctx.near === undefined) {
		return (
			candidates.find(
				(c) =>
					canAnchor(sentence, c, ctx, candidates, c.end) &&
					!BACKGROUND.test(sentence.slice(0, c.start))
			) ?? candidates[0]
		);
	}
	const spans = clauses(sentence);
	let best: TemporalExpression | null = null;
	let bestCost = Infinity;
	for (const expr of candidates) {
		const distance = reach(sentence, spans, expr, ctx.near);
		if (distance >= MAX_REACH) continue;
		// An anchored phrase that cannot be resolved still belongs to the event, but any other
		// date within reach is better.
		const cost =
			distance + (canAnchor(sentence, expr, ctx, candidates, ctx.near) ? 0 : UNANCHORED_COST);
		if (cost < bestCost) {
			best = expr;
			bestCost = cost;
		}
	}
	return best;
}

/**
 * Resolves an anchored phrase from another date of the same sentence: "Thursday's event came two
 * days after X endorsed him" dates X from Thursday; "met on Monday on the eve of the summit"
 * dates the summit from Monday; "flew in on Thursday morning, held talks earlier in the day"
 * dates the talks from Thursday. Else ctx.anchor, when the trigger is in the complement (other
 * cases of ctx.anchor are left to resolveTemporal).
 */
function resolveWithinSentence(
	sentence: string,
	expr: TemporalExpression,
	all: TemporalExpression[],
	ctx: SentenceContext,
	tense: Tense
): { date: EventDate; anchored: boolean } | null {
	const v = expr.value;
	if (v.kind === 'nthDay') {
		const start = startOf(sentence, all);
		if (!start) return null;
		const base = resolveTemporal(start, {
			publication: ctx.publication,
			tense: detectTense(sentence, start.start),
			anchor: ctx.anchor
		});
		if (!isDayAnchor(base)) return null;
		return {
			date: shiftDate(base, v.day - 1, expr.text, `its start ${quoteWords(start.text)}`),
			anchored: false
		};
	}
	if (v.kind !== 'anchored') return null;
	const near = ctx.near ?? expr.end;
	const side = otherSide(sentence, expr, all, near);
	if (side) {
		const base = resolveTemporal(side.other, {
			publication: ctx.publication,
			tense: detectTense(sentence, side.other.start),
			anchor: ctx.anchor
		});
		if (isDayAnchor(base)) {
			return {
				date: shiftAnchored(
					base,
					{ ...v, days: side.sign * v.days },
					expr.text,
					quoteWords(side.other.text)
				),
				anchored: false
			};
		}
	}
	if (v.complement && inComplement(sentence, expr, near) && isDayAnchor(ctx.anchor)) {
		// The trigger names the other event ("two days after <X endorsed him>"): count back.
		const reversed = { ...expr, value: { ...v, days: -v.days } };
		const date = resolveTemporal(reversed, {
			publication: ctx.publication,
			tense,
			anchor: ctx.anchor
		});
		if (date.derivation === 'same-as-other-event') return { date, anchored: true };
	}
	return null;
}

/** "rounded off a four-day tour on Sunday": a verb that ends the stay the length is of. */
const ENDS_STAY =
	/\b(?:wrap(?:s|ped|ping)?\s+up|wound\s+up|conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|round(?:s|ed|ing)?\s+off|finish(?:es|ed|ing)?)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/i;

/**
 * "a four-day tour … on Monday" → Monday to Thursday; "rounded off a four-day tour on Sunday"
 * → Thursday to Sunday.
 */
function withDuration(
	sentence: string,
	date: EventDate,
	duration: TemporalExpression | undefined
): EventDate {
	if (!duration || duration.value.kind !== 'duration' || !date.start || date.start !== date.end)
		return date;
	if (duration.value.days <= 1) return date;
	const ends = ENDS_STAY.test(sentence.slice(Math.max(0, duration.start - 40), duration.start));
	const [start, end] = ends
		? [addDays(date.start, 1 - duration.value.days), date.start]
		: [date.start, addDays(date.start, duration.value.days - 1)];
	const span = `${ends ? 'up to then' : 'from then'} runs ${describeSpan(start, end)}`;
	return {
		...date,
		start,
		end,
		precision: 'range',
		text: `${duration.text} … ${date.text}`,
		explanation: `${date.explanation.replace(/\.$/, '')}; ${quoteWords(duration.text)} ${span}.`
	};
}

function isPlanned(
	date: EventDate,
	tense: Tense,
	publication: Publication | null,
	expr: TemporalExpression
) {
	const future =
		tense === 'future' || (expr.value.kind === 'vague' && expr.value.direction === 'future');
	if (!publication || !date.start || !date.end) return future;
	const pub = dayNumber(publication.day);
	return dayNumber(date.start) > pub || (future && dayNumber(date.end) >= pub);
}

/**
 * The date of the event whose trigger word is at offset `near` in `sentence`: the expression
 * nearest to it in the same clause (dates of background clauses such as "since taking office in
 * 2013" lose to closer ones), resolved against the publication or ctx.anchor and stretched by a
 * stated length. Null when the sentence has no temporal expression for that event.
 */
export function resolveSentenceDate(sentence: string, ctx: SentenceContext): SentenceDate | null {
	const all = findTemporalExpressions(sentence);
	const candidates = all.filter(
		(e) =>
			e.value.kind !== 'duration' && !isDeadline(sentence, e) && (!ctx.eligible || ctx.eligible(e))
	);
	const chosen = choose(sentence, candidates, ctx);
	if (!chosen) return null;
	// The date's own clause tells its tense; a clause without tense words ("On Jan. 3,") takes
	// the tense of the event it dates, so a past event looks back from publication.
	const tense =
		clauseTense(sentence, chosen.start) ?? detectTense(sentence, ctx.near ?? chosen.start);
	// "the first meeting since March last year" dates the earlier meeting, not a period.
	const expression =
		chosen.since && FIRST_SINCE.test(sentence.slice(0, chosen.start))
			? { ...chosen, since: false }
			: chosen;
	const within = resolveWithinSentence(sentence, expression, all, ctx, tense);
	let date =
		within?.date ??
		resolveTemporal(expression, {
			publication: ctx.publication,
			tense,
			anchor: ctx.anchor,
			narrativeFrom: ctx.narrativeFrom
		});
	// Only an anchored phrase resolved through ctx.anchor comes out as same-as-other-event here.
	const anchored = within
		? within.anchored
		: (expression.value.kind === 'anchored' || expression.value.kind === 'sameSpan') &&
			date.derivation === 'same-as-other-event';
	const duration = all.find(
		(d) =>
			d.value.kind === 'duration' &&
			(ctx.near === undefined || (ctx.near >= d.start - DURATION_REACH && ctx.near < d.end))
	);
	date = withDuration(sentence, date, duration);
	return {
		date,
		tense,
		planned: isPlanned(date, tense, ctx.publication, expression),
		anchored,
		expression
	};
}
