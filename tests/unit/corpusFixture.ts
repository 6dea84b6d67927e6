import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const SEED_CORPUS = join(REPO, 'corpus');
export const DEVSET_CORPUS = join(REPO, 'tests', 'fixtures', 'devset', 'corpus');

export function tempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `timeline-${prefix}-`));
}

/** A corpus folder holding copies of the named seed/devset articles (and the gazetteer). */
export function corpusWith(files: { from: string; name: string }[], withGazetteer = true): string {
	const dir = tempDir('corpus');
	mkdirSync(dir, { recursive: true });
	for (const { from, name } of files) copyFileSync(from, join(dir, name));
	if (withGazetteer && readdirSync(SEED_CORPUS).includes('actors.yaml')) {
		copyFileSync(join(SEED_CORPUS, 'actors.yaml'), join(dir, 'actors.yaml'));
	}
	return dir;
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): void {
	writeFileSync(join(dir, name), bytes);
}
