import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Article files under the corpus folder (recursive, `.txt` and `.md`), sorted, relative paths. */
export function listCorpusFiles(corpusDir: string): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile() && /\.(txt|md)$/i.test(entry.name)) {
				files.push(relative(corpusDir, path).split(sep).join('/'));
			}
		}
	};
	walk(corpusDir);
	return files.sort();
}
