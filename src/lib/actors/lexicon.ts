import { COUNTRIES } from './countries';
import type { Actor, Gazetteer } from './gazetteer';
import { phoneticKey } from './phoneticKey';
import { slug } from './slug';

/**
 * Everything the extractor can recognise by name: the user's gazetteer merged with the built-in
 * list of countries, indexed by phonetic key, plus an index of first words so that a sentence is
 * scanned once per word instead of once per gazetteer entry.
 */
export interface ActorLexicon {
	byKey: ReadonlyMap<string, readonly Actor[]>;
	/** Phonetic key of an alias's first word → the longest alias (in words) starting with it. */
	maxWordsByFirstKey: ReadonlyMap<string, number>;
	/** Country actors by canonical country name. */
	countries: ReadonlyMap<string, Actor>;
}

export function aliasWords(alias: string): string[] {
	return alias
		.replace(/^the\s+/i, '')
		.split(/\s+/)
		.filter((w) => w.length > 0);
}

function countryActors(gazetteer: Gazetteer): Actor[] {
	const fromGazetteer = new Map(
		gazetteer.actors.filter((a) => a.kind === 'country').map((a) => [a.id, a])
	);
	const actors = COUNTRIES.map((country): Actor => {
		const id = slug(country.name);
		const extra = fromGazetteer.get(id);
		fromGazetteer.delete(id);
		return {
			id,
			name: country.name,
			kind: 'country',
			country: country.name,
			aliases: [...country.aliases, ...(extra?.aliases ?? [])],
			roles: []
		};
	});
	return [...actors, ...fromGazetteer.values()];
}

function buildLexicon(gazetteer: Gazetteer): ActorLexicon {
	const countries = countryActors(gazetteer);
	const actors = [...countries, ...gazetteer.actors.filter((a) => a.kind !== 'country')];
	const byKey = new Map<string, Actor[]>();
	const maxWordsByFirstKey = new Map<string, number>();
	for (const actor of actors) {
		for (const alias of new Set([actor.name, ...actor.aliases])) {
			const key = phoneticKey(alias);
			if (!key) continue;
			const list = byKey.get(key) ?? [];
			if (!list.includes(actor)) list.push(actor);
			byKey.set(key, list);
			const words = aliasWords(alias);
			const firstKey = phoneticKey(words[0]);
			maxWordsByFirstKey.set(
				firstKey,
				Math.max(maxWordsByFirstKey.get(firstKey) ?? 0, words.length)
			);
		}
	}
	return {
		byKey,
		maxWordsByFirstKey,
		countries: new Map(countries.map((c) => [c.name, c]))
	};
}

const cache = new WeakMap<Gazetteer, ActorLexicon>();

/** The lexicon of a gazetteer, built once and reused for every article. */
export function lexiconFor(gazetteer: Gazetteer): ActorLexicon {
	let lexicon = cache.get(gazetteer);
	if (!lexicon) {
		lexicon = buildLexicon(gazetteer);
		cache.set(gazetteer, lexicon);
	}
	return lexicon;
}
