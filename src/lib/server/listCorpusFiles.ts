import { readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileErrorReason } from './fileErrorReason';

/** An entry of the corpus folder that is not read, and why. */
export interface SkippedEntry {
	/** Path relative to the corpus folder, with `/` separators (a folder's ends with `/`). */
	file: string;
	reason: string;
	/** The entry could not be read at all (a folder without permission): an error, not a choice. */
	unreadable: boolean;
}

const ARTICLE_NAME = /\.(txt|md)$/i;

/**
 * Article files under the corpus folder (recursive, `.txt` and `.md`), sorted, relative paths.
 * What is passed over on purpose (hidden entries, symbolic links, pipes and devices) or cannot be
 * listed is told to `onSkipped`, so that nothing is left out silently; other files (the
 * gazetteer, notes) are not articles and are not mentioned. Throws when the corpus folder itself
 * cannot be listed.
 */
export function listCorpusFiles(
	corpusDir: string,
	onSkipped: (entry: SkippedEntry) => void = () => {}
): string[] {
	const files: string[] = [];
	const relativePath = (path: string) => relative(corpusDir, path).split(sep).join('/');
	const walk = (dir: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			// The corpus folder itself unreadable is no corpus at all: the caller's error.
			if (dir === corpusDir) throw error;
			onSkipped({
				file: `${relativePath(dir)}/`,
				reason: fileErrorReason(error),
				unreadable: true
			});
			return;
		}
		for (const entry of entries) {
			const path = join(dir, entry.name);
			const file = relativePath(path);
			const skip = (reason: string) => onSkipped({ file, reason, unreadable: false });
			if (entry.name.startsWith('.')) {
				skip(`hidden ${entry.isDirectory() ? 'folder' : 'file'} (its name starts with a dot)`);
			} else if (entry.isSymbolicLink()) skip('symbolic link, not followed');
			else if (entry.isDirectory()) walk(path);
			else if (!entry.isFile()) skip(`${specialKind(entry)}, not a regular file`);
			else if (ARTICLE_NAME.test(entry.name)) files.push(file);
		}
	};
	walk(corpusDir);
	return files.sort();
}

function specialKind(entry: Dirent): string {
	if (entry.isFIFO()) return 'named pipe';
	if (entry.isSocket()) return 'socket';
	if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
	return 'special file';
}
