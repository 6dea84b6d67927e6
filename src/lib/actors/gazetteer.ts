import { parse } from 'yaml';
import { z } from 'zod';
import { phoneticKey } from './phoneticKey';
import { slug } from './slug';

export const ACTOR_KINDS = ['person', 'country', 'organisation'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** One actor of the user-editable gazetteer. */
export interface Actor {
	/** Slug of the canonical name. */
	id: string;
	name: string;
	kind: ActorKind;
	/** Country the actor belongs to (its own name for a country), or null. */
	country: string | null;
	aliases: string[];
	/** Titles the actor is known by ("Foreign Minister"), used to resolve "the foreign minister". */
	roles: string[];
}

export interface Gazetteer {
	readonly actors: readonly Actor[];
	/** Actors by the phonetic key of their name and every alias. */
	readonly byKey: ReadonlyMap<string, readonly Actor[]>;
}

const entrySchema = z.strictObject({
	name: z.string().trim().min(1),
	kind: z.enum(ACTOR_KINDS),
	country: z.string().trim().min(1).optional(),
	aliases: z.array(z.string().trim().min(1)).optional(),
	roles: z.array(z.string().trim().min(1)).optional()
});

const fileSchema = z.strictObject({ actors: z.array(z.unknown()) });

function indexActors(actors: readonly Actor[]): Map<string, Actor[]> {
	const byKey = new Map<string, Actor[]>();
	for (const actor of actors) {
		for (const alias of new Set([actor.name, ...actor.aliases])) {
			const key = phoneticKey(alias);
			if (!key) continue;
			const list = byKey.get(key) ?? [];
			if (!list.includes(actor)) list.push(actor);
			byKey.set(key, list);
		}
	}
	return byKey;
}

export function makeGazetteer(actors: readonly Actor[]): Gazetteer {
	return { actors, byKey: indexActors(actors) };
}

export const EMPTY_GAZETTEER: Gazetteer = makeGazetteer([]);

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		return `field '${issue.keys.join("', '")}': unknown field (expected name, kind, country, aliases, roles)`;
	}
	const field = issue.path.length ? issue.path.join('.') : '(entry)';
	return `field '${field}': ${issue.message}`;
}

/**
 * Reads a gazetteer YAML file (`actors:` list of {name, kind, country?, aliases?, roles?}).
 * Throws an Error naming the file, the entry and the field on any mistake, so that a user
 * editing the file can find it.
 */
export function parseGazetteer(yamlText: string, fileLabel: string): Gazetteer {
	let document: unknown;
	try {
		document = parse(yamlText);
	} catch (error) {
		throw new Error(`${fileLabel}: not valid YAML: ${(error as Error).message}`, { cause: error });
	}
	const file = fileSchema.safeParse(document ?? { actors: [] });
	if (!file.success) {
		throw new Error(
			`${fileLabel}: expected a top-level 'actors:' list (${describeIssue(file.error.issues[0])})`
		);
	}
	const seen = new Map<string, number>();
	const actors = file.data.actors.map((raw, index): Actor => {
		const entry = entrySchema.safeParse(raw);
		const label = `${fileLabel}: entry ${index + 1}`;
		if (!entry.success) {
			const name = (raw as { name?: unknown } | null)?.name;
			const named = typeof name === 'string' ? ` (${name})` : '';
			throw new Error(`${label}${named}: ${describeIssue(entry.error.issues[0])}`);
		}
		const { name, kind, country, aliases = [], roles = [] } = entry.data;
		const id = slug(name);
		const previous = seen.get(id);
		if (previous !== undefined) {
			throw new Error(`${label} (${name}): field 'name': same actor as entry ${previous + 1}`);
		}
		seen.set(id, index);
		return {
			id,
			name,
			kind,
			country: country ?? (kind === 'country' ? name : null),
			aliases,
			roles
		};
	});
	return makeGazetteer(actors);
}
