import { countValue } from '../dates/words';
import irregularForms from '../extract/lexicon/irregularForms.json';
import { PARLIAMENT_NAMES } from '../extract/lexicon/legislatures';
import type { Token } from '../extract/tokenize';
import { countryByDemonym, countryByName, countryOfCapital, countryOfSeat } from './countries';
import type { Actor, ActorKind } from './gazetteer';
import type { ActorLexicon } from './lexicon';
import { foldDiacritics, phoneticKey } from './phoneticKey';
import { regionalGroupMembers } from './regionalGroups';
import { readStateEpithet, type StateEpithet } from './stateEpithets';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, describedClasses, type RoleClass } from './roles';
import {
	LOCATION_PREPOSITIONS,
	NAME_PARTICLES,
	NON_NAME_WORDS,
	PLACE_OR_ORG_HEADS,
	PLACE_PREFIXES,
	STATE_GROUP_NOUNS
} from './wordClasses';

/**
 * Finds who a sentence names, before any article context: known actors by any spelling,
 * people introduced by a title ("French President Emmanuel Macron", "Secretary of Kenya's National
 * Security Council, Otieno Wambua"), untitled full names, states acting through their
 * people ("senior US and Chinese officials"), institutions ("Israel's parliament"), and the
 * pronouns and descriptions ("the Iraqi premier", "the two sides") that the article resolves.
 */

interface Span {
	/** First and last token of the whole mention, role words included. */
	first: number;
	last: number;
}

export interface NameMention extends Span {
	kind: 'name';
	nameFirst: number;
	nameLast: number;
	/** The name as written, without title. */
	name: string;
	/** The gazetteer actor it spells, if any. */
	actor: Actor | null;
	/** True for people (gazetteer persons and discovered names), false for organisations. */
	personal: boolean;
	/** The role words as written ("Iraqi Foreign Minister"), or null. */
	role: string | null;
	/** Country named in the role ("Iraqi", "Iran's"), canonical. */
	country: string | null;
	/** Introduced as "visiting …": a guest of the host country. */
	visiting: boolean;
	possessive: boolean;
}

export interface CountryMention extends Span {
	kind: 'country';
	actor: Actor;
	/** How it was named: by name, by a capital standing for its government, or by its people. */
	via: 'name' | 'capital' | 'demonym';
	possessive: boolean;
}

export interface InstitutionMention extends Span {
	kind: 'institution';
	/** 'parliament', 'cabinet', 'foreign ministry' … */
	institution: string;
	country: string | null;
}

export interface ReferenceMention extends Span {
	kind: 'reference';
	text: string;
	/** Head word ("premier", "sides", "he"). */
	head: string;
	pronoun: boolean;
	plural: boolean;
	/** "the two X" → 2. */
	count: number | null;
	/** Countries the description names ("the Iraqi premier" → Iraq). */
	countries: string[];
	/** Role classes it can denote (empty for pronouns and group nouns). */
	classes: readonly RoleClass[];
	visiting: boolean;
	/** A state named by what it is ("the kingdom", "the Himalayan nation", "the host country"). */
	epithet?: Omit<StateEpithet, 'last' | 'plural'>;
	/** The body whose office it is ("the AU envoy"), as written and by its gazetteer name. */
	body?: string[];
}

export type Mention = NameMention | CountryMention | InstitutionMention | ReferenceMention;

const PRONOUNS_SINGULAR = new Set(['he', 'she', 'him', 'his', 'her']);
const PRONOUNS_PLURAL = new Set(['they', 'them', 'their']);
const GROUP_HEADS = new Set([
	'sides',
	'leaders',
	'men',
	'pair',
	'governments',
	'countries',
	'delegations',
	'presidents',
	'ministers',
	'officials',
	'parties',
	'nations',
	'counterparts',
	'visitors',
	'guests',
	'neighbours',
	'neighbors',
	'two'
]);
/** Heads of an untitled body ("the bloc", "the junta"): resolved to the body or state named last. */
export const BODY_HEADS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
	['bloc', 'organisation'],
	['organisation', 'organisation'],
	['organization', 'organisation'],
	['alliance', 'organisation'],
	['grouping', 'organisation'],
	['authority', 'organisation'],
	// A ruling body stands for the state it rules.
	['junta', 'country'],
	['regime', 'country'],
	['authorities', 'country'],
	['government', 'country'],
	['military', 'country'],
	['army', 'country'],
	['officers', 'country']
]);
const DESCRIPTION_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'both']);
const DESCRIPTION_MODIFIERS = new Set([
	'top',
	'visiting',
	'new',
	'outgoing',
	'senior',
	'two',
	'three',
	'foreign',
	'prime',
	'security',
	'and',
	'supreme',
	'former',
	'religious',
	'ruling'
]);
const INSTITUTIONS: [RegExp, string][] = [
	[new RegExp(`^(?:${PARLIAMENT_NAMES.join('|')})$`), 'parliament'],
	// A legislature's committee acts for it: "the parliamentary foreign affairs committee".
	[
		/^(?:parliamentary (?:\w+ ){0,2}committee|foreign (?:affairs|relations) committee)$/,
		'parliament'
	],
	[/^cabinet$/, 'cabinet'],
	[/^senate$/, 'senate'],
	[/^congress$/, 'congress'],
	[/^(?:foreign ministry|ministry of foreign affairs)$/, 'Ministry of Foreign Affairs'],
	[
		/^(?:defence ministry|defense ministry|ministry of defence|ministry of defense)$/,
		'Ministry of Defence'
	],
	[/^presidency$/, 'presidency']
];
const ROMAN = /^(?:II|III|IV|V|VI)$/;
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
const QUOTED_NICKNAME = /\s+["“'‘][^"”'’]+["”'’](?=\s)/gu;
/** Nouns after an institution's name that make it a place: "the parliament building". */
const VENUE_AFTER = /^(?:building|buildings|complex|compound|grounds|premises|hall|square|gates?)$/;
const INSTITUTION_FIRST_WORDS = new Set([
	...PARLIAMENT_NAMES.map((name) => name.split(' ')[0]),
	'parliamentary',
	'cabinet',
	'senate',
	'congress',
	'foreign',
	'ministry',
	'defence',
	'defense',
	'presidency'
]);
/** Words that end a noun phrase read without parts of speech: a verb of its clause. */
const CLAUSE_VERB =
	/^(?:said|says|say|was|is|are|were|has|have|had|will|would|could|can|may|did|does|\p{Ll}+ed)$/u;
const RELATIVE = /^(?:who|which|that)$/;
/** Past forms that do not end in "-ed" ("held", "met"), which CLAUSE_VERB cannot see. */
const IRREGULAR_VERB_FORMS = new Set(
	Object.entries(irregularForms).flatMap(([lemma, forms]) =>
		lemma.startsWith('$') ? [] : typeof forms === 'string' ? [forms] : forms
	)
);
/** What may follow an office's head inside its name: "envoy for the Andes", "minister of state". */
const ROLE_COMPLEMENT = /^(?:for|to|of|on)$/;
/** Words of a role's complement read before its head is reached ("… for water rights, X"). */
const MAX_COMPLEMENT_WORDS = 4;
const CONJUNCTION = /^(?:and|or|but|while|as)$/;
/** Words that never open or continue an organisation's name. */
const ORGANISATION_STOP =
	/^(?:the|a|an|in|on|at|for|with|by|from|to|of|and|but|or|as|after|before|during|since|while|when|where|who|which|that|this|these|those|it|its|he|she|they|his|her|their|both|earlier|later|meanwhile|also|according|speaking|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const STATE_GROUP_MODIFIERS = new Set(
	`and senior top terrorist missile drone military security government naval air defence defense
	foreign suicide armed special joint official high-level warplane artillery rocket`
		.split(/\s+/)
		.filter((w) => w.length > 0)
);
/** Words between a group adjective and its noun ("the Baltic prime ministers"). */
const GROUP_MODIFIERS = new Set([...STATE_GROUP_MODIFIERS, 'prime', 'deputy', 'arab']);
/** Nouns a group adjective qualifies when it stands for its states. */
const REGIONAL_GROUP_NOUNS = new Set([
	...STATE_GROUP_NOUNS,
	'states',
	'countries',
	'nations',
	'republics',
	'governments',
	'monarchies',
	'presidents',
	'heads',
	'neighbours',
	'neighbors'
]);
const ORGANISATION_HEADS = new Set(
	`council ministry party corps forces assembly parliament committee organisation organization union
	agency department fund court commission front movement army guards alliance league federation
	brigades command authority community forum secretariat association bank`
		.split(/\s+/)
		.filter((w) => w.length > 0)
);

interface TokenInfo {
	key: string;
	lower: string;
	cap: boolean;
	word: boolean;
	acronym: boolean;
	/** Whether the token can be part of a person's name, found when first asked (isNameWord). */
	nameWord: boolean | undefined;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
/** "G20", "P5": capitals then digits. */
const CODE_NAME = /^\p{Lu}+\d+$/u;

function describe(tokens: Token[]): TokenInfo[] {
	return tokens.map((t) => ({
		key: t.isWord && (t.isCapitalised || isArticleParticleWord(t.text)) ? phoneticKey(t.text) : '',
		lower: t.lower,
		cap: t.isCapitalised,
		word: t.isWord,
		acronym: t.isCapitalised && (ACRONYM.test(t.text) || CODE_NAME.test(t.text)),
		nameWord: undefined
	}));
}

function isArticleParticleWord(text: string): boolean {
	// Cheap test first: the hyphen sits after two or three letters.
	return (
		(text.charCodeAt(2) === HYPHEN || text.charCodeAt(3) === HYPHEN) && ARTICLE_PARTICLE.test(text)
	);
}
const ARTICLE_PARTICLE = /^(?:al|el|ad|as|ash|ar|an|at|az|ul)-\p{Lu}/u;
const HYPHEN = 45;

/** "Indian-administered", "Russian-held": a qualifier of the region named next, never a name. */
const PLACE_QUALIFIER = /^\p{Lu}\p{L}*-(?:administered|controlled|held|occupied|ruled|annexed)$/u;

function isPlaceQualifier(text: string): boolean {
	return text.includes('-') && PLACE_QUALIFIER.test(text);
}

/** "US-led", "Iranian-backed": a state acting through others. */
const STATE_LED = /^(\p{Lu}[\p{L}.]*)-(?:led|backed|brokered)$/u;

/** Lower-case nouns after a capitalised name that make it a group ("the X group", "X rebels"). */
const GROUP_NOUNS =
	/^(?:group|movement|militia|militias|rebels|militants|faction|outfit|insurgents|separatists)$/;

/** A word that can be part of a person's name (asked of most words several times: kept in its info). */
function isNameWord(token: Token, info: TokenInfo): boolean {
	return (info.nameWord ??= readNameWord(token, info));
}

function readNameWord(token: Token, info: TokenInfo): boolean {
	if (!token.isWord) return false;
	if (isArticleParticleWord(token.text)) return true;
	if (!info.cap || info.acronym) return false;
	if (/\d/.test(token.text) || isPlaceQualifier(token.text)) return false;
	const bare = info.lower.endsWith('.') ? info.lower.slice(0, -1) : info.lower;
	if (
		NON_NAME_WORDS.has(bare) ||
		HONORIFICS.has(info.lower) ||
		ROLE_HEADS.has(bare) ||
		ROLE_MODIFIERS.has(bare)
	) {
		return false;
	}
	if (countryByDemonym(token.text)) return false;
	return true;
}

function isRoleWord(token: Token, info: TokenInfo): boolean {
	return (
		ROLE_HEADS.has(info.lower) ||
		ROLE_MODIFIERS.has(info.lower) ||
		HONORIFICS.has(info.lower) ||
		(info.cap && token.isWord)
	);
}

export class SentenceMentions {
	readonly mentions: Mention[] = [];
	private readonly info: TokenInfo[];
	private readonly used: boolean[];
	/**
	 * Country and organisation mentions by token, so that a title can take them back ("US
	 * President", "National Security Council Advisor").
	 */
	private readonly countryAt = new Map<number, Mention>();

	constructor(
		private readonly text: string,
		private readonly tokens: Token[],
		private readonly lexicon: ActorLexicon
	) {
		this.info = describe(tokens);
		this.used = tokens.map(() => false);
	}

	private spanText(first: number, last: number): string {
		return this.text.slice(this.tokens[first].start, this.tokens[last].end);
	}

	private markUsed(first: number, last: number): void {
		for (let i = first; i <= last; i++) this.used[i] = true;
	}

	private addCountry(mention: CountryMention): void {
		this.mentions.push(mention);
		for (let i = mention.first; i <= mention.last; i++) this.countryAt.set(i, mention);
	}

	/**
	 * Takes tokens into a role: a country or organisation named there ("Iran's Supreme National
	 * Security Council") belongs to the person's title, not to the participants.
	 */
	private absorb(first: number, last: number): void {
		for (let i = first; i <= last; i++) this.countryAt.delete(i);
		for (let index = this.mentions.length - 1; index >= 0; index--) {
			const mention = this.mentions[index];
			const inside = mention.first >= first && mention.last <= last;
			if (inside && !(mention.kind === 'name' && mention.personal)) this.mentions.splice(index, 1);
		}
		this.markUsed(first, last);
	}

	private isPossessive(last: number): boolean {
		return /^['’][sS]$/.test(this.tokens[last + 1]?.text ?? '');
	}

	/** Known actors and countries, longest alias first. */
	private findKnown(): void {
		const { tokens, info, lexicon } = this;
		for (let i = 0; i < tokens.length; i++) {
			if (
				this.used[i] ||
				!info[i].word ||
				!(info[i].cap || isArticleParticleWord(tokens[i].text))
			) {
				continue;
			}
			const maxWords = lexicon.maxWordsByFirstKey.get(info[i].key);
			if (!maxWords) continue;
			let words = 0;
			while (words < maxWords && i + words < tokens.length && info[i + words].word) words++;
			for (let n = words; n >= 1; n--) {
				const last = i + n - 1;
				const phrase = this.spanText(i, last);
				// States are matched by their spelled names: "Argentine" is a people, not "Argentina",
				// and "Kenya" is not "Ghana" although their keys meet.
				const actor = lexicon.byKey
					.get(phoneticKey(phrase))
					?.find((a) => a.kind !== 'country' || isSpelledCountry(phrase, a));
				if (!actor) continue;
				// A known name inside a longer one ("Ali" in "Ali Mwinyi", "Mora" in "Luis Mora") is
				// someone else.
				if (n === 1 && actor.kind === 'person' && (this.continuesName(last) || this.namedBefore(i)))
					break;
				this.addKnown(actor, i, last);
				i = last;
				break;
			}
		}
	}

	private namedBefore(first: number): boolean {
		const before = first - 1;
		return before >= 0 && !this.used[before] && isNameWord(this.tokens[before], this.info[before]);
	}

	private continuesName(last: number): boolean {
		const next = last + 1;
		return next < this.tokens.length && isNameWord(this.tokens[next], this.info[next]);
	}

	private addKnown(actor: Actor, first: number, last: number): void {
		this.markUsed(first, last);
		if (actor.kind === 'country') {
			this.addCountry({
				kind: 'country',
				first,
				last,
				actor,
				via: 'name',
				possessive: this.isPossessive(last)
			});
			return;
		}
		this.addName(first, last, actor, actor.kind === 'person');
		if (actor.kind === 'organisation') {
			const mention = this.mentions[this.mentions.length - 1];
			for (let k = first; k <= last; k++) this.countryAt.set(k, mention);
		}
	}

	/**
	 * "Downing Street said", "the Elysee": a seat of government standing for its state, as a
	 * capital does; "at Downing Street" is where something happened.
	 */
	private findSeats(): void {
		const { tokens, info } = this;
		for (let i = 0; i < tokens.length; i++) {
			if (this.used[i] || !info[i].cap) continue;
			let end = i;
			while (end < tokens.length && end < i + 4 && !this.used[end] && info[end].cap) end++;
			const seat = countryOfSeat(tokens.slice(i, end).map((t) => t.text));
			const actor = seat && this.lexicon.countries.get(seat.country.name);
			if (!seat || !actor) continue;
			const last = i + seat.words - 1;
			this.markUsed(i, last);
			const before = lowerIs(info[i - 1], 'the') ? info[i - 2] : info[i - 1];
			if (!LOCATION_PREPOSITIONS.has(before?.lower ?? ''))
				this.addCountry({
					kind: 'country',
					first: i,
					last,
					actor,
					via: 'capital',
					possessive: this.isPossessive(last)
				});
			i = last;
		}
	}

	/** "the Liberal Front of Upper Ruvuma", "the Higher Council for Coastal Defence". */
	private findOrganisations(): void {
		const { tokens, info } = this;
		for (let i = 0; i < tokens.length; i++) {
			if (this.used[i] || !info[i].cap || ORGANISATION_STOP.test(info[i].lower)) continue;
			let last = -1;
			let j = i;
			while (j < tokens.length && !this.used[j]) {
				if (info[j].cap && info[j].word && (j === i || !ORGANISATION_STOP.test(info[j].lower))) j++;
				else if (
					/^(?:of|for|and)$/.test(info[j].lower) &&
					info[j + 1]?.cap &&
					(last >= 0 || (info[j].lower === 'and' && this.headAhead(j + 1)))
				)
					j++;
				else break;
				if (ORGANISATION_HEADS.has(info[j - 1].lower)) last = j - 1;
			}
			if (last < 0) continue;
			// Extend over "of <Name>" that completes the organisation's name.
			while (info[last + 1]?.lower === 'of' && info[last + 2]?.cap && !this.used[last + 2]) {
				let k = last + 2;
				while (info[k + 1]?.cap && !this.used[k + 1]) k++;
				last = k;
			}
			const prep = info[i - 1]?.lower === 'the' ? info[i - 2]?.lower : info[i - 1]?.lower;
			if (prep && /^(?:in|near|outside|inside)$/.test(prep)) {
				i = last;
				continue;
			}
			this.markUsed(i, last);
			const organisation: NameMention = {
				kind: 'name',
				first: i,
				last,
				nameFirst: i,
				nameLast: last,
				name: this.spanText(i, last),
				actor: null,
				personal: false,
				role: null,
				// "Kenyan Ministry of Energy", "Kenya Revenue Authority": a body of that state.
				country: (countryByDemonym(tokens[i].text) ?? countryByName(tokens[i].text))?.name ?? null,
				visiting: false,
				possessive: this.isPossessive(last)
			};
			this.mentions.push(organisation);
			for (let k = i; k <= last; k++) this.countryAt.set(k, organisation);
			i = last;
		}
	}

	/** "Peace and Security Council": a capitalised run after `from` reaches an organisation head. */
	private headAhead(from: number): boolean {
		for (let k = from; k < this.tokens.length && k < from + 4; k++) {
			if (!this.info[k].cap || this.used[k]) return false;
			if (ORGANISATION_HEADS.has(this.info[k].lower)) return true;
		}
		return false;
	}

	/** Capitalised runs that look like names of people nobody listed. */
	private findUnknownNames(): void {
		const { tokens, info } = this;
		for (let i = 0; i < tokens.length; i++) {
			if (this.used[i] || !isNameWord(tokens[i], info[i])) continue;
			let last = i;
			for (let j = i + 1; j < tokens.length && !this.used[j]; j++) {
				const nickname = this.nicknameEnd(j, last);
				if (isNameWord(tokens[j], info[j]) || ROMAN.test(tokens[j].text)) last = j;
				else if (this.honorificInsideName(j, last)) continue;
				else if (nickname > 0) j = nickname;
				else if (
					NAME_PARTICLES.has(info[j].lower) &&
					isNameWord(tokens[j + 1] ?? tokens[j], info[j + 1] ?? info[j])
				)
					continue;
				else break;
			}
			this.classifyRun(i, last);
			i = last;
		}
	}

	/** "Hassan Sheikh Mohamud": an honorific between two name words is part of the name. */
	private honorificInsideName(index: number, last: number): boolean {
		const { tokens, info } = this;
		const next = index + 1;
		return (
			last === index - 1 &&
			info[index].cap &&
			HONORIFICS.has(info[index].lower) &&
			next < tokens.length &&
			!this.used[next] &&
			isNameWord(tokens[next], info[next])
		);
	}

	/**
	 * 'Ana "La Jefa" Ruiz': a quoted nickname between two name words is part of the name; the index
	 * of its closing quote, or -1.
	 */
	private nicknameEnd(index: number, last: number): number {
		const { tokens, info } = this;
		if (last !== index - 1 || !OPENING_QUOTES.has(tokens[index].text)) return -1;
		for (let k = index + 1; k < tokens.length && k <= index + 3; k++) {
			if (CLOSING_QUOTES.has(tokens[k].text)) {
				const next = k + 1;
				const named = k > index + 1 && next < tokens.length && !this.used[next];
				return named && isNameWord(tokens[next], info[next]) ? k : -1;
			}
			if (!info[k].cap) return -1;
		}
		return -1;
	}

	/** A name as it is known, without the nickname quoted inside it. */
	private nameText(first: number, last: number): string {
		return this.spanText(first, last).replace(QUOTED_NICKNAME, '');
	}

	private classifyRun(first: number, last: number): void {
		const { tokens, info } = this;
		const next = info[last + 1];
		const before = info[first - 1];
		const name = this.spanText(first, last);
		for (let i = first; i <= last + 1 && i < tokens.length; i++) {
			if (info[i].cap && PLACE_OR_ORG_HEADS.has(info[i].lower)) return;
		}
		if (
			next &&
			!next.cap &&
			/^(?:resort|shrine|palace|airport|province|region|complex|pipeline|plant|party)$/.test(
				next.lower
			)
		) {
			return;
		}
		if (PLACE_PREFIXES.has(info[first].lower) || PLACE_PREFIXES.has(info[first - 1]?.lower ?? ''))
			return;
		if (isPlaceQualifier(tokens[first - 1]?.text ?? '')) return;
		if (next && !next.cap && GROUP_NOUNS.test(next.lower)) {
			this.addName(first, last, null, false);
			return;
		}
		const capitalCountry = countryOfCapital(name);
		if (capitalCountry) {
			const actor = this.lexicon.countries.get(capitalCountry.name);
			const prep = before?.lower ?? '';
			// "in Lima", "through Lima" is the city; "Lima said" the state.
			if (actor && !LOCATION_PREPOSITIONS.has(prep) && prep !== 'of') {
				this.markUsed(first, last);
				this.addCountry({
					kind: 'country',
					first,
					last,
					actor,
					via: 'capital',
					possessive: this.isPossessive(last)
				});
			}
			return;
		}
		if (countryByName(name)) return;
		this.addName(first, last, null, true);
	}

	private addName(first: number, last: number, actor: Actor | null, personal: boolean): void {
		// "Kuwait City", "Mexico City": a capital named with its state's name is a place.
		if (!actor && first > 0 && countryOfCapital(this.spanText(first - 1, last))) return;
		const before = personal ? this.roleBefore(first) : null;
		const apposition =
			personal && !before?.role && !before?.country
				? this.appositiveRole(before?.first ?? first, last)
				: null;
		const found = apposition
			? { ...apposition, honorific: apposition.honorific || Boolean(before?.honorific) }
			: before;
		const wordCount = last - first + 1 - this.particleCount(first, last);
		// An untitled single word is only a name when the gazetteer knows it or the article does.
		const titled = Boolean(found && (found.role || found.honorific || found.country));
		// "the Ruvuma Front", "the Houthis": an untitled name after "the" is a body or group,
		// unless a location preposition makes it a place ("in the Hague") or it completes an
		// office ("the envoy for the Sahel": where the office serves).
		if (!actor && personal && this.info[first - 1]?.lower === 'the' && !titled) {
			const preposition = this.info[first - 2]?.lower ?? '';
			const officeServes =
				ROLE_COMPLEMENT.test(preposition) && this.hasRoleHead(Math.max(0, first - 6), first - 3);
			// "a bridge over the Danube", "ships along the Mekong": a river or coast, not a body.
			const feature = preposition === 'over' || preposition === 'along';
			if (!LOCATION_PREPOSITIONS.has(preposition) && !officeServes && !feature)
				this.addName(first, last, null, false);
			return;
		}
		if (!actor && personal && wordCount < 2 && !titled) {
			this.mentions.push(this.unresolvedName(first, last));
			return;
		}
		// "President Ana Ruiz of Chile": a titled name's state may follow it.
		const state = titled && !found?.country && !actor ? this.stateAfterOf(last) : null;
		this.markUsed(first, last);
		if (found) this.absorb(found.first, found.last);
		if (before) this.absorb(before.first, before.last);
		if (state) this.absorb(last + 1, state.last);
		this.mentions.push({
			kind: 'name',
			first: Math.min(found?.first ?? first, first),
			last: Math.max(found?.last ?? last, state?.last ?? last),
			nameFirst: first,
			nameLast: last,
			name: this.nameText(first, last),
			actor,
			personal,
			role: found?.role ?? null,
			country: found?.country ?? state?.name ?? actor?.country ?? null,
			visiting: found?.visiting ?? false,
			possessive: this.isPossessive(last)
		});
	}

	/** "of Chile" right after a name: the state and the token it ends on. */
	private stateAfterOf(last: number): { name: string; last: number } | null {
		if (!lowerIs(this.info[last + 1], 'of')) return null;
		const owner = this.countryAt.get(last + 2);
		return owner?.kind === 'country' && owner.first === last + 2 && !owner.possessive
			? { name: owner.actor.name, last: owner.last }
			: null;
	}

	/** A single capitalised word: the article may know it as a surname ("Blinken"). */
	private unresolvedName(first: number, last: number): NameMention {
		return {
			kind: 'name',
			first,
			last,
			nameFirst: first,
			nameLast: last,
			name: this.nameText(first, last),
			actor: null,
			personal: true,
			role: null,
			country: null,
			visiting: false,
			possessive: this.isPossessive(last)
		};
	}

	private particleCount(first: number, last: number): number {
		let count = 0;
		for (let i = first; i <= last; i++) if (NAME_PARTICLES.has(this.info[i].lower)) count++;
		return count;
	}

	/**
	 * Title words right before a name: "Iraqi Foreign Minister", "Secretary of State",
	 * "Kremlin foreign policy aide", "Qatar's Emir Sheikh", "visiting Iraqi Foreign Minister".
	 */
	private roleBefore(nameFirst: number): RoleFound | null {
		const { tokens, info } = this;
		let first = nameFirst;
		for (let j = nameFirst - 1; j >= 0; j--) {
			const token = tokens[j];
			if (this.used[j] && !this.countryAt.has(j)) break;
			if (/^['’][sS]$/.test(token.text)) {
				if (j - 1 >= 0 && info[j - 1].cap && (!this.used[j - 1] || this.countryAt.has(j - 1))) {
					first = j - 1;
					j--;
					continue;
				}
				break;
			}
			if (token.text === '(' || token.text === ')') {
				first = j;
				continue;
			}
			if (info[j].lower === 'of' || info[j].lower === 'the') {
				if (j + 1 < nameFirst && (info[j + 1].cap || ROLE_HEADS.has(info[j + 1].lower))) {
					if (info[j].lower === 'the' && !(j - 1 >= 0 && info[j - 1].lower === 'of')) break;
					first = j;
					continue;
				}
				break;
			}
			if (info[j].lower === 'visiting' || info[j].lower === 'former') {
				first = j;
				continue;
			}
			if (!isRoleWord(token, info[j]) || info[j].lower === 'and') break;
			if (info[j].cap && NON_NAME_WORDS.has(info[j].lower) && !this.isRoleVocabulary(j)) break;
			first = j;
		}
		if (first === nameFirst) return null;
		return this.readRole(first, nameFirst - 1);
	}

	/** After a role's head only its complement may follow ("of the Border Guard"), not a verb. */
	private plainAfterHead(first: number, last: number): boolean {
		let loose = 0;
		for (let j = first; j <= last; j++) {
			const { lower, cap, word } = this.info[j];
			if (!word || cap || /^(?:of|the|and|for|in)$/.test(lower) || this.isRoleVocabulary(j))
				continue;
			if (/(?:s|ed)$/.test(lower) || ++loose > 3) return false;
		}
		return true;
	}

	private hasRoleHead(first: number, last: number): boolean {
		for (let j = first; j <= last; j++) if (ROLE_HEADS.has(this.info[j].lower)) return true;
		return false;
	}

	private isRoleVocabulary(index: number): boolean {
		const lower = this.info[index].lower;
		return (
			ROLE_HEADS.has(lower) ||
			ROLE_MODIFIERS.has(lower) ||
			HONORIFICS.has(lower) ||
			/^(?:islamic|supreme|national|security|council|foreign|affairs|revolution|state)$/.test(lower)
		);
	}

	/** "Peru's president, Lucía Quispe" or "Li Wen, the ruling party's top … official". */
	private appositiveRole(first: number, last: number): RoleFound | null {
		const { tokens, info } = this;
		if (tokens[first - 1]?.text === ',') {
			let start = first - 1;
			let complement = 0;
			let headSeen = false;
			for (let j = first - 2; j >= 0; j--) {
				if (tokens[j].text === ',' || tokens[j].text === ';' || tokens[j].text === ':') break;
				if (this.used[j] && !this.countryAt.has(j)) return null;
				if (!headSeen && ROLE_HEADS.has(info[j].lower)) {
					headSeen = true;
					// "the envoy for water rights, X": words read before the head are its complement.
					if (complement && !ROLE_COMPLEMENT.test(info[j + 1].lower)) return null;
				}
				if (
					info[j].word &&
					!info[j].cap &&
					!this.isRoleVocabulary(j) &&
					!/^(?:of|the|'s|and)$/.test(info[j].lower) &&
					!countryByDemonym(tokens[j].text)
				) {
					if (headSeen || this.isVerbLike(j) || ++complement > MAX_COMPLEMENT_WORDS) break;
				}
				start = j;
			}
			const from = info[start].lower === 'the' ? start + 1 : start;
			const clauseStart = start === 0 || /^[,;:]$/.test(tokens[start - 1]?.text ?? '');
			if (from < first - 1 && clauseStart && this.hasRoleHead(from, first - 2)) {
				return this.readRole(from, first - 2);
			}
		}
		// "X, and the envoy": a conjunction after the comma opens the next item, not an office.
		if (tokens[last + 1]?.text === ',' && !CONJUNCTION.test(info[last + 2]?.lower ?? '')) {
			let j = last + 2;
			if (/^(?:the|a|an)$/.test(info[j]?.lower ?? '')) j++;
			const from = j;
			let head = -1;
			for (; j < tokens.length && tokens[j].text !== ',' && tokens[j].text !== '.'; j++) {
				// Only a complement may follow the first head: "envoy for the Andes".
				if (head < 0 && ROLE_HEADS.has(info[j].lower)) head = j;
				if (this.isVerbLike(j) && !this.isRoleVocabulary(j)) return null;
			}
			if (head >= 0 && this.plainAfterHead(head + 1, j - 1)) {
				const role = this.readRole(from, j - 1);
				return { ...role, first, last: j - 1 };
			}
		}
		return null;
	}

	/**
	 * A lower-case verb or relative word: the end of a noun phrase read without parts of speech
	 * ("United" in a body's name is no verb).
	 */
	private isVerbLike(index: number): boolean {
		const { cap, lower } = this.info[index];
		return (
			!cap && (RELATIVE.test(lower) || CLAUSE_VERB.test(lower) || IRREGULAR_VERB_FORMS.has(lower))
		);
	}

	private readRole(first: number, last: number): RoleFound {
		const { tokens, info } = this;
		let country: string | null = null;
		let visiting = false;
		let honorific = false;
		let roleFirst = -1;
		let roleLast = -1;
		for (let j = first; j <= last; j++) {
			if (info[j].lower === 'visiting') {
				visiting = true;
				continue;
			}
			if (HONORIFICS.has(info[j].lower)) {
				honorific = true;
				continue;
			}
			if (!country && info[j].cap) {
				const named = countryByDemonym(tokens[j].text) ?? countryByName(tokens[j].text);
				if (named) country = named.name;
			}
			if (roleFirst < 0 && info[j].lower !== 'former') roleFirst = j;
			if (info[j].word) roleLast = j;
		}
		const hasHead = (() => {
			for (let j = Math.max(roleFirst, first); roleFirst >= 0 && j <= roleLast; j++) {
				if (ROLE_HEADS.has(info[j].lower)) return true;
			}
			return false;
		})();
		const role = roleFirst >= 0 && hasHead ? this.spanText(roleFirst, roleLast) : null;
		return { first, last, role, country, visiting, honorific };
	}

	/** "the Baltic foreign ministers", "Nordic countries": each member state of the group. */
	private findRegionalGroups(): void {
		const { tokens, info } = this;
		for (let i = 0; i < tokens.length; i++) {
			if (this.used[i] || !info[i].cap) continue;
			const members = regionalGroupMembers(tokens[i].text);
			if (!members.length) continue;
			let j = i + 1;
			while (j < tokens.length && j <= i + 3 && GROUP_MODIFIERS.has(info[j].lower)) j++;
			if (j >= tokens.length || !REGIONAL_GROUP_NOUNS.has(info[j].lower)) continue;
			this.used[i] = true;
			for (const name of members) {
				const actor = this.lexicon.countries.get(name);
				if (!actor) continue;
				this.mentions.push({
					kind: 'country',
					first: i,
					last: i,
					actor,
					via: 'demonym',
					possessive: false
				});
			}
		}
	}

	/**
	 * "the kingdom", "the Himalayan nation": a state named by what it is. Where it is a place ("in
	 * the kingdom") or names the state right after ("the Gulf state of Qatar") it is no actor of its
	 * own, but its words are still no person's name.
	 */
	private findStateEpithets(): void {
		const words = this.info.map((t) => t.lower);
		for (let i = 0; i < words.length; i++) {
			if (this.used[i] || words[i] !== 'the') continue;
			const found = readStateEpithet(words, i);
			if (!found || this.used.slice(i, found.last + 1).some(Boolean)) continue;
			this.markUsed(i, found.last);
			const place = LOCATION_PREPOSITIONS.has(words[i - 1] ?? '');
			if (!place && words[found.last + 1] !== 'of') {
				this.mentions.push({
					kind: 'reference',
					first: i,
					last: found.last,
					text: this.spanText(i, found.last),
					// Several states are the sides in mind, as "the countries" are.
					head: found.plural ? 'countries' : words[found.last],
					pronoun: false,
					plural: found.plural,
					count: null,
					countries: [],
					classes: [],
					visiting: false,
					...(found.plural ? {} : { epithet: { states: found.states, host: found.host } })
				});
			}
			i = found.last;
		}
	}

	/** "senior US and Chinese officials", "Iranian missile and drone strikes", "US forces". */
	private findStatesByPeople(): void {
		const { tokens, info } = this;
		for (let i = 0; i < tokens.length; i++) {
			if (this.used[i] || !info[i].cap) continue;
			const country = countryByDemonym(tokens[i].text) ?? this.hyphenatedDemonym(tokens[i].text);
			if (!country) continue;
			const demonyms = [i];
			let j = i + 1;
			for (; j < tokens.length && j <= i + 6; j++) {
				if (STATE_GROUP_NOUNS.has(info[j].lower)) break;
				if (info[j].cap && countryByDemonym(tokens[j].text)) {
					demonyms.push(j);
					continue;
				}
				if (tokens[j].text === ',' || STATE_GROUP_MODIFIERS.has(info[j].lower)) continue;
				break;
			}
			if (j >= tokens.length || !STATE_GROUP_NOUNS.has(info[j].lower)) continue;
			for (const index of demonyms) {
				const named =
					countryByDemonym(tokens[index].text) ?? this.hyphenatedDemonym(tokens[index].text);
				const actor = named && this.lexicon.countries.get(named.name);
				if (!actor) continue;
				this.used[index] = true;
				this.addCountry({
					kind: 'country',
					first: index,
					last: index,
					actor,
					via: 'demonym',
					possessive: false
				});
			}
			i = j;
		}
	}

	private hyphenatedDemonym(text: string) {
		const match = text.includes('-') ? STATE_LED.exec(text) : null;
		return match ? (countryByDemonym(match[1]) ?? countryByName(match[1])) : undefined;
	}

	/** "Israel's parliament", "the Iraqi Parliament", "China's foreign ministry", "the cabinet". */
	private findInstitutions(): void {
		const { tokens, info } = this;
		for (let i = 0; i < tokens.length; i++) {
			if (this.used[i] || !INSTITUTION_FIRST_WORDS.has(info[i].lower)) continue;
			const pair = i + 1 < tokens.length ? `${info[i].lower} ${info[i + 1].lower}` : '';
			const three = i + 2 < tokens.length ? `${pair} ${info[i + 2].lower}` : '';
			const four = i + 3 < tokens.length ? `${three} ${info[i + 3].lower}` : '';
			let institution: string | null = null;
			let last = i;
			for (const [pattern, name] of INSTITUTIONS) {
				if (pattern.test(four)) [institution, last] = [name, i + 3];
				else if (pattern.test(three)) [institution, last] = [name, i + 2];
				else if (pattern.test(pair)) [institution, last] = [name, i + 1];
				else if (pattern.test(info[i].lower)) [institution, last] = [name, i];
				if (institution) break;
			}
			let first = i;
			if (!institution && info[i].lower === 'ministry') {
				const field = this.ministryField(i);
				if (field) [institution, first, last] = [field.name, field.first, field.last];
			}
			// "the parliament building": a venue named after the body, not the body.
			if (!institution || VENUE_AFTER.test(info[last + 1]?.lower ?? '')) continue;
			let country: string | null = null;
			const before = first - 1;
			if (before >= 0 && info[before].cap) {
				const named = countryByDemonym(tokens[before].text);
				if (named) [country, first] = [named.name, before];
			} else if (before >= 1 && /^['’][sS]$/.test(tokens[before].text)) {
				const named = countryByName(tokens[before - 1].text);
				if (named) [country, first] = [named.name, before - 1];
			}
			this.absorb(first, last);
			this.mentions.push({ kind: 'institution', first, last, institution, country });
			i = last;
		}
	}

	/**
	 * Any other ministry, named by its field before ("the Kenyan energy ministry") or after ("the
	 * ministry of mines and energy"): a ministry of the state named before it.
	 */
	private ministryField(at: number): { name: string; first: number; last: number } | null {
		const { tokens, info } = this;
		const isField = (k: number) =>
			k >= 0 &&
			k < tokens.length &&
			!this.used[k] &&
			info[k].word &&
			!ORGANISATION_STOP.test(info[k].lower) &&
			!CLAUSE_VERB.test(info[k].lower) &&
			!(info[k].cap && countryByDemonym(tokens[k].text));
		let first = at;
		while (first > at - 3 && isField(first - 1) && !/['’]s$/i.test(tokens[first - 1].text)) first--;
		let last = at;
		if (first === at && lowerIs(info[at + 1], 'of')) {
			for (let k = at + 2; k <= at + 5 && (isField(k) || lowerIs(info[k], 'and')); k++) last = k;
			if (lowerIs(info[last], 'and')) last--;
			if (last === at + 1) last = at;
		}
		if (first === at && last === at) return null;
		const words = first < at ? this.spanText(first, at - 1) : this.spanText(at + 2, last);
		const field = words
			.toLowerCase()
			.replace(/(^|\s)(\p{L})/gu, (_, space, c) => space + c.toUpperCase());
		return { name: `Ministry of ${field.replace(/ And /g, ' and ')}`, first, last };
	}

	/** Pronouns and descriptions the article resolves: "he", "the Iraqi premier", "the two sides". */
	private findReferences(): void {
		const { tokens, info } = this;
		for (let i = 0; i < tokens.length; i++) {
			// "Norway's foreign minister", "Kenya's government": a description a named state owns.
			const owner = this.countryAt.get(i);
			if (owner?.kind === 'country' && owner.first === i && owner.possessive) {
				const owned = this.readDescription(i, owner.actor.name, owner.last + 2);
				if (owned) {
					this.absorb(owned.first, owned.last);
					this.mentions.push(owned);
					i = owned.last;
					continue;
				}
			}
			if (this.used[i] || !info[i].word) continue;
			const lower = info[i].lower;
			// "his Uzbek counterpart", "her deputy": a possessive opening a description is read with it.
			const described = DESCRIPTION_DETERMINERS.has(lower) ? this.readDescription(i, null) : null;
			if (described && described.countries.length) {
				this.absorb(described.first, described.last);
				this.mentions.push(described);
				i = described.last;
				continue;
			}
			if (PRONOUNS_SINGULAR.has(lower) || PRONOUNS_PLURAL.has(lower)) {
				this.mentions.push({
					kind: 'reference',
					first: i,
					last: i,
					text: tokens[i].text,
					head: lower,
					pronoun: true,
					plural: PRONOUNS_PLURAL.has(lower),
					count: null,
					countries: [],
					classes: [],
					visiting: false
				});
				continue;
			}
			const possessiveCountry =
				info[i].cap && /^['’][sS]$/.test(tokens[i + 1]?.text ?? '')
					? countryByName(tokens[i].text)
					: undefined;
			if (!DESCRIPTION_DETERMINERS.has(lower) && !possessiveCountry) continue;
			const found = this.readDescription(i, possessiveCountry?.name ?? null);
			if (found) {
				this.absorb(found.first, found.last);
				this.mentions.push(found);
				i = found.last;
			}
		}
	}

	/** A description opening at `start`, its modifiers from `from` (after a possessive owner). */
	private readDescription(
		start: number,
		possessiveCountry: string | null,
		from = possessiveCountry ? start + 2 : start + 1
	): ReferenceMention | null {
		const { tokens, info } = this;
		const countries = possessiveCountry ? [possessiveCountry] : [];
		let count: number | null = lowerIs(info[start], 'both') ? 2 : null;
		let visiting = false;
		let field = false;
		let j = from;
		let headIndex = -1;
		/** A body that owns the office ("the AU envoy"), which stays its own mention. */
		let owner: NameMention | null = null;
		for (; j < tokens.length && j <= start + 6; j++) {
			const lower = info[j].lower;
			const body = this.countryAt.get(j);
			if (
				body?.kind === 'name' &&
				body.first === j &&
				// "the Authority" is itself the body referred to, not an owner of an office after it.
				!BODY_HEADS.has(info[body.last].lower) &&
				(body.actor ? body.actor.kind === 'organisation' : !body.personal)
			) {
				owner = body;
				j = body.last;
				continue;
			}
			const demonym = info[j].cap ? countryByDemonym(tokens[j].text) : undefined;
			if (demonym) {
				countries.push(demonym.name);
				continue;
			}
			if (lower === 'two') count = 2;
			if (lower === 'three') count = 3;
			if (lower === 'visiting') visiting = true;
			// "his Uzbek counterpart": an office like the other side's, whatever it is.
			const isHead =
				describedClasses(lower).length > 0 ||
				GROUP_HEADS.has(lower) ||
				BODY_HEADS.has(lower) ||
				lower === 'guest' ||
				lower === 'counterpart';
			if (isHead) {
				headIndex = j;
				const following = info[j + 1];
				// "the two foreign ministers": a number is the head only when nothing follows it.
				if (
					(lower === 'two' || lower === 'three') &&
					following &&
					DESCRIPTION_MODIFIERS.has(following.lower)
				)
					continue;
				// "foreign minister", "prime minister": the head is the last word.
				if (
					following &&
					(describedClasses(following.lower).length > 0 || GROUP_HEADS.has(following.lower))
				)
					continue;
				break;
			}
			if (DESCRIPTION_MODIFIERS.has(lower) || lower === 'two' || lower === 'three') continue;
			// "the Kenyan energy minister", "the Senegalese fisheries minister": an office's
			// field, when a state says whose office it is; any plain word will do there.
			const anyField =
				countries.length > 0 &&
				info[j].word &&
				!info[j].cap &&
				!ORGANISATION_STOP.test(lower) &&
				!CLAUSE_VERB.test(lower) &&
				!CONJUNCTION.test(lower);
			if (!ROLE_MODIFIERS.has(lower) && !anyField) break;
			field = true;
		}
		if (headIndex < 0 || (field && !countries.length)) return null;
		// "the two" alone, or a head followed by a name, is not a description.
		const next = tokens[headIndex + 1];
		if (next && this.info[headIndex + 1].cap && isNameWord(next, this.info[headIndex + 1]))
			return null;
		const head = info[headIndex].lower;
		const headPhrase = this.spanText(start, headIndex).toLowerCase();
		// Tests by string, not by a pattern ending in $, which would be tried at every position.
		const classes = endsWithEither(headPhrase, 'foreign minister', 'foreign ministers')
			? describedClasses('foreign minister')
			: endsWithEither(headPhrase, 'prime minister', 'prime ministers')
				? describedClasses('prime minister')
				: headPhrase.includes('diplomat') && /top \w* ?diplomat/.test(headPhrase)
					? describedClasses('diplomat')
					: // "the energy minister" is no foreign or prime minister.
						field && /^(?:minister|secretary)s?$/.test(head)
						? (['minister'] as const)
						: describedClasses(head);
		// "the president of Ghana", "the ministers of A and B", "the leaders of the five Gulf
		// states": the states named after the office.
		let last = headIndex;
		if (!countries.length && lowerIs(info[headIndex + 1], 'of')) {
			let k = headIndex + 2;
			while (lowerIs(info[k], 'the') || countValue(info[k]?.lower ?? '') !== undefined) k++;
			for (;;) {
				const named = this.mentions.filter(
					(m): m is CountryMention => m.kind === 'country' && m.first === k
				);
				if (!named.length) break;
				countries.push(...named.map((m) => m.actor.name));
				last = named[0].last;
				// A group adjective's noun ends the phrase: "the five Gulf states".
				if (named.length > 1 && /^(?:states|countries|nations)$/.test(info[last + 1]?.lower ?? ''))
					last++;
				if (!(lowerIs(info[last + 1], 'and') || tokens[last + 1]?.text === ',')) break;
				k = last + 2;
			}
		}
		const plural = GROUP_HEADS.has(head) || /s$/.test(head) || countries.length > 1;
		if (lowerIs(info[start], 'their') && !plural) return null;
		const first = owner ? owner.last + 1 : start;
		const body = owner ? [owner.name, ...(owner.actor ? [owner.actor.name] : [])] : null;
		return {
			kind: 'reference',
			first,
			last,
			text: this.spanText(first, last),
			...(body ? { body } : {}),
			head,
			pronoun: false,
			plural,
			count: count ?? (countries.length > 1 ? countries.length : null),
			countries,
			classes,
			visiting
		};
	}

	find(): Mention[] {
		this.findKnown();
		this.findSeats();
		this.findOrganisations();
		this.findRegionalGroups();
		this.findStateEpithets();
		this.findUnknownNames();
		this.findInstitutions();
		this.findReferences();
		this.findStatesByPeople();
		this.mentions.sort((a, b) => a.first - b.first);
		this.foldOfficesIntoNames();
		// "her counterpart Luis Mora": a possessive before a titled name is its determiner.
		return this.mentions.filter((m, k) => {
			const next = this.mentions[k + 1];
			return !(
				m.kind === 'reference' &&
				m.pronoun &&
				next?.kind === 'name' &&
				next.personal &&
				next.first === m.last + 1
			);
		});
	}

	/**
	 * "his Bolivian counterpart, Luis Mora,": a description set off before a name is the name's
	 * office; the name takes its state and the two are one mention.
	 */
	private foldOfficesIntoNames(): void {
		for (let k = this.mentions.length - 2; k >= 0; k--) {
			const [office, name] = [this.mentions[k], this.mentions[k + 1]];
			if (office.kind !== 'reference' || office.pronoun || office.plural) continue;
			if (name.kind !== 'name' || !name.personal || office.countries.length !== 1) continue;
			if (this.tokens[office.last + 1]?.text !== ',' || name.first !== office.last + 2) continue;
			name.country ??= office.countries[0];
			name.role ??= office.text.replace(/^(?:the|his|her|their|its)\s+/i, '');
			name.first = office.first;
			this.mentions.splice(k, 1);
		}
	}
}

interface RoleFound {
	first: number;
	last: number;
	role: string | null;
	country: string | null;
	visiting: boolean;
	honorific: boolean;
}

function endsWithEither(text: string, one: string, other: string): boolean {
	return text.endsWith(one) || text.endsWith(other);
}

function isSpelledCountry(phrase: string, actor: Actor): boolean {
	const folded = foldDiacritics(phrase.replace(/^the\s+/i, ''));
	return (
		countryByName(phrase)?.name === actor.name ||
		[actor.name, ...actor.aliases].some((a) => foldDiacritics(a.replace(/^the\s+/i, '')) === folded)
	);
}

function lowerIs(info: TokenInfo | undefined, word: string): boolean {
	return info?.lower === word;
}

/** Every actor mention in a tokenised sentence, in text order. */
export function findMentions(text: string, tokens: Token[], lexicon: ActorLexicon): Mention[] {
	return new SentenceMentions(text, tokens, lexicon).find();
}
