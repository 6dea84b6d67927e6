import { createHash } from 'node:crypto';
import { sourceIdFor } from './readArticle';

/** Hex characters of the path's hash that tell apart two files with the same slug. */
const DISAMBIGUATION_HEX = 6;

/**
 * Source ids for the files of one ingest, asked in corpus order. A stored file keeps the id it
 * has, so links to its page stay valid; a new file gets its slug (`sourceIdFor`), unless another
 * file, stored or earlier in this run, has it ("a b.txt" and "a-b.txt" are both "a-b"): then the
 * slug and a few hex characters of a hash of its path, so that it gets a row of its own rather
 * than overwriting the other's.
 */
export function sourceIdAssigner(
	stored: Iterable<{ id: string; file: string }>
): (file: string) => string {
	const idOfFile = new Map<string, string>();
	const taken = new Set<string>();
	for (const { id, file } of stored) {
		idOfFile.set(file, id);
		taken.add(id);
	}
	return (file) => {
		const kept = idOfFile.get(file);
		if (kept) return kept;
		const slug = sourceIdFor(file);
		const id = taken.has(slug)
			? `${slug}-${createHash('sha256').update(file).digest('hex').slice(0, DISAMBIGUATION_HEX)}`
			: slug;
		idOfFile.set(file, id);
		taken.add(id);
		return id;
	};
}
