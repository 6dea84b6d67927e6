import {
	ArticleActors,
	sidesOf,
	type ArticleActor,
	type ReferenceContext
} from '../actors/articleActors';
import { countryOfCapital } from '../actors/countries';
import { BODY_HEADS, findMentions, type Mention } from '../actors/findMentions';
import type { ActorLexicon } from '../actors/lexicon';
import type { LiveBlogPost } from '../dates/liveBlogPosts';
import type { EventType, IsoDay, Publication } from '../types';
import { AnalysedSentence, type ProseSentence, type Resolved } from './analysedSentence';
import { SUBORDINATE_KINDS, clauseSpans } from './clauses';
import { opensClause, pluralAntecedent, pronounAntecedent } from './coreference';
import { personsOf, type Draft } from './draft';
import { Narrative } from './narrative';
import { DETERMINERS } from './lexicon/cueWords';
import { countryOfPlace, findPlaces } from './places';
import { tokenize, type Token } from './tokenize';

/**
 * What a reader keeps in mind while reading an article: the events told so far (drafts), the
 * actors named and who the last subject or group was, which country the story is about, and
 * the article's publication and dateline. Sentences are analysed in this context: a pronoun or
 * "the two leaders" resolves to who the story has named.
 */
/** A sentence opening on where it happens: "In Niamey, …". */
const SCENE_OPENING = /^(?:In|At|From)\s+\p{Lu}/u;

export class Discourse {
	/** The events the story has told so far, in the order told. */
	readonly drafts: Draft[] = [];
	readonly actors: ArticleActors;
	/** The last person a main clause had as its subject. */
	private subject: ArticleActor | null = null;
	private lastGroup: ArticleActor[] = [];
	private lastGroupSentence = -1;
	/** A body or several states as the previous sentence's subject, for "they". */
	private lastCollective: ArticleActor[] = [];
	private lastCollectiveSentence = -1;
	/** The last subject of two states or more ("A and B agreed …", "X and his Y counterpart"). */
	private lastSides: ArticleActor[] = [];
	private readonly countryCounts = new Map<string, number>();
	/** Mentions of bodies that belong to no one state (a bloc, a forum), for an unnamed summit. */
	private readonly bodyCounts = new Map<ArticleActor, number>();
	private sentenceIndex = 0;
	private readonly narrative = new Narrative();
	/**
	 * The story's parties and host, asked for only when a reference needs them; made once per
	 * story rather than per sentence (a closure made in a hot function costs a naming call under tsx).
	 */
	private readonly partiesNow = () => this.parties();
	private readonly hostNow = () => this.host();

	constructor(
		private readonly lexicon: ActorLexicon,
		readonly publication: Publication | null,
		readonly dateline: string | null,
		/** The entries of a live blog, which date what they tell. */
		readonly posts: readonly LiveBlogPost[] = []
	) {
		this.actors = new ArticleActors(lexicon);
		const country = dateline ? countryOfCapital(dateline) : undefined;
		if (country) this.countryCounts.set(country.name, 1);
	}

	/** The day the account of past events being told has reached at sentence `index`, if any. */
	narrativeFrom(index: number): IsoDay | null {
		return this.narrative.at(index, this.publication);
	}

	get lastSubject(): ArticleActor | null {
		return this.subject;
	}

	/** The event being told: the latest one. */
	currentDraft(): Draft | undefined {
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

	/** The visitor of the latest visit told, for "the guest". */
	private guest(): ArticleActor | null {
		for (let i = this.drafts.length - 1; i >= 0; i--) {
			if (this.drafts[i].type === 'visit' && this.drafts[i].visitors.length) {
				return this.drafts[i].visitors[0];
			}
		}
		return null;
	}

	/**
	 * The state hosting the latest visit or meeting with visitors (where it was held, else the
	 * state of someone there who did not travel), else the dateline's, for "the host country".
	 */
	private host(): string | null {
		const draft = this.drafts.findLast((d) => d.visitors.length > 0);
		if (draft) {
			const held = draft.place ? countryOfPlace(draft.place) : null;
			const stayed = draft.participants.find((a) => !draft.visitors.includes(a));
			const country = held ?? (stayed?.kind === 'country' ? stayed.name : stayed?.country);
			if (country) return country;
		}
		return this.dateline ? (countryOfCapital(this.dateline)?.name ?? null) : null;
	}

	/** The country the story mentions most, for an unqualified "the president". */
	private mainCountry(): string | null {
		let best: string | null = null;
		let count = 0;
		for (const [country, n] of this.countryCounts) {
			if (n > count) [best, count] = [country, n];
		}
		return best;
	}

	/**
	 * The parties the story is about: the last subject of two states or more, else the two states
	 * it names most (each at least twice), else none.
	 */
	private parties(): ArticleActor[] {
		if (this.lastSides.length) return this.lastSides;
		const top = [...this.countryCounts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
		if (top.length < 2) return [];
		return top
			.slice(0, 2)
			.map(([name]) => this.actors.country(name))
			.filter((a): a is ArticleActor => a !== null);
	}

	/** The international body the story has named most so far, latest on a tie. */
	topicBody(): ArticleActor | null {
		let best: ArticleActor | null = null;
		let count = 0;
		for (const [body, n] of this.bodyCounts) {
			if (n >= count) [best, count] = [body, n];
		}
		return best;
	}

	/** The sentence's tokens, clauses and mentions, each mention resolved in the story's context. */
	analyse(sentence: ProseSentence): AnalysedSentence {
		const { text } = sentence;
		const tokens = tokenize(text);
		const clauses = clauseSpans(text);
		const mentions = findMentions(text, tokens, this.lexicon);
		const resolved: Resolved[] = [];
		const base: ReferenceContext = {
			subject: this.subject,
			group: this.currentGroup(),
			guest: this.guest(),
			country: this.mainCountry(),
			parties: this.partiesNow,
			host: this.hostNow
		};
		// Names first, so that pronouns can point forward to the subject of the main clause. An
		// unqualified "parliament" after "Kenya's cabinet", "Kenya's president" or "in Nairobi"
		// in one sentence is Kenya's.
		let sentenceCountry: string | null = null;
		const stateBefore = this.actors.lastState()?.name ?? null;
		// "the kingdom" is a state seen before the sentence's own names are read.
		const statesSeen = mentions.some((m) => m.kind === 'reference' && m.epithet)
			? this.actors.recentStates()
			: [];
		/** The states the sentence names, by where: a ruling body takes the one before it. */
		const countriesAt: [number, string][] = [];
		for (const mention of mentions) {
			if (mention.kind === 'reference') {
				if (mention.countries.length === 1) sentenceCountry = mention.countries[0];
				if (sentenceCountry) countriesAt.push([mention.first, sentenceCountry]);
				continue;
			}
			const context =
				mention.kind === 'institution' && sentenceCountry
					? { ...base, country: sentenceCountry }
					: base;
			const actors = this.actors.resolve(mention, context);
			if (!actors.length) continue;
			resolved.push({ mention, actors, ...mentionSpan(tokens, mention) });
			if (mention.kind === 'institution' || mention.kind === 'country') {
				sentenceCountry = actors[0].kind === 'country' ? actors[0].name : actors[0].country;
				// A capital is as often where something else happened ("a summit in Abuja").
				const byCapital = mention.kind === 'country' && mention.via === 'capital';
				if (sentenceCountry && !byCapital) countriesAt.push([mention.first, sentenceCountry]);
			}
		}
		resolved.sort((a, b) => a.start - b.start);
		this.shareCounterpartClasses(resolved);
		const previousGroup =
			this.lastGroupSentence === this.sentenceIndex - 1 && this.lastGroup.length
				? this.lastGroup
				: undefined;
		// "They urged …" after a sentence whose subject was a body or several states; "their"
		// and "them" are left to the group in mind.
		const previousCollective =
			this.lastCollectiveSentence === this.sentenceIndex - 1 ? this.lastCollective : undefined;
		// "In Niamey, the junta …": the place that sets the sentence's scene, read once when needed.
		let sentencePlaceCountry: string | null | undefined;
		// Descriptions before pronouns, so that "their" in an opening phrase can point forward
		// to the main subject ("At their meeting, the Chilean and Peruvian ministers …").
		const references = mentions.filter((m) => m.kind === 'reference');
		const ordered = [
			...references.filter((m) => !m.pronoun),
			...references.filter((m) => m.pronoun)
		];
		for (const mention of ordered) {
			const at = tokens[mention.first].start;
			const stateNamedBefore = countriesAt.findLast(([first]) => first < mention.first)?.[1];
			const namedBefore = countriesAt.filter(([first]) => first < mention.first);
			const context = {
				...base,
				owner: stateNamedBefore ?? stateBefore,
				// "In Niamey, the junta …": a ruling body of the state the sentence is in.
				country:
					BODY_HEADS.get(mention.head) === 'country'
						? (stateNamedBefore ??
							(sentencePlaceCountry === undefined
								? (sentencePlaceCountry = sceneCountry(text, resolved))
								: sentencePlaceCountry) ??
							base.country)
						: base.country,
				subject: pronounAntecedent(text, at, resolved, clauses, this.subject),
				plural: pluralAntecedent(
					text,
					at,
					resolved,
					clauses,
					(mention.text.toLowerCase() === 'they' && previousCollective) || previousGroup
				),
				topic: opensClause(text.slice(0, at)) ? this.subject : null,
				statesBefore: [...namedBefore.map(([, name]) => name).reverse(), ...statesSeen],
				statesAfter: countriesAt.filter(([first]) => first > mention.first).map(([, name]) => name)
			};
			const actors = this.actors.resolve(mention, context);
			if (actors.length) resolved.push({ mention, actors, ...mentionSpan(tokens, mention) });
		}
		resolved.sort((a, b) => a.start - b.start);
		for (const r of resolved) {
			for (const actor of r.actors) {
				const country = actor.kind === 'country' ? actor.name : actor.country;
				if (country) this.countryCounts.set(country, (this.countryCounts.get(country) ?? 0) + 1);
				else if (actor.kind === 'organisation')
					this.bodyCounts.set(actor, (this.bodyCounts.get(actor) ?? 0) + 1);
			}
		}
		const people: [number, number][] = resolved
			.filter((r) => r.mention.kind === 'name' || r.mention.kind === 'reference')
			.map((r) => [r.start, r.end]);
		this.narrative.note(text, this.sentenceIndex);
		return new AnalysedSentence(this.sentenceIndex++, sentence, tokens, resolved, clauses, people);
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
			const source = other?.actors[0] ?? this.subject;
			if (source && source !== r.actors[0]) this.actors.shareClasses(source, r.actors[0]);
		}
	}

	/** After a sentence: the person or group its main clauses had as subject is the story's. */
	updateSubjects(s: AnalysedSentence): void {
		let subject: ArticleActor | null = null;
		let group: ArticleActor[] = [];
		let collective: ArticleActor[] = [];
		for (const clause of s.clauses) {
			if (SUBORDINATE_KINDS.has(clause.kind)) continue;
			const actors = [...new Set(s.subjectOf(clause).flatMap((r) => r.actors))];
			const people = actors.filter((a) => a.kind === 'person');
			if (people.length === 1) subject = people[0];
			if (people.length >= 2) group = people;
			if (!people.length && (actors.length > 1 || actors[0]?.kind === 'organisation'))
				collective = actors;
		}
		const sides = group.length ? group : collective;
		if (sidesOf(sides) >= 2) this.lastSides = sides;
		if (collective.length) {
			this.lastCollective = collective;
			this.lastCollectiveSentence = s.index;
		}
		if (subject) this.subject = subject;
		if (group.length) {
			this.lastGroup = group;
			this.lastGroupSentence = s.index;
		}
	}

	/**
	 * The draft a reference ("the trip", "his own news conference") points to: the latest of its
	 * type, preferring one of the sentence's subject. 'Other' holds unrelated acts, so there the
	 * act's word must share its stem ("the expulsion" is "expelled", "the closure" is "closed";
	 * "the recall of the envoy" is no closure told before), unless both are changes of office,
	 * which have no CAMEO code and several words for one ceremony ("sworn in", "the inauguration").
	 */
	referenced(
		type: EventType,
		cameo: string | null,
		word: string,
		s: AnalysedSentence
	): Draft | undefined {
		const sameAct = (d: Draft) =>
			type !== 'other' || sameStem(d.triggerText, word) || (d.cameo === null && cameo === null);
		const ofType = this.drafts.filter((d) => d.type === type && sameAct(d));
		const subject = s.clauses.length ? s.subjectOf(s.clauses[0]).flatMap((r) => r.actors) : [];
		const own = ofType.filter((d) => d.participants.some((a) => subject.includes(a))).at(-1);
		return own ?? ofType.at(-1);
	}
}

/** Where a mention is in the sentence, and the word governing it. */
function mentionSpan(tokens: readonly Token[], m: Mention): Omit<Resolved, 'mention' | 'actors'> {
	return {
		start: tokens[m.first].start,
		end: tokens[m.last].end,
		// "of the Council": the preposition before a determiner governs the mention.
		before:
			(DETERMINERS.has(tokens[m.first - 1]?.lower ?? '')
				? tokens[m.first - 2]?.lower
				: tokens[m.first - 1]?.lower) ?? ''
	};
}

/** The country of the place an opening phrase sets the sentence in ("In Niamey, …"), else null. */
function sceneCountry(text: string, resolved: readonly Resolved[]): string | null {
	if (!SCENE_OPENING.test(text)) return null;
	const comma = text.indexOf(',');
	const scene = findPlaces(
		text,
		resolved.filter((r) => r.mention.kind === 'name').map((r) => [r.start, r.end])
	).find((p) => p.end <= comma);
	return scene ? countryOfPlace(scene.name) : null;
}

/** Letters a verb and its noun share at least ("expel", "expulsion"; "close", "closure"). */
const STEM_LETTERS = 3;

/** Whether two act words open alike: a verb and its noun ("recalled", "the recall"). */
function sameStem(a: string, b: string): boolean {
	return a.slice(0, STEM_LETTERS).toLowerCase() === b.slice(0, STEM_LETTERS).toLowerCase();
}
