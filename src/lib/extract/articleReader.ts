import { ArticleActors, type ArticleActor, type ReferenceContext } from '../actors/articleActors';
import { countryByName, countryOfCapital } from '../actors/countries';
import { findMentions, type Mention } from '../actors/findMentions';
import { ROLE_HEADS } from '../actors/roles';
import type { ActorLexicon } from '../actors/lexicon';
// Straight from each module: under a CommonJS build (tsx) every call through the dates index
// goes through a getter.
import { detectTense } from '../dates/detectTense';
import { reportedBy } from '../dates/reportedBy';
import { resolveSentenceDate } from '../dates/resolveSentenceDate';
import { sameAsAnchor } from '../dates/sameAsAnchor';
import type { SentenceDate } from '../dates/types';
import type { EventDate, Publication } from '../types';
import { SUBORDINATE_KINDS, clauseAt, clauseSpans, type ClauseSpan } from './clauses';
import { isWeakDate, personsOf, type Draft } from './draft';
import { clauseHasDate, eventhood, expressionsOf } from './eventhood';
import { samePlace } from './mergeDrafts';
import { countryOfPlace, describePlace, findPlaces, type PlaceMention } from './places';
import { tokenize, type Token } from './tokenize';
import { findTriggers, type Trigger } from './triggers';

/**
 * Reads an article's prose sentence by sentence, keeping what a reader keeps in mind: who has
 * been named, what the story's current event is, and when it happened. Each sentence may state
 * new events (drafts), add remarks to the current one ("During the meeting, X said …") or refer
 * back to one ("the trip was pencilled in for early next year").
 */

export interface ProseSentence {
	/** Body offsets of the sentence (dateline and outlet tags excluded). */
	start: number;
	end: number;
	text: string;
}

interface Resolved {
	mention: Mention;
	actors: ArticleActor[];
	/** Character range in the sentence. */
	start: number;
	end: number;
	/** The word before the mention, lower case. */
	before: string;
}

interface Sentence {
	index: number;
	text: string;
	start: number;
	tokens: Token[];
	resolved: Resolved[];
	clauses: ClauseSpan[];
	readonly places: PlaceMention[];
	/** Event words of the sentence, set before drafts are made. */
	triggers: Trigger[];
}

/**
 * A class rather than an object literal with a getter, which V8 keeps in slow dictionary mode:
 * every sentence property is read many times per sentence.
 */
class AnalysedSentence implements Sentence {
	readonly text: string;
	readonly start: number;
	triggers: Trigger[] = [];
	private found: PlaceMention[] | undefined;

	constructor(
		readonly index: number,
		sentence: ProseSentence,
		public tokens: Token[],
		public resolved: Resolved[],
		public clauses: ClauseSpan[],
		/** Character ranges of people, which are never places. */
		private readonly people: [number, number][]
	) {
		this.text = sentence.text;
		this.start = sentence.start;
	}

	/** Only sentences that state an event need their places. */
	get places(): PlaceMention[] {
		return (this.found ??= findPlaces(this.text, this.people));
	}
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(
	`by with to from of for at in on alongside between among including against toward towards into than
	as about over under after before during since like via through across beside besides behind`.split(
		/\s+/
	)
);
/** Words that tie an undated sentence to the event being told. */
const TIE_WORDS =
	/\b(?:then|afterwards?|later|earlier|the same day|that day|that evening|that (?:first|same|last) day|on arrival|upon arrival|on the sidelines|also|the (?:two )?delegations|during the (?:visit|meeting|talks|trip|summit|conference|session|call)|(?:after|before|following) the (?:\w+ )?(?:meeting|talks|signing|session|summit|vote|call|conference)|in this (?:meeting|visit)|at the (?:meeting|talks)|on the same day)\b/i;
/** A capitalised object right after a movement verb: "reached Bali on Monday". */
const OBJECT_PLACE = /^\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?=[\s,.;]|$)/u;
/** "in a ceremony hosted by": a setting named right before a host verb. */
const SETTING_BEFORE =
	/\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:ceremony|reception|banquet|dinner|gala|event)\s+$/iu;
/** Words that only join two event nouns: " and a joint ", ", ". */
const COORDINATED = /^\s*(?:,|and|or|,\s*and)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?$|^\s*,\s*$/u;
/** A conjunction ending a text, its word boundary within the last five characters. */
const CONJUNCTION_END = /\b(?:and|but|then)$/;

/**
 * Text before a word that opens a clause: nothing, a comma, or a conjunction (what
 * /(?:^|[,;]\s*|\b(?:and|but|then)\s+)$/ tells, without trying it at every character).
 */
function opensClause(before: string): boolean {
	if (before === '') return true;
	const text = before.trimEnd();
	const last = text.at(-1);
	if (last === ',' || last === ';') return true;
	return text.length < before.length && CONJUNCTION_END.test(text.slice(-5));
}
/** A passive auxiliary right before the verb: "was killed", "were quickly launched". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:[\p{L}-]+ly\s+)?$/iu;
/** Text before an event noun that makes it its clause's subject: "The", "The first". */
const SUBJECT_NOUN = /^\s*(?:the|this)\s+(?:[\p{L}-]+\s+)?$/iu;
const PLAN_WORDS = /\b(?:will|would|expected|scheduled|due|planned|plans?)\b/i;
/** A stated length of a stay: "a three-day state visit", "a two-day trip". */
const STAY = /\b[\p{L}\d]+-day\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|tour|stay)\b/iu;
/** Day words that point back to the event just told: "the same day", "the day before". */
const POINTS_BACK =
	/\b(?:the\s+same\s+day|that\s+(?:same\s+)?(?:day|evening|morning|night)|the\s+(?:day|night|evening)\s+before|the\s+(?:previous|following|next)\s+day|a\s+day\s+(?:later|earlier)|hours\s+(?:later|earlier))\b/i;
/** An event noun the sentence refers back to ("condemned the attack", "after the session"). */
const REFERENCE_NOUN: [RegExp, Draft['type']][] = [
	[/\bthe (?:\w+ )?(?:attack|strike|strikes|assassination|bombing)\b/i, 'attack'],
	[/\bthe (?:\w+ )?(?:meeting|talks|session|summit|conference)\b/i, 'meeting'],
	[/\bthe (?:\w+ )?(?:visit|trip)\b/i, 'visit'],
	[/\bthe (?:\w+ )?(?:call|conversation)\b/i, 'phone_call'],
	[/\bthe (?:\w+ )?(?:signing|agreement|deal|accord)\b/i, 'agreement'],
	[/\bthe (?:\w+ )?vote\b/i, 'legislation']
];
const REMARK_TIE =
	/^(?:during|in|at) (?:the|this|that) (?:meeting|visit|talks|call|conversation|session)\b|\bfor (?:his|her|their) part\b|^(?:he|she) (?:added|went on)\b|\b(?:the two|both) sides\b|\belsewhere in (?:his|her) remarks\b|\b(?:he|she) (?:also )?(?:said|added|stressed|noted)\b/i;
const SPEECH_VERB =
	/\b(?:said|says|told|stressed|emphasi[sz]ed|noted|added|called|described|expressed|welcomed|denounced|pointed|asserted|reiterated|urged|thanked|praised|warned|referred|underlined|appreciated|replied|insisted|opened|congratulated|rejected|recalled|highlighted)\b/i;
const FUTURE_PLAN =
	/\b(?:postpone[ds]?|cancell?ed|called off|put off|had been (?:scheduled|expected|planned))\b/i;
const AIRPORT_WELCOME = /\b(?:airport|tarmac|on arrival|upon arrival)\b/i;
const SEPARATE = /\bseparate(?:ly)?\b|\bincluding\b/i;
const SEPARATELY = /\bseparately\b|\beach\s+held\b|\bseparate\s+(?:news|press)\s+conferences\b/i;
const ARRIVAL = /^(?:arriv|land|fl[eyo])/i;
const WHERE_MEETING =
	/^[^,]{0,20},\s*where\b[^.;]*\b(?:met|meet|received|receive|hold talks|held talks|talks with)\b/i;
const MEETING_IN_CLAUSE = /\band\s+(?:later\s+)?(?:met|held talks|received)\b/i;
/** A clause opening with a thing, not a person ("The bill heads to …", not "The envoy flew to …"). */
function thingSubject(lead: string): boolean {
	const match = THING_SUBJECT.exec(lead);
	if (!match) return false;
	const words =
		lead
			.slice(match.index + match[0].length - 1)
			.toLowerCase()
			.match(/[\p{L}-]+/gu) ?? [];
	return !words.some((word) => ROLE_HEADS.has(word));
}
/** "its ambassador to Ethiopia": a title, not where the event happened. */
const ENVOY_TO = /\b(?:ambassador|envoy|representative|delegate|mission)\s+to\s+(?:the\s+)?$/i;
/** An appositive noun phrase just before a relative clause: ", a fierce critic of …". */
const APPOSITIVE_END = /,\s+(?:a|an|the|his|her|their)\s[^,]*$/i;
/** An appositive right after a name, closed by a comma: ", a fierce critic of the X government,". */
const APPOSITIVE_AFTER = /^,\s+(?:a|an)\s[^,.;]*(?=,)/i;
/** A clause opening with a thing, not an actor ("The bill heads to …"): nobody travels. */
const THING_SUBJECT = /^\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts)\s+\p{Ll}/u;
const LEGISLATURE =
	/\b(?:parliament|knesset|lawmakers|legislature|legislators|assembly|senate|congress|majlis|deputies|mps|house of representatives|duma)\b/i;
const EXECUTIVE = /\b(?:cabinet|government|council of ministers)\b/i;

function unresolvedPlan(): EventDate {
	return {
		start: null,
		end: null,
		precision: 'unknown',
		derivation: 'unresolved',
		text: '',
		explanation: 'A planned event; the text gives no date for it.',
		approximate: false
	};
}

export class ArticleReader {
	readonly drafts: Draft[] = [];
	private readonly actors: ArticleActors;
	private lastSubject: ArticleActor | null = null;
	private lastGroup: ArticleActor[] = [];
	private lastGroupSentence = -1;
	private readonly countryCounts = new Map<string, number>();
	private sentenceIndex = 0;

	constructor(
		private readonly lexicon: ActorLexicon,
		private readonly publication: Publication | null,
		private readonly dateline: string | null
	) {
		this.actors = new ArticleActors(lexicon);
		const country = dateline ? countryOfCapital(dateline) : undefined;
		if (country) this.countryCounts.set(country.name, 1);
	}

	// ---- context -------------------------------------------------------------------------

	private currentDraft(): Draft | undefined {
		return this.drafts.at(-1);
	}

	/**
	 * The people of the current event, for "the two sides", "the leaders": the latest event with
	 * several participants, narrowed to the pair of an earlier event among them ("X welcomed both
	 * leaders" after "A and B met": the leaders are A and B).
	 */
	private currentGroup(): ArticleActor[] {
		for (let i = this.drafts.length - 1; i >= 0; i--) {
			const draft = this.drafts[i];
			if (draft.participants.length < 2 || draft.type === 'statement') continue;
			const people = personsOf(draft);
			if (people.length < 2) return draft.participants;
			if (people.length > 2) {
				const pair = this.drafts
					.slice(0, i)
					.reverse()
					.map(personsOf)
					.find((p) => p.length === 2 && p.every((a) => people.includes(a)));
				if (pair) return pair;
			}
			return people;
		}
		return this.lastGroup;
	}

	private guest(): ArticleActor | null {
		for (let i = this.drafts.length - 1; i >= 0; i--) {
			if (this.drafts[i].type === 'visit' && this.drafts[i].visitors.length) {
				return this.drafts[i].visitors[0];
			}
		}
		return null;
	}

	private mainCountry(): string | null {
		let best: string | null = null;
		let count = 0;
		for (const [country, n] of this.countryCounts) {
			if (n > count) [best, count] = [country, n];
		}
		return best;
	}

	// ---- sentence analysis ----------------------------------------------------------------

	private currentText = '';
	/** Drafts the sentence being read has stated so far. */
	private createdInSentence: Draft[] = [];

	private analyse(sentence: ProseSentence): Sentence {
		this.currentText = sentence.text;
		const tokens = tokenize(sentence.text);
		const clauses = clauseSpans(sentence.text);
		const mentions = findMentions(sentence.text, tokens, this.lexicon);
		const resolved: Resolved[] = [];
		const span = (m: Mention) => ({
			start: tokens[m.first].start,
			end: tokens[m.last].end,
			// "of the Council": the preposition before a determiner governs the mention.
			before:
				(DETERMINERS.has(tokens[m.first - 1]?.lower ?? '')
					? tokens[m.first - 2]?.lower
					: tokens[m.first - 1]?.lower) ?? ''
		});
		const base: ReferenceContext = {
			subject: this.lastSubject,
			group: this.currentGroup(),
			guest: this.guest(),
			country: this.mainCountry()
		};
		// Names first, so that pronouns can point forward to the subject of the main clause.
		for (const mention of mentions) {
			if (mention.kind === 'reference') continue;
			const actors = this.actors.resolve(mention, base);
			if (actors.length) resolved.push({ mention, actors, ...span(mention) });
		}
		resolved.sort((a, b) => a.start - b.start);
		this.shareCounterpartClasses(resolved);
		for (const mention of mentions) {
			if (mention.kind !== 'reference') continue;
			const at = tokens[mention.first].start;
			const context = {
				...base,
				subject: this.pronounAntecedent(at, resolved, clauses),
				plural: this.pluralAntecedent(at, resolved),
				topic: opensClause(sentence.text.slice(0, at)) ? this.lastSubject : null
			};
			const actors = this.actors.resolve(mention, context);
			if (actors.length) resolved.push({ mention, actors, ...span(mention) });
		}
		resolved.sort((a, b) => a.start - b.start);
		for (const r of resolved) {
			for (const actor of r.actors) {
				const country = actor.kind === 'country' ? actor.name : actor.country;
				if (country) this.countryCounts.set(country, (this.countryCounts.get(country) ?? 0) + 1);
			}
		}
		const people: [number, number][] = resolved
			.filter((r) => r.mention.kind === 'name' || r.mention.kind === 'reference')
			.map((r) => [r.start, r.end]);
		return new AnalysedSentence(this.sentenceIndex++, sentence, tokens, resolved, clauses, people);
	}

	/** "he": the subject named earlier in this sentence, the main subject after an opening phrase, or the last subject. */
	private pronounAntecedent(
		at: number,
		resolved: Resolved[],
		clauses: ClauseSpan[]
	): ArticleActor | null {
		const isSubject = (r: Resolved) =>
			!PREPOSITIONS.has(r.before) && r.actors.length === 1 && r.actors[0].kind === 'person';
		const earlier = resolved.filter((r) => r.start < at && isSubject(r));
		// "X received him": an object pronoun is not the clause's own subject.
		const objectPronoun = /^(?:him|them)\b/i.test(this.currentText.slice(at));
		if (earlier.length && !objectPronoun) return earlier[0].actors[0];
		const clause = clauseAt(clauses, at);
		if (clause.kind === 'opening') {
			const main = resolved.find((r) => r.start >= clause.end && isSubject(r));
			if (main) return main.actors[0];
		}
		return this.lastSubject;
	}

	/** "they": a plural subject earlier in the sentence, else the previous sentence's group. */
	private pluralAntecedent(at: number, resolved: Resolved[]): ArticleActor[] | undefined {
		const before = resolved.filter((r) => r.start < at);
		for (let i = before.length - 1; i > 0; i--) {
			const gap = this.currentText.slice(before[i - 1].end, before[i].start);
			if (/^\s*(?:and|,)\s*$/.test(gap) && !PREPOSITIONS.has(before[i - 1].before)) {
				return [...before[i - 1].actors, ...before[i].actors];
			}
		}
		const earlier = resolved.find(
			(r) =>
				r.start < at &&
				!PREPOSITIONS.has(r.before) &&
				(r.actors.length > 1 || r.actors[0].kind === 'organisation')
		);
		if (earlier) return earlier.actors;
		if (this.lastGroupSentence === this.sentenceIndex - 1 && this.lastGroup.length) {
			return this.lastGroup;
		}
		return undefined;
	}

	/** "his Iranian counterpart X" holds the office of the other titled person in the sentence. */
	private shareCounterpartClasses(resolved: Resolved[]): void {
		const titled = resolved.filter(
			(r) => r.mention.kind === 'name' && r.mention.role && !/counterpart/i.test(r.mention.role)
		);
		for (const r of resolved) {
			if (r.mention.kind !== 'name' || !r.mention.role || !/counterpart/i.test(r.mention.role))
				continue;
			const other = titled.find((t) => t.actors[0] !== r.actors[0]);
			const source = other?.actors[0] ?? this.lastSubject;
			if (source && source !== r.actors[0]) this.actors.shareClasses(source, r.actors[0]);
		}
	}

	/** The subject of a clause: its first actor not governed by a preposition. */
	private subjectOf(s: Sentence, clause: ClauseSpan, before = clause.end): Resolved[] {
		const inside = s.resolved.filter(
			(r) => r.start >= clause.start && r.start < before && !PREPOSITIONS.has(r.before)
		);
		if (!inside.length) return [];
		// "X and Y met": coordinated subjects share the clause opening.
		const first = inside[0];
		const group = [first];
		for (const r of inside.slice(1)) {
			const gap = s.text.slice(group[group.length - 1].end, r.start);
			if (/^\s*(?:,|and|,\s*and)\s*$/.test(gap)) group.push(r);
			else break;
		}
		return group;
	}

	private updateSubjects(s: Sentence): void {
		let subject: ArticleActor | null = null;
		let group: ArticleActor[] = [];
		for (const clause of s.clauses) {
			if (SUBORDINATE_KINDS.has(clause.kind)) continue;
			const subjects = this.subjectOf(s, clause);
			const people = [...new Set(subjects.flatMap((r) => r.actors))].filter(
				(a) => a.kind === 'person'
			);
			if (people.length === 1) subject = people[0];
			if (people.length >= 2) group = people;
			if (!people.length && subjects.length === 0 && !subject) continue;
		}
		if (subject) this.lastSubject = subject;
		if (group.length) {
			this.lastGroup = group;
			this.lastGroupSentence = s.index;
		}
	}

	// ---- events ---------------------------------------------------------------------------

	/** Actors of the trigger's clause, plus the subject it inherits when the clause has none. */
	/**
	 * Character ranges of appositives after a name ("Mateo Salas, a fierce critic of the Ruiz
	 * government,"): who they mention describes the name, and takes no part in its events.
	 */
	private appositives(s: Sentence): [number, number][] {
		const spans: [number, number][] = [];
		for (const r of s.resolved) {
			if (r.mention.kind !== 'name') continue;
			const phrase = APPOSITIVE_AFTER.exec(s.text.slice(r.end));
			if (phrase) spans.push([r.end, r.end + phrase[0].length]);
		}
		return spans;
	}

	/**
	 * The stretch of its clause an event word governs when the clause names several events ("to
	 * meet in Geneva on Jan. 10, followed by a session of X … and talks at Y"): up to the next
	 * event word, and for a noun after another event word, from the noun on (the clause's
	 * subject is everyone's).
	 */
	private ownStretch(s: Sentence, trigger: Trigger, clause: ClauseSpan): [number, number] {
		const others = s.triggers.filter(
			(t) =>
				t !== trigger &&
				t.start >= clause.start &&
				t.start < clause.end &&
				t.rule.type !== 'statement'
		);
		// "talks and a joint news conference with X": coordinated nouns share their complement.
		const next = others.find(
			(t) => t.start >= trigger.end && !COORDINATED.test(s.text.slice(trigger.end, t.start))
		);
		const previous = [...others].reverse().find((t) => t.end <= trigger.start);
		// "the G7 summit": a name right before the noun is the noun's own.
		const modifier = s.resolved.find(
			(r) => r.end <= trigger.start && /^[\s-]*$/.test(s.text.slice(r.end, trigger.start))
		);
		const nounStart = modifier?.start ?? trigger.start;
		const from = trigger.rule.form === 'noun' && previous ? nounStart : clause.start;
		return [from, next ? next.start : clause.end];
	}

	private participantsFor(s: Sentence, trigger: Trigger, clause: ClauseSpan): Resolved[] {
		const described = this.appositives(s);
		const [from, to] = this.ownStretch(s, trigger, clause);
		const subjects = this.subjectOf(s, clause, trigger.start);
		const inClause = s.resolved.filter(
			(r) =>
				r.start >= clause.start &&
				r.end <= clause.end &&
				(subjects.includes(r) || (r.start >= from && r.end <= to)) &&
				!described.some(([a, b]) => r.start >= a && r.end <= b)
		);
		const hasSubject = subjects.length > 0;
		const extra: Resolved[] = [];
		if (clause.kind === 'opening') {
			const main = s.clauses.find((c) => c.start >= clause.end && !SUBORDINATE_KINDS.has(c.kind));
			if (main) extra.push(...this.subjectOf(s, main));
		} else if (!hasSubject) {
			if (clause.kind === 'relative') {
				// "X, a fierce critic of the Y government, who …": the relative clause is about X.
				const appositive = APPOSITIVE_END.exec(s.text.slice(0, clause.start));
				const limit = appositive ? appositive.index : clause.start;
				const antecedent = [...s.resolved].reverse().find((r) => r.end <= limit);
				if (antecedent) extra.push(antecedent);
			} else {
				for (const previous of [...s.clauses].reverse()) {
					if (previous.start >= clause.start || SUBORDINATE_KINDS.has(previous.kind)) continue;
					const subjects = this.subjectOf(s, previous);
					if (subjects.length) {
						extra.push(...subjects);
						break;
					}
				}
			}
		}
		return [...extra, ...inClause];
	}

	private unique(actors: ArticleActor[]): ArticleActor[] {
		return [...new Set(actors)];
	}

	/** A state's body acting with no person named ("Somalia's cabinet met") acts for the state. */
	private withStates(participants: ArticleActor[]): ArticleActor[] {
		if (participants.some((a) => a.kind === 'person')) return participants;
		const states = participants
			.filter((a) => a.kind === 'organisation' && a.country)
			.map((a) => this.actors.country(a.country as string))
			.filter((a): a is ArticleActor => a !== null);
		return this.unique([...participants, ...states]);
	}

	private placeFor(s: Sentence, trigger: Trigger, clause: ClauseSpan): PlaceMention | null {
		const candidates = s.places.filter(
			(p) =>
				p.start >= clause.start &&
				p.end <= clause.end &&
				p.preposition !== 'from' &&
				!ENVOY_TO.test(s.text.slice(0, p.start))
		);
		const after = candidates.find((p) => p.start >= trigger.end);
		if (after) return after;
		const before = [...candidates].reverse().find((p) => p.end <= trigger.start);
		if (before) return before;
		if (clause.kind === 'where') {
			const antecedent = [...s.places].reverse().find((p) => p.end <= clause.start);
			if (antecedent) return antecedent;
		}
		const index = s.clauses.indexOf(clause);
		const previous = s.clauses[index - 1];
		// "shook hands at the resort before sitting down for talks": the same subject, the same place.
		if (
			previous &&
			clause.kind === 'coordinate' &&
			!this.subjectOf(s, clause, trigger.start).length &&
			!SUBORDINATE_KINDS.has(previous.kind)
		) {
			return this.placeFor(s, trigger, previous);
		}
		// "In Washington, X told …": an opening phrase places the main clause.
		if (previous?.kind === 'opening' && index === 1) return this.placeFor(s, trigger, previous);
		return null;
	}

	/**
	 * The event an undated or relatively dated event is tied to, in order: an earlier event of
	 * the same sentence ("… on Jan. 12 and talks … the next day"), an event the sentence names
	 * ("condemned the attack the same day"), the previous sentence's event when the sentence
	 * points back to it ("the same day", "the day before"), the latest story event sharing a
	 * person (events before the story's lead are background), the previous sentence's event when
	 * no person is shared, and the lead event.
	 */
	private anchorFor(
		participants: ArticleActor[],
		s: Sentence,
		created: Draft[]
	): Draft | undefined {
		const strong = (d: Draft) => d.date.start !== null && !isWeakDate(d.date);
		const sameSentence = [...created].reverse().find(strong);
		if (sameSentence) return sameSentence;
		// Plans are what a sentence about plans may lean on; a past event leans on past events.
		const plans = PLAN_WORDS.test(s.text);
		for (const [pattern, type] of REFERENCE_NOUN) {
			if (!pattern.test(s.text)) continue;
			// "the summit came two days after …" does not look back on a plan; "had been expected
			// to meet X during the visit" does.
			const named = [...this.drafts]
				.reverse()
				.find((d) => d.type === type && strong(d) && (plans || !d.planned));
			if (named) return named;
		}
		const previous = this.drafts.at(-1);
		// "will host the next summit in 2025" is no day for "opened on the same day" to count
		// from; "will travel on the same day" counts from a plan.
		const justTold =
			previous &&
			previous.sentence === s.index - 1 &&
			strong(previous) &&
			(plans || !previous.planned);
		if (justTold && POINTS_BACK.test(s.text)) return previous;
		const dated = this.drafts.filter(strong);
		const lead = dated[0] ?? this.drafts.find((d) => d.date.start);
		const people = new Set(participants.filter((a) => a.kind === 'person'));
		// Plans are not what an undated past event leans on; background before the lead neither.
		const story = this.drafts.filter(
			(d) =>
				d.date.start !== null &&
				!d.planned &&
				(!lead?.date.start || (d.date.end ?? '') >= lead.date.start)
		);
		const sharing = story.filter((d) => d.participants.some((a) => people.has(a)));
		const sharedStrong = sharing.filter(strong).at(-1);
		if (sharedStrong || sharing.length) return sharedStrong ?? sharing.at(-1);
		if (!people.size && justTold) return previous;
		return lead;
	}

	/**
	 * The anchor's date as later sentences lean on it: a visit that "began" on a day ties what
	 * follows ("then", "later that evening") to that first day, not to the whole stay.
	 */
	private anchorDate(anchor: Draft | undefined): EventDate | null {
		if (!anchor) return null;
		const { date } = anchor;
		if (
			anchor.type === 'visit' &&
			!anchor.planned &&
			date.start &&
			date.end &&
			date.start !== date.end &&
			!date.approximate
		) {
			return {
				...date,
				end: date.start,
				precision: 'day',
				explanation: `${date.explanation} The visit began on ${date.start}.`
			};
		}
		return date;
	}

	/**
	 * "arrived in X on Tuesday at the start of a three-day state visit": the arrival's day opens
	 * a stay whose length the clause gives, so the visit spans it (resolved as the visit noun).
	 */
	private stayOf(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		resolved: SentenceDate | null,
		anchor: EventDate | null
	): SentenceDate | null {
		if (trigger.rule.type !== 'visit' || !resolved) return resolved;
		const { start, end } = resolved.date;
		if (!start || start !== end) return resolved;
		const stay = STAY.exec(s.text.slice(clause.start, clause.end));
		if (!stay) return resolved;
		const spanned = resolveSentenceDate(s.text, {
			publication: this.publication,
			anchor,
			near: clause.start + stay.index
		});
		return spanned?.date.start === start && spanned.date.end !== end ? spanned : resolved;
	}

	private dateFor(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		participants: ArticleActor[],
		created: Draft[] = []
	): { date: EventDate; planned: boolean; anchor: Draft | undefined } {
		const anchorDraft = this.anchorFor(participants, s, created);
		const anchor = this.anchorDate(anchorDraft);
		// A sentence with no temporal expression at all leaves nothing to resolve.
		const resolved = expressionsOf(s.text).length
			? this.stayOf(
					s,
					trigger,
					clause,
					resolveSentenceDate(s.text, {
						publication: this.publication,
						anchor,
						near: trigger.start
					}),
					anchor
				)
			: null;
		// A date inside background ("since … in January") is not this event's.
		const background = s.clauses.filter(
			(c) => c.kind === 'background' && !(trigger.start >= c.start && trigger.start < c.end)
		);
		const found =
			resolved &&
			background.some(
				(c) => resolved.expression.start >= c.start && resolved.expression.start < c.end
			)
				? null
				: resolved;
		const clauseText = s.text.slice(clause.start, clause.end);
		const future = detectTense(s.text, trigger.start) === 'future' || FUTURE_PLAN.test(clauseText);
		const tied = TIE_WORDS.test(s.text);
		if (found) {
			// A date the sentence gives keeps the anchor's place when the words tie them.
			return {
				date: found.date,
				planned: found.planned || future,
				anchor: found.anchored || tied ? anchorDraft : undefined
			};
		}
		const tie = TIE_WORDS.exec(s.text);
		if (tie && anchor) {
			return { date: sameAsAnchor(anchor, tie[0]), planned: future, anchor: anchorDraft };
		}
		if (future) return { date: unresolvedPlan(), planned: true, anchor: undefined };
		const visit = this.visitUnderway(participants);
		if (visit) {
			return { date: sameAsAnchor(visit.date, 'during the visit'), planned: false, anchor: visit };
		}
		return { date: reportedBy(this.publication), planned: false, anchor: undefined };
	}

	/**
	 * A one-day visit the event's people are on: what they do there without a date of its own
	 * happens during that visit ("Bin Farhan arrived yesterday … was greeted by his counterpart").
	 */
	private visitUnderway(participants: ArticleActor[]): Draft | undefined {
		const visit = [...this.drafts].reverse().find((d) => d.type === 'visit' && !d.planned);
		if (!visit || isWeakDate(visit.date) || visit.date.start !== visit.date.end) return undefined;
		return participants.some((a) => visit.visitors.includes(a)) ? visit : undefined;
	}

	/** The draft a reference ("the trip", "the talks") points to: the latest of its type. */
	/** "the G20 summit" after talks of other people: a body named right before the noun. */
	private namesOtherBody(s: Sentence, trigger: Trigger, target: Draft): boolean {
		return s.resolved.some(
			(r) =>
				r.end <= trigger.start &&
				/^[\s-]*$/.test(s.text.slice(r.end, trigger.start)) &&
				r.actors.some((a) => a.kind === 'organisation' && !target.participants.includes(a))
		);
	}

	/**
	 * The draft a reference ("the trip", "his own news conference") points to: the latest of its
	 * type, preferring one of the sentence's subject.
	 */
	private referenced(type: Draft['type'], s: Sentence): Draft | undefined {
		const ofType = this.drafts.filter((d) => d.type === type);
		const subject = s.clauses.length
			? this.subjectOf(s, s.clauses[0]).flatMap((r) => r.actors)
			: [];
		const own = ofType.filter((d) => d.participants.some((a) => subject.includes(a))).at(-1);
		return own ?? ofType.at(-1);
	}

	private attach(draft: Draft, s: Sentence): void {
		const end = s.start + s.text.length;
		if (!draft.excerpts.some(([a]) => a === s.start)) draft.excerpts.push([s.start, end]);
	}

	private makeDraft(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		participants: ArticleActor[],
		extra: Partial<Draft> = {}
	): Draft {
		const { date, planned, anchor } = this.dateFor(s, trigger, clause, participants);
		const place =
			extra.place !== undefined ? extra.place : (this.placeFor(s, trigger, clause)?.name ?? null);
		return {
			type: trigger.rule.type,
			cameo: trigger.rule.cameo,
			planned,
			date,
			participants,
			visitors: [],
			targets: [],
			agents: [],
			place: place ? describePlace(place, this.dateline) : (anchor?.place ?? null),
			placeSource: place ? 'text' : anchor?.place ? 'tied' : null,
			excerpts: [[s.start, s.start + s.text.length]],
			sentence: s.index,
			at: s.start + trigger.start,
			triggerText: trigger.text,
			salience: trigger.rule.form === 'noun' ? 1 : 2,
			...extra
		};
	}

	/** "reached Bali", "visited Kenya": a place named as the verb's object, not a person. */
	private objectPlace(s: Sentence, trigger: Trigger): string | null {
		if (!/^(?:reached|visited|visits|visit|toured)$/i.test(trigger.text.trim())) return null;
		const object = OBJECT_PLACE.exec(s.text.slice(trigger.end));
		if (!object) return null;
		const at = trigger.end + object.index + object[0].length - object[1].length;
		const actor = s.resolved.find((r) => r.start <= at && r.end > at);
		if (actor && actor.mention.kind !== 'country') return null;
		return countryByName(object[1])?.name ?? object[1];
	}

	private visitDraft(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		actors: Resolved[]
	): Draft | null {
		const destination = s.places.find(
			(p) =>
				p.start >= trigger.end &&
				p.start <= clause.end &&
				p.preposition !== 'from' &&
				s.text.slice(trigger.end, p.start).split(/\s+/).length <= 8
		);
		const clauseText = s.text.slice(clause.start, clause.end);
		if (ARRIVAL.test(trigger.text) && !destination && MEETING_IN_CLAUSE.test(clauseText))
			return null;
		// "travel to Najaf, where he will be received by X": the meeting is the news.
		if (destination && WHERE_MEETING.test(s.text.slice(destination.end))) return null;
		const subjectActors = actors.filter((r) => r.start >= clause.start && r.start < trigger.start);
		const moves = !/^(?:visits?|trip|tour|journey)$/i.test(trigger.text);
		if (moves && !subjectActors.length && thingSubject(s.text.slice(clause.start, trigger.start)))
			return null;
		const visitors = this.unique(
			actors
				.filter((r) => r.start < trigger.start && r.mention.kind !== 'country')
				.flatMap((r) => r.actors)
				.filter((a) => a.kind !== 'country')
		);
		const guest = this.actors.all().find((a) => a.visiting) ?? null;
		const fallbackVisitors = visitors.length
			? visitors
			: guest
				? [guest]
				: this.unique(actors.flatMap((r) => r.actors).filter((a) => a.kind === 'person'));
		// An unnamed traveller ("the envoy is due in X on Monday") still makes a dated visit.
		if (!fallbackVisitors.length && !(destination && this.datedClause(s, trigger, clause)))
			return null;
		const whereVisitorWas = [...this.drafts]
			.reverse()
			.find(
				(d) => d.placeSource === 'text' && d.participants.some((a) => fallbackVisitors.includes(a))
			);
		const place =
			destination?.name ?? this.objectPlace(s, trigger) ?? whereVisitorWas?.place ?? this.dateline;
		const countries = new Set<string>();
		for (const visitor of fallbackVisitors) if (visitor.country) countries.add(visitor.country);
		const destinationCountry = place ? countryOfPlace(place) : null;
		if (destinationCountry) countries.add(destinationCountry);
		const countryActors = [...countries]
			.map((c) => this.actors.country(c))
			.filter((a): a is ArticleActor => a !== null);
		const draft = this.makeDraft(
			s,
			trigger,
			clause,
			this.unique([...fallbackVisitors, ...countryActors]),
			{
				place: place ? describePlace(place, this.dateline) : null,
				visitors: fallbackVisitors
			}
		);
		if (!destination && place) draft.placeSource = 'dateline';
		return draft;
	}

	private hostDraft(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		actors: Resolved[]
	): Draft | null {
		const people = (r: Resolved) => r.actors.filter((a) => a.kind === 'person');
		const beforeActors = actors.filter((r) => r.start < trigger.start).flatMap(people);
		const afterActors = actors.filter((r) => r.start >= trigger.end).flatMap(people);
		if (!beforeActors.length || !afterActors.length) return null;
		// "signed the accords … in a ceremony hosted by X": the ceremony is the signing's setting.
		if (SETTING_BEFORE.test(s.text.slice(clause.start, trigger.start))) return null;
		if (
			/^\s*(?:by\s+)?(?:a|an|the)\s+(?:ceremony|event|reception)/i.test(s.text.slice(trigger.end))
		) {
			// "a ceremony hosted by X": the ceremony is the event the sentence reports.
			if (!/\bfor\b/i.test(s.text.slice(trigger.end, clause.end))) return null;
		}
		const participants = this.unique([...beforeActors, ...afterActors]);
		const airport = AIRPORT_WELCOME.test(s.text.slice(clause.start, clause.end));
		if (/^(?:welcomed|greeted)$/i.test(trigger.text) && airport) {
			return this.makeDraft(s, trigger, clause, participants, {
				type: 'visit',
				cameo: '042',
				visitors: /\bby\b/i.test(s.text.slice(trigger.end, trigger.end + 5))
					? beforeActors
					: afterActors
			});
		}
		return this.makeDraft(s, trigger, clause, participants);
	}

	/** New drafts stated by a sentence; references and remarks update existing ones. */
	read(sentence: ProseSentence): void {
		const s = this.analyse(sentence);
		const created: Draft[] = [];
		this.createdInSentence = created;
		let referred: Draft | undefined;
		const found = findTriggers(s.text);
		s.triggers = found.filter((t) => t.rule.form !== 'speech');
		// Speech acts last: "told reporters" is its own event only when nothing else happened.
		const triggers = [
			...found.filter((t) => t.rule.form !== 'speech'),
			...found.filter((t) => t.rule.form === 'speech')
		];
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
				const found = this.referenced(trigger.rule.type, s);
				// "the Group of Seven summit" is not the talks told before, and "the summit" in a
				// dated clause with no meeting before it to point to is a first mention ("the first
				// visit by …" beside a meeting re-describes it instead).
				const target = found && !this.namesOtherBody(s, trigger, found) ? found : undefined;
				const firstMention =
					!target &&
					((trigger.rule.type === 'meeting' &&
						clauseHasDate(s.text, trigger, [clause.start, clause.end])) ||
						// "The summit … ended in X": an event noun as subject, with nothing told
						// before it could refer to, is the story's first mention of that event.
						(!found && SUBJECT_NOUN.test(s.text.slice(clause.start, trigger.start))));
				if (target && !created.includes(target)) {
					referred = target;
					if (kind === 'dated-reference' && isWeakDate(target.date)) {
						const { date, planned } = this.dateFor(s, trigger, clause, target.participants);
						if (!isWeakDate(date))
							[target.date, target.planned] = [date, target.planned || planned];
						this.attach(target, s);
						continue;
					}
					if (kind === 'reference') continue;
				} else if (kind === 'reference' && !firstMention && !found) continue;
				else if (kind === 'reference' && found && target) continue;
			}
			const actors = this.participantsFor(s, trigger, clause);
			const draft = this.draftFor(s, trigger, clause, actors, created);
			if (!draft) continue;
			if (kind === 'dated-reference' && referred && !personsOf(draft).length) {
				// "The talks are due to conclude on Friday": the same people, another day.
				draft.participants = this.unique([...referred.participants, ...draft.participants]);
			}
			created.push(...this.split(draft, s, trigger, clause, actors));
		}
		const merged = this.mergeWithinSentence(created);
		this.drafts.push(...merged);
		if (!merged.length) this.attachRemark(s, referred);
		this.updateSubjects(s);
	}

	private draftFor(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		actors: Resolved[],
		created: readonly Draft[]
	): Draft | null {
		const all = this.unique(actors.flatMap((r) => r.actors));
		const otherEvents = created.length > 0;
		switch (trigger.rule.form) {
			case 'host':
				return this.hostDraft(s, trigger, clause, actors);
			case 'speech': {
				if (otherEvents && /\btold\b/i.test(trigger.text)) return null;
				const speakers = this.subjectOf(s, clause, trigger.start).flatMap((r) => r.actors);
				const speaker = speakers.length ? speakers : all.slice(0, 1);
				if (!speaker.length) return null;
				// "X recalled its ambassador … and declared the deal void": the words go with the act.
				if (
					trigger.rule.type === 'statement' &&
					created.some(
						(d) => d.type !== 'statement' && speaker.some((a) => d.participants.includes(a))
					)
				)
					return null;
				const current = this.currentDraft();
				// A participant's words about the event being told are remarks, unless dated on their own.
				const inCurrent =
					trigger.rule.type === 'statement' &&
					current &&
					current.type !== 'statement' &&
					speaker.every((a) => current.participants.includes(a)) &&
					!TIE_WORDS.test(s.text.slice(clause.start, trigger.start)) &&
					(otherEvents ||
						!expressionsOf(s.text).length ||
						!resolveSentenceDate(s.text, {
							publication: this.publication,
							anchor: null,
							near: trigger.start
						}));
				if (inCurrent) return null;
				return this.makeDraft(s, trigger, clause, this.withStates(this.unique(speaker)));
			}
			default:
				break;
		}
		if (trigger.rule.type === 'visit') return this.visitDraft(s, trigger, clause, actors);
		if (trigger.rule.type === 'attack') {
			// "X denounced the assassination of Y": X speaks of the attack, Y was its target.
			// Attack sentences name victims across clauses ("… of X, …, and their companions in a strike").
			const main = s.clauses.find((c) => !SUBORDINATE_KINDS.has(c.kind)) ?? clause;
			const speech = SPEECH_VERB.test(s.text.slice(main.start, trigger.start));
			const speakers = speech
				? this.subjectOf(s, main)
						.flatMap((r) => r.actors)
						.filter((a) => a.kind === 'person')
				: [];
			const sentencePeople = this.unique(s.resolved.flatMap((r) => r.actors)).filter(
				(a) => a.kind === 'person'
			);
			const involved = this.unique([...all, ...sentencePeople]).filter(
				(a) => !speakers.includes(a)
			);
			const { agents, patients } = this.attackRoles(s, trigger, clause, speakers);
			const targets = this.unique([
				...patients,
				...involved.filter((a) => a.kind === 'person' && !agents.includes(a))
			]);
			const draft = this.makeDraft(s, trigger, clause, involved, { targets, agents });
			if (!involved.length && isWeakDate(draft.date)) return null;
			return draft;
		}
		// A trigger and a date make an event even when no actor is recognised: its participants
		// are then left empty rather than the event lost.
		if (!all.length && trigger.rule.type !== 'meeting' && !this.datedClause(s, trigger, clause))
			return null;
		if (trigger.rule.type === 'legislation') return this.legislationDraft(s, trigger, clause, all);
		const draft = this.makeDraft(s, trigger, clause, this.withStates(all));
		if (trigger.rule.type === 'other' && FUTURE_PLAN.test(trigger.text)) draft.planned = false;
		return draft;
	}

	/**
	 * Who struck and who was struck, by voice: the active subject is the agent ("X's forces
	 * killed Y"); in the passive the subject is the patient and "by X" the agent ("Y was killed
	 * by Z").
	 */
	private attackRoles(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		speakers: ArticleActor[]
	): { agents: ArticleActor[]; patients: ArticleActor[] } {
		const subject = this.subjectOf(s, clause, trigger.start)
			.flatMap((r) => r.actors)
			.filter((a) => !speakers.includes(a));
		if (!PASSIVE_BEFORE.test(s.text.slice(clause.start, trigger.start)))
			return { agents: trigger.rule.form === 'noun' ? [] : subject, patients: [] };
		const agents = s.resolved
			.filter((r) => r.start >= trigger.end && r.start < clause.end && r.before === 'by')
			.flatMap((r) => r.actors);
		return { agents, patients: subject.filter((a) => a.kind === 'person') };
	}

	private datedClause(s: Sentence, trigger: Trigger, clause: ClauseSpan): boolean {
		return clauseHasDate(s.text, trigger, [clause.start, clause.end]);
	}

	/** A vote of a legislature is legislation; a cabinet's approval is another kind of act. */
	private legislationDraft(
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		participants: ArticleActor[]
	): Draft | null {
		const text = s.text.slice(clause.start, clause.end);
		const executive = participants.some((a) => EXECUTIVE.test(a.name));
		const legislatures = participants.filter((a) => LEGISLATURE.test(a.name));
		// "Turkey ratified the bid": a state ratifies through its legislature.
		const ratifying = /^ratif/i.test(trigger.text)
			? this.subjectOf(s, clause, trigger.start)
					.flatMap((r) => r.actors)
					.filter((a) => a.kind === 'country')
			: [];
		if (!executive && (LEGISLATURE.test(text) || legislatures.length || ratifying.length)) {
			const states = [...legislatures, ...ratifying]
				.map((a) => (a.kind === 'country' ? a : a.country ? this.actors.country(a.country) : null))
				.filter((a): a is ArticleActor => a !== null);
			const draft = this.makeDraft(s, trigger, clause, this.unique([...participants, ...states]));
			// A legislature sits in its capital unless the sentence says otherwise.
			const seat = states.length ? countryByName(states[0].name)?.capital : undefined;
			if (!draft.place && seat)
				[draft.place, draft.placeSource] = [describePlace(seat, null), 'host'];
			return draft;
		}
		if (executive || EXECUTIVE.test(text)) {
			return this.makeDraft(s, trigger, clause, participants, { type: 'other', cameo: null });
		}
		return null;
	}

	/** "held separate talks with A and B", "met officials, including A and B": one event each. */
	private split(
		draft: Draft,
		s: Sentence,
		trigger: Trigger,
		clause: ClauseSpan,
		actors: Resolved[]
	): Draft[] {
		const extra: Draft[] = [];
		if (trigger.rule.type === 'other' && FUTURE_PLAN.test(trigger.text)) {
			const visitTrigger = findTriggers(s.text.slice(trigger.end)).find(
				(t) => t.rule.type === 'visit'
			);
			if (visitTrigger) {
				const shifted = {
					...visitTrigger,
					start: visitTrigger.start + trigger.end,
					end: visitTrigger.end + trigger.end
				};
				const visit = this.visitDraft(s, shifted, clause, actors);
				if (visit) {
					visit.planned = true;
					extra.push(visit);
				}
			}
		}
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

	private mergeWithinSentence(drafts: Draft[]): Draft[] {
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
			same.participants = this.unique([...same.participants, ...draft.participants]);
			same.place ??= draft.place;
			if (isWeakDate(same.date) && !isWeakDate(draft.date)) same.date = draft.date;
		}
		return kept;
	}

	private attachRemark(s: Sentence, referred: Draft | undefined): void {
		const latest = this.currentDraft();
		const subject = this.subjectOf(s, s.clauses[0]).flatMap((r) => r.actors);
		const speaker = subject.length ? subject : this.lastSubject ? [this.lastSubject] : [];
		// "briefed the media separately. X, who spoke first, …": the speaker's own event of the
		// latest sentence, else the event the sentence names, else the latest event.
		const own = this.drafts.find(
			(d) => d.sentence === latest?.sentence && d.participants.some((a) => speaker.includes(a))
		);
		const speaking =
			(own?.type === 'press_conference' || own?.type === 'statement') && SPEECH_VERB.test(s.text);
		if (referred && !speaking) {
			this.attach(referred, s);
			return;
		}
		const current = own ?? latest;
		if (!current) return;
		const byParticipant = speaker.some((a) => current.participants.includes(a));
		if (REMARK_TIE.test(s.text) || (byParticipant && SPEECH_VERB.test(s.text)))
			this.attach(current, s);
	}
}
