import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/unit/corpusFixture';
import {
	bundledGazetteerPath,
	chooseGazetteer,
	configuredGazetteer,
	describeGazetteer,
	GazetteerError,
	loadGazetteer
} from './gazetteerChoice';

const cleanup: string[] = [];
afterEach(() => {
	for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
	delete process.env.TIMELINE_GAZETTEER;
});

function corpus(withGazetteer: boolean): string {
	const dir = tempDir('gazetteer');
	cleanup.push(dir);
	if (withGazetteer)
		writeFileSync(join(dir, 'actors.yaml'), 'actors:\n  - name: Ruritania\n    kind: country\n');
	return dir;
}

describe('chooseGazetteer', () => {
	it('takes the corpus folder’s own actors.yaml first', () => {
		const dir = corpus(true);
		const choice = chooseGazetteer(dir);
		expect(choice).toEqual({ origin: 'corpus', path: join(dir, 'actors.yaml') });
		expect(loadGazetteer(choice).gazetteer.actors.map((a) => a.name)).toEqual(['Ruritania']);
		expect(describeGazetteer(choice)).toBe(
			`gazetteer: ${join(dir, 'actors.yaml')} (the corpus folder's own)`
		);
	});

	it('falls back to the one bundled with the app for a corpus without one', () => {
		const choice = chooseGazetteer(corpus(false));
		expect(choice).toEqual({ origin: 'bundled', path: resolve('corpus/actors.yaml') });
		expect(bundledGazetteerPath()).toBe(choice.path);
		expect(loadGazetteer(choice).gazetteer.actors.length).toBeGreaterThan(0);
		expect(describeGazetteer(choice)).toMatch(
			/\(bundled with the app: the corpus folder has no actors\.yaml\)$/
		);
	});

	it('takes a chosen file, or none, over both', () => {
		const own = corpus(true);
		const other = join(corpus(true), 'actors.yaml');
		expect(chooseGazetteer(own, other)).toEqual({ origin: 'chosen', path: other });
		const none = chooseGazetteer(own, 'none');
		expect(none).toEqual({ origin: 'none', path: null });
		expect(loadGazetteer(none).gazetteer.actors).toEqual([]);
	});

	it('reads the choice from the flag, else TIMELINE_GAZETTEER', () => {
		expect(configuredGazetteer()).toBeUndefined();
		process.env.TIMELINE_GAZETTEER = '/etc/actors.yaml';
		expect(configuredGazetteer()).toBe('/etc/actors.yaml');
		expect(configuredGazetteer('none')).toBe('none');
	});

	it('names a chosen file that is missing or broken', () => {
		const dir = corpus(false);
		expect(() => loadGazetteer(chooseGazetteer(dir, join(dir, 'nope.yaml')))).toThrow(
			GazetteerError
		);
		writeFileSync(join(dir, 'bad.yaml'), 'actors: [unclosed\n');
		expect(() => loadGazetteer(chooseGazetteer(dir, join(dir, 'bad.yaml')))).toThrow(
			new RegExp(`^${join(dir, 'bad.yaml')}: `)
		);
	});
});
