import { z } from 'zod';
import { countryByName } from './countries';
import data from './regionalGroups.json';

/**
 * Adjectives naming a fixed group of states ("the Baltic foreign ministers"): the group acts
 * for each member state.
 */
const schema = z.object({
	groups: z.array(
		z.object({
			adjective: z.string().regex(/^\p{Lu}\p{L}+$/u),
			members: z.array(z.string().refine((name) => countryByName(name)?.name === name)).min(2)
		})
	)
});

const membersByAdjective = new Map(
	schema.parse(data).groups.map((g) => [g.adjective.toLowerCase(), g.members] as const)
);

/** The member states a group adjective stands for ("Nordic" → Denmark, Finland, …), or none. */
export function regionalGroupMembers(adjective: string): readonly string[] {
	return membersByAdjective.get(adjective.toLowerCase()) ?? [];
}
