import { z } from 'zod';
import frameData from './nominalFrames.json';

/**
 * The verbs that make an event noun happen and the predicates an event noun takes as subject
 * when it happens (the data file beside this module), each phrase as words: a lemma first,
 * then the words as written.
 */

const phrases = z.array(z.string().regex(/^[\p{Ll}-]+(?: [\p{Ll}-]+)*$/u)).min(1);

const framesSchema = z
	.object({
		$comment: z.string(),
		supportVerbs: z.record(z.string(), phrases),
		predicates: z.object({ intransitive: phrases, passive: phrases }).strict()
	})
	.strict();

const frames = framesSchema.parse(frameData);
const asWords = (list: string[]) => list.map((phrase) => phrase.split(' '));

/** Support verb lists by name, as eventLexicon.json's noun categories cite them. */
export const SUPPORT_VERBS: ReadonlyMap<string, readonly string[][]> = new Map(
	Object.entries(frames.supportVerbs).map(([name, list]) => [name, asWords(list)])
);
/** "the summit took place", "the truce took effect": in any voice. */
export const INTRANSITIVE_PREDICATES: readonly string[][] = asWords(frames.predicates.intransitive);
/** "the election was held", "the deal reached in May": only passive or as a participle. */
export const PASSIVE_PREDICATES: readonly string[][] = asWords(frames.predicates.passive);
