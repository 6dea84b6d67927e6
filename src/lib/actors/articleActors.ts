import type { Participant } from '../types';
import { countryByName } from './countries';
import type { Actor, ActorKind } from './gazetteer';
import type { ActorLexicon } from './lexicon';
import { BODY_HEADS, type Mention, type NameMention, type ReferenceMention } from './findMentions';
import { phoneticKey } from './phoneticKey';
import { roleClasses, type RoleClass } from './roles';
import { slug } from './slug';
import { NAME_PARTICLES } from './wordClasses';

/**
 * The people, states and bodies one article talks about, and the resolution of every later
 * reference to them: surnames and partial names ("Blinken", "Bin Farhan"), descriptions ("the
 * Iraqi premier", "the top Iranian diplomat"), pronouns and groups ("the two sides").
 */

/**
 * Whether a person can be a body's officer ("the AU envoy"): the role names the body, or names
 * no owner at all ("special envoy") and the person serves no state.
 */
function servesBody(actor: ArticleActor, body: readonly string[]): boolean {
	const role = actor.role ?? '';
	if (body.some((name) => role.toLowerCase().includes(name.toLowerCase()))) return true;
	return !actor.country && !/\p{Lu}/u.test(role.slice(1));
}

export interface ArticleActor {
	id: string;
	name: string;
	kind: ActorKind;
	country: string | null;
	/** Role as first written in the article ("Iraqi Foreign Minister"), or the gazetteer's. */
	role: string | null;
	classes: Set<RoleClass>;
	/** Phonetic keys of the name's words, for surname and partial-name references. */
	wordKeys: string[];
	/** Introduced as "visiting …". */
	visiting: boolean;
	/** Order of the last mention, for recency. */
	lastSeen: number;
}

export function toParticipant(actor: ArticleActor): Participant {
	return {
		id: actor.id,
		name: actor.name,
		role: actor.role,
		kind: actor.kind,
		...(actor.kind !== 'country' && actor.country ? { country: actor.country } : {})
	};
}

function nameWordKeys(name: string): string[] {
	return name
		.split(/\s+/)
		.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !/^al$/i.test(w))
		.map((w) => phoneticKey(w))
		.filter((k) => k.length > 0);
}

/** True when the words of `part` appear in order among the words of `whole`. */
function isSubsequence(part: string[], whole: string[]): boolean {
	let i = 0;
	for (const key of whole) if (key === part[i]) i++;
	return i === part.length;
}

/** Plural heads that name people, never states ("the two men", "the leaders"). */
const PEOPLE_GROUP = /^(?:men|leaders|presidents|ministers|pair|two|counterparts|officials)$/;
/** Heads that name who came from abroad: "the guest", "the visitors". */
const GUEST_HEADS = /^(?:guests?|visitors)$/;
/** Plural heads that stand for states, read as the sides in mind ("the two neighbours"). */
const STATES_HEAD = /^(?:governments|countries|nations|neighbou?rs)$/;
/** Plural heads that name the states themselves. */
const GROUP_OF_STATES = /^(?:governments|countries|nations|sides|parties|delegations)$/;

/**
 * How many sides a group's actors stand for: a state with its people is one side, a person of
 * no known state is one ("both sides" needs two).
 */
export function sidesOf(actors: readonly ArticleActor[]): number {
	return new Set(actors.map((a) => (a.kind === 'country' ? a.name : (a.country ?? a.id)))).size;
}

const INSTITUTION_NAMES: Record<string, (demonym: string, country: string) => string[]> = {
	parliament: (d, c) => [`${d} parliament`, `${c}'s parliament`, `Parliament of ${c}`],
	cabinet: (d, c) => [`${d} cabinet`, `${c}'s cabinet`, `Cabinet of ${c}`],
	'Ministry of Foreign Affairs': (d, c) => [
		`${d} Ministry of Foreign Affairs`,
		`${d} foreign ministry`,
		`${c}'s foreign ministry`
	],
	'Ministry of Defence': (d, c) => [`${d} Ministry of Defence`, `${c}'s defence ministry`],
	presidency: (d, c) => [`${d} presidency`, `Presidency of ${c}`]
};

export class ArticleActors {
	private readonly actors: ArticleActor[] = [];
	private readonly byId = new Map<string, ArticleActor>();
	private clock = 0;

	constructor(private readonly lexicon: ActorLexicon) {}

	all(): readonly ArticleActor[] {
		return this.actors;
	}

	private touch(actor: ArticleActor): ArticleActor {
		actor.lastSeen = ++this.clock;
		return actor;
	}

	private register(
		id: string,
		name: string,
		kind: ActorKind,
		country: string | null,
		roles: string[]
	): ArticleActor {
		const existing = this.byId.get(id);
		if (existing) return this.touch(existing);
		const actor: ArticleActor = {
			id,
			name,
			kind,
			country,
			role: null,
			classes: new Set(roles.flatMap((r) => roleClasses(r))),
			wordKeys: nameWordKeys(name),
			visiting: false,
			lastSeen: 0
		};
		this.actors.push(actor);
		this.byId.set(id, actor);
		return this.touch(actor);
	}

	private fromGazetteer(actor: Actor): ArticleActor {
		return this.register(actor.id, actor.name, actor.kind, actor.country, actor.roles);
	}

	/** "his Iranian counterpart X": X holds the same office as the other side. */
	shareClasses(from: ArticleActor, to: ArticleActor): void {
		for (const cls of from.classes) to.classes.add(cls);
	}

	private learnRole(actor: ArticleActor, mention: NameMention): void {
		if (mention.role) {
			actor.role ??= mention.role;
			for (const cls of roleClasses(mention.role)) actor.classes.add(cls);
		}
		if (mention.country && !actor.country) actor.country = mention.country;
		if (mention.visiting) actor.visiting = true;
	}

	/**
	 * The article actor a partial name refers to ("Blinken", "Bin Farhan", "Sheikh Tamim"), by the
	 * name's word keys.
	 */
	private byPartialName(keys: string[]): ArticleActor | undefined {
		if (keys.length === 0) return undefined;
		let best: ArticleActor | undefined;
		let bestScore = -1;
		for (const actor of this.actors) {
			if (actor.kind === 'country' || !isSubsequence(keys, actor.wordKeys)) continue;
			// A surname outranks a first name; recency breaks ties.
			const endsWith = actor.wordKeys.at(-1) === keys.at(-1) ? 1 : 0;
			const score = endsWith * 1e6 + actor.lastSeen;
			if (score > bestScore) [best, bestScore] = [actor, score];
		}
		return best;
	}

	private resolveName(mention: NameMention): ArticleActor | null {
		if (mention.actor) {
			const actor = this.fromGazetteer(mention.actor);
			this.learnRole(actor, mention);
			return actor;
		}
		const keys = nameWordKeys(mention.name);
		const known = this.byPartialName(keys);
		const words = mention.nameLast - mention.nameFirst + 1;
		if (known && (words === 1 || known.wordKeys.length >= keys.length)) {
			this.learnRole(known, mention);
			return this.touch(known);
		}
		const titled = Boolean(mention.role || mention.country);
		if (words === 1 && !titled && mention.personal) return null;
		const kind: ActorKind = mention.personal ? 'person' : 'organisation';
		const actor = this.register(slug(mention.name), mention.name, kind, mention.country, []);
		this.learnRole(actor, mention);
		return actor;
	}

	private institution(name: string, country: string | null): ArticleActor | null {
		if (!country) return null;
		const known = countryByName(country);
		const demonym = known?.demonyms[0] ?? country;
		const variants = INSTITUTION_NAMES[name]?.(demonym, country) ?? [`${demonym} ${name}`];
		for (const variant of variants) {
			const actor = this.lexicon.byKey.get(phoneticKey(variant))?.[0];
			if (actor) return this.fromGazetteer(actor);
		}
		return this.register(slug(variants[0]), variants[0], 'organisation', country, []);
	}

	/** The most recent person matching a description's role classes and countries. */
	private described(
		classes: readonly RoleClass[],
		country: string | null,
		visiting: boolean,
		exclude: Set<string>
	): ArticleActor | undefined {
		let best: ArticleActor | undefined;
		for (const actor of this.actors) {
			if (actor.kind !== 'person' || exclude.has(actor.id)) continue;
			if (country && actor.country !== country) continue;
			if (visiting && !actor.visiting) continue;
			if (classes.length && !classes.some((c) => actor.classes.has(c))) continue;
			if (!best || actor.lastSeen > best.lastSeen) best = actor;
		}
		return best;
	}

	/** The states a group's people and states stand for, once each. */
	private statesFor(actors: readonly ArticleActor[]): ArticleActor[] {
		const countries = new Set(actors.map((a) => (a.kind === 'country' ? a.name : a.country)));
		return [...countries].flatMap((c) => {
			const actor = c ? this.lexicon.countries.get(c) : undefined;
			return actor ? [this.fromGazetteer(actor)] : [];
		});
	}

	/**
	 * "the kingdom", "the Himalayan nation": the state seen last that the epithet fits; one named
	 * later in the sentence ("the Baltic country …, Latvia's ministry said") or the only state it
	 * can be ("the Himalayan kingdom") when none before fits. "The host country" is the host.
	 */
	private epithetState(
		epithet: NonNullable<ReferenceMention['epithet']>,
		context: ReferenceContext
	): ArticleActor[] {
		const { states } = epithet;
		const fits = (name: string) => !states || states.includes(name);
		const host = epithet.host ? context.host?.() : null;
		const name =
			(host && fits(host) ? host : undefined) ??
			context.statesBefore?.find(fits) ??
			(states
				? (context.statesAfter?.find(fits) ?? (states.length === 1 ? states[0] : null))
				: null);
		const state = name ? this.country(name) : null;
		return state ? [this.touch(state)] : [];
	}

	/** The states seen so far, the one seen last first: named, or those of the people named. */
	recentStates(): string[] {
		const recent = [...this.actors].sort((a, b) => b.lastSeen - a.lastSeen);
		const names = recent.map((a) => (a.kind === 'country' ? a.name : a.country));
		return [...new Set(names.filter((n): n is string => n !== null))];
	}

	private resolveDescription(mention: ReferenceMention, context: ReferenceContext): ArticleActor[] {
		if (mention.epithet) return this.epithetState(mention.epithet, context);
		const group = context.group;
		if (STATES_HEAD.test(mention.head)) {
			const found = this.statesFor(group);
			const states = found.length >= 2 ? found : this.statesFor(context.parties?.() ?? group);
			// "the three countries" after a scene of two: the states named last make up the count.
			return mention.count ? this.withRecentStates(states, mention.count) : states;
		}
		const bodyKind = BODY_HEADS.get(mention.head);
		if (bodyKind === 'country') {
			// "the junta", "the officers": of the state it is described by, else the story's.
			const named = mention.countries[0] ?? context.country;
			const state = named ? this.country(named) : this.lastNamed('country');
			return state ? [this.touch(state)] : [];
		}
		if (GUEST_HEADS.test(mention.head) || (mention.visiting && !mention.plural)) {
			const guest = mention.plural
				? this.actors.filter((a) => a.visiting)
				: [this.described([], null, true, new Set())].filter((a) => a !== undefined);
			if (!guest.length && context.guest) guest.push(context.guest);
			// "the visitors left for X" may be going home: only a visitor named as one.
			if (!guest.length && !mention.plural) guest.push(...this.partyFromAbroad(context));
			return guest.map((a) => this.touch(a));
		}
		if (mention.plural) {
			if (
				mention.countries.length > 1 ||
				(mention.classes.length && !GROUP_OF_STATES.test(mention.head))
			) {
				const wanted = mention.countries.length > 1 ? mention.countries : [];
				const classed = this.mostRecent(mention.classes, wanted, mention.count ?? 2, group);
				if (classed.length >= 2) return classed;
			}
			if (mention.countries.length > 1) {
				const found = new Set<string>();
				return mention.countries.flatMap((country) => {
					const actor = this.described(mention.classes, country, false, found);
					if (!actor) return this.standIn(country);
					found.add(actor.id);
					return [this.touch(actor)];
				});
			}
			const people = group.filter((a) => a.kind === 'person');
			const need = mention.count ?? (mention.head === 'pair' ? 2 : null);
			// "the pair", "the two men" after a scene with fewer people: the people named last.
			if (PEOPLE_GROUP.test(mention.head) && people.length < (need ?? 2)) {
				const recent = this.actors
					.filter((a) => a.kind === 'person')
					.sort((a, b) => b.lastSeen - a.lastSeen)
					.slice(0, need ?? 2);
				if (recent.length >= 2) return recent.map((a) => this.touch(a));
			}
			let chosen = people.length ? people : group;
			// "both sides" after a scene with one side (a visitor and his state), "the two
			// delegations" with no event in mind: the parties the story is about.
			if (!chosen.length || (GROUP_OF_STATES.test(mention.head) && sidesOf(chosen) < 2))
				chosen = context.parties?.() ?? chosen;
			return need ? chosen.slice(0, need) : chosen;
		}
		if (bodyKind) {
			const body = this.lastNamed(bodyKind);
			return body ? [this.touch(body)] : [];
		}
		// "its foreign minister": an office of the state the sentence refers back to.
		const country =
			mention.countries[0] ?? (/^its\s/i.test(mention.text) ? context.owner : null) ?? null;
		// "Before leaving Japan, the prime minister met …": the story's subject, when it fits.
		const topic = context.topic;
		if (
			topic?.kind === 'person' &&
			(!country || topic.country === country) &&
			mention.classes.some((c) => topic.classes.has(c))
		)
			return [this.touch(topic)];
		// "his Uzbek counterpart": someone holding the office of the one it belongs to.
		const classes =
			mention.head === 'counterpart' && context.subject
				? [...context.subject.classes]
				: mention.classes;
		if (mention.head === 'counterpart' && !classes.length)
			return country ? this.standIn(country) : [];
		const actor = this.described(classes, country, false, new Set());
		// "the UN envoy" is no envoy of another body or of a state: the body's own mention stands for it.
		if (mention.body && actor && !servesBody(actor, mention.body)) return [];
		if (actor) return [this.touch(actor)];
		// "the foreign minister" with nobody of that office named: the office of the story's state.
		const owner = country ?? (classes.length ? context.country : null);
		return owner ? this.standIn(owner) : [];
	}

	/**
	 * "The visiting minister" when no visitor is named: the one state of the current event's
	 * sides, else of the story's parties, that is not the host.
	 */
	private partyFromAbroad(context: ReferenceContext): ArticleActor[] {
		const host = context.host?.();
		if (!host) return [];
		for (const sides of [context.group, context.parties?.() ?? []]) {
			const abroad = this.statesFor(sides).filter((a) => a.name !== host);
			if (abroad.length === 1) return abroad;
		}
		return [];
	}

	/** The state named last so far. */
	lastState(): ArticleActor | undefined {
		return this.lastNamed('country');
	}

	/**
	 * The actor of a kind mentioned last: "the bloc" is the organisation (one of no single
	 * state: a ministry is no bloc), "the junta" the state.
	 */
	private lastNamed(kind: ActorKind): ArticleActor | undefined {
		let best: ArticleActor | undefined;
		for (const actor of this.actors) {
			if (actor.kind !== kind || (kind === 'organisation' && actor.country)) continue;
			if (!best || actor.lastSeen > best.lastSeen) best = actor;
		}
		return best;
	}

	/** "his Uzbek counterpart", "the Kenyan leader" with nobody of that country named: the state. */
	private standIn(country: string): ArticleActor[] {
		const state = this.country(country);
		return state ? [state] : [];
	}

	/**
	 * The `count` most recent people of the role classes (one per country when countries are
	 * given), preferring the current group: "the two presidents", "the Chilean and Peruvian ministers".
	 */
	/** `states`, then the states seen most recently (named, or of the people named), until there are `count`. */
	private withRecentStates(states: ArticleActor[], count: number): ArticleActor[] {
		const chosen = states.slice(0, count);
		const recent = [...this.actors].sort((a, b) => b.lastSeen - a.lastSeen);
		for (const actor of recent) {
			if (chosen.length >= count) break;
			const name = actor.kind === 'country' ? actor.name : actor.country;
			const state = name ? this.country(name) : null;
			if (state && !chosen.includes(state)) chosen.push(state);
		}
		return chosen;
	}

	private mostRecent(
		classes: readonly RoleClass[],
		countries: string[],
		count: number,
		group: ArticleActor[]
	): ArticleActor[] {
		const fits = (a: ArticleActor) =>
			a.kind === 'person' && (!classes.length || classes.some((c) => a.classes.has(c)));
		// In the current group, someone named without a title may hold the role described.
		const mayFit = (a: ArticleActor) => fits(a) || (a.kind === 'person' && a.classes.size === 0);
		if (countries.length) {
			const found = new Set<string>();
			return countries.flatMap((country) => {
				const actor = this.described(classes, country, false, found);
				if (!actor) return [];
				found.add(actor.id);
				return [this.touch(actor)];
			});
		}
		const fromGroup = group.filter(fits);
		if (fromGroup.length >= count) return fromGroup.slice(0, count);
		const loosely = group.filter(mayFit);
		if (loosely.length >= count) return loosely.slice(0, count);
		const recent = [...this.actors].filter(fits).sort((a, b) => b.lastSeen - a.lastSeen);
		return recent.slice(0, count).map((a) => this.touch(a));
	}

	/** The actors a mention stands for (none when it cannot be resolved). */
	resolve(mention: Mention, context: ReferenceContext): ArticleActor[] {
		switch (mention.kind) {
			case 'name': {
				const actor = this.resolveName(mention);
				return actor ? [actor] : [];
			}
			case 'country':
				return [this.fromGazetteer(mention.actor)];
			case 'institution': {
				const actor = this.institution(mention.institution, mention.country ?? context.country);
				return actor ? [actor] : [];
			}
			case 'reference':
				if (mention.pronoun) {
					if (mention.plural) return context.plural ?? context.group;
					return context.subject ? [this.touch(context.subject)] : [];
				}
				return this.resolveDescription(mention, context);
		}
	}

	get(id: string): ArticleActor | undefined {
		return this.byId.get(id);
	}

	/** The article actor of a country by its canonical name, if the data knows it. */
	country(name: string): ArticleActor | null {
		const actor = this.lexicon.countries.get(name);
		return actor ? this.fromGazetteer(actor) : null;
	}
}

/** What the sentence being read offers for resolving pronouns and group descriptions. */
export interface ReferenceContext {
	/** Antecedent of "he"/"she". */
	subject: ArticleActor | null;
	/** Antecedent of "the two sides", "the leaders": the current event's people. */
	group: ArticleActor[];
	/** Antecedent of "they" when the text names one (a plural subject just before). */
	plural?: ArticleActor[];
	/** The guest of the current visit, for "the visiting minister", "his guest". */
	guest: ArticleActor | null;
	/** The country an unqualified "parliament" or "cabinet" belongs to. */
	country: string | null;
	/** The state "its" stands for: the one named last before the mention. */
	owner?: string | null;
	/** The story's subject, for a description opening a clause ("the prime minister met …"). */
	topic?: ArticleActor | null;
	/** The parties the story is about, for "the two sides" when no event or group is in mind. */
	parties?: () => ArticleActor[];
	/** The states seen before a mention, the nearest first, for "the kingdom", "the island nation". */
	statesBefore?: readonly string[];
	/** The states the sentence names after the mention. */
	statesAfter?: readonly string[];
	/** The state hosting the story's meeting or visit, for "the host country". */
	host?: () => string | null;
}
