import { z } from 'zod';
import legislatureData from './legislatures.json';

/**
 * The names of legislatures (the data file beside this module), in the three forms their readers
 * need: whole names for the cue, single words for the lexicon's class, a state's parliament for
 * the actor finder.
 */

const names = z.array(z.string().regex(/^[\p{Ll}]+(?: [\p{Ll}]+)*$/u)).min(1);

const legislatures = z
	.object({
		$comment: z.string(),
		parliament: names,
		chambers: names,
		national: names,
		classOnly: names,
		cueOnly: names
	})
	.strict()
	.parse(legislatureData);

/** Every name a text may call a legislature by, whole: "the Lok Sabha", "approved by the Senate". */
export const LEGISLATURE_NAMES: readonly string[] = [
	...legislatures.parliament,
	...legislatures.chambers,
	...legislatures.national,
	...legislatures.cueOnly
];

/** The common names that stand for a state's parliament: "the lower house", "lawmakers". */
export const PARLIAMENT_NAMES: readonly string[] = legislatures.parliament;

/**
 * The words that are a legislature as a verb's subject, read word by word: a common name's
 * head ("house" of "the lower house", of "the house of representatives"), and every word of a
 * national name, which alone names it ("the Rada voted").
 */
export const LEGISLATURE_CLASS_WORDS: readonly string[] = [
	...new Set([
		...[...legislatures.parliament, ...legislatures.chambers].map(headWord),
		...legislatures.national.flatMap((name) => name.split(' ')),
		...legislatures.classOnly
	])
];

/** The head of an English noun phrase: the word before "of", else the last. */
function headWord(name: string): string {
	const words = name.split(' ');
	const of = words.indexOf('of');
	return of > 0 ? words[of - 1] : words[words.length - 1];
}
