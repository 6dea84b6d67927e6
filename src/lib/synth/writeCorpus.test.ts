import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../corpus/frontMatter';
import { readPublication } from '../dates/index';
import { assertOutsideCorpus, writeCorpus } from './writeCorpus';

/** A scratch repository with a corpus/ folder, and the files written by a run. */
function scratch() {
	const root = mkdtempSync(join(tmpdir(), 'synth-'));
	mkdirSync(join(root, 'corpus'));
	return root;
}

function run(root: string, out: string, seed: string, articles = 30, frontMatter = false) {
	writeCorpus({ articles, seed, outDir: join(root, out), repoRoot: root, frontMatter });
	const dir = join(root, out);
	return Object.fromEntries(
		readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')])
	);
}

describe('writeCorpus', () => {
	it('writes the same bytes for the same seed and other articles for another', () => {
		const root = scratch();
		const first = run(root, 'a', 'seed-1');
		expect(Object.keys(first)).toHaveLength(30);
		expect(run(root, 'b', 'seed-1')).toEqual(first);
		expect(Object.values(run(root, 'c', 'seed-2'))).not.toEqual(Object.values(first));
	});

	it('writes front matter that the corpus reader accepts and that agrees with the header', () => {
		const root = scratch();
		for (const [file, text] of Object.entries(run(root, 'fm', 'seed-1', 30, true))) {
			const result = splitFrontMatter(text);
			if (!result.ok) throw new Error(`${file}: ${result.reason}`);
			const meta = result.frontMatter!;
			expect(meta.outlet).toBeTruthy();
			const { publication } = readPublication(text);
			if (!meta.published) {
				expect(publication).toBeNull();
				continue;
			}
			expect(publication?.day).toBe(meta.published.slice(0, 10));
		}
	});

	it.each([
		['the corpus folder', 'corpus'],
		['a folder inside it', 'corpus/synthetic'],
		['a path that climbs back into it', 'elsewhere/../corpus/x']
	])('refuses %s', (_, out) => {
		const root = scratch();
		expect(() =>
			writeCorpus({ articles: 3, seed: 's', outDir: join(root, out), repoRoot: root })
		).toThrow(/refusing to write .*corpus/);
		expect(readdirSync(join(root, 'corpus'))).toEqual([]);
	});

	it('refuses a symlink that leads into the corpus folder', () => {
		const root = scratch();
		symlinkSync(join(root, 'corpus'), join(root, 'link'));
		expect(() => assertOutsideCorpus(join(root, 'link', 'deeper'), root)).toThrow(/refusing/);
		expect(() => assertOutsideCorpus(join(root, 'corpus-synthetic'), root)).not.toThrow();
	});

	it('refuses this repository’s own corpus', () => {
		expect(() => assertOutsideCorpus('corpus', process.cwd())).toThrow(/refusing/);
	});

	it('rejects a count that is not a whole number', () => {
		const root = scratch();
		expect(() =>
			writeCorpus({ articles: Number('ten'), seed: 's', outDir: join(root, 'x'), repoRoot: root })
		).toThrow(/whole number/);
	});
});
