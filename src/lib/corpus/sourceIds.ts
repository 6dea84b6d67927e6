import { createHash } from 'node:crypto';
import { sourceIdFor } from './readArticle';

/** Hex characters of the path's hash that tell apart two files with the same slug. */
const DISAMBIGUATION_HEX = 6;

/** Where the ids already given out live: the database during an ingest, a map elsewhere. */
export interface SourceIdStore {
	/** The id `file` was given, if it has one. */
	idOf(file: string): string | undefined;
	/** Whether any file has `id`. */
	isTaken(id: string): boolean;
	/** Keeps the id just given to a new file. */
	remember(file: string, id: string): void;
}

/**
 * Source ids for the files of one ingest, asked in corpus order. A stored file keeps the id it
 * has, so links to its page stay valid; a new file gets its slug (`sourceIdFor`), unless another
 * file, stored or earlier in this run, has it ("a b.txt" and "a-b.txt" are both "a-b"): then the
 * slug and a few hex characters of a hash of its path, so that it gets a row of its own rather
 * than overwriting the other's.
 */
export function sourceIdAssigner(store: SourceIdStore): (file: string) => string {
	return (file) => {
		const kept = store.idOf(file);
		if (kept) return kept;
		const slug = sourceIdFor(file);
		const id = store.isTaken(slug)
			? `${slug}-${createHash('sha256').update(file).digest('hex').slice(0, DISAMBIGUATION_HEX)}`
			: slug;
		store.remember(file, id);
		return id;
	};
}

/** A store held in memory, starting from `stored` files and their ids. */
export function memorySourceIds(stored: Iterable<{ id: string; file: string }> = []): SourceIdStore {
	const idOfFile = new Map<string, string>();
	const taken = new Set<string>();
	for (const { id, file } of stored) {
		idOfFile.set(file, id);
		taken.add(id);
	}
	return {
		idOf: (file) => idOfFile.get(file),
		isTaken: (id) => taken.has(id),
		remember: (file, id) => {
			idOfFile.set(file, id);
			taken.add(id);
		}
	};
}
