import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EMPTY_GAZETTEER, parseGazetteer, type Gazetteer } from '../actors/gazetteer';
import { hashBytes } from '../corpus/readArticle';
import { DEFAULT_CORPUS_DIR } from './db';

/** The user-edited actor gazetteer's file name, in a corpus folder. */
export const GAZETTEER_FILE = 'actors.yaml';

/** What `--gazetteer` / `TIMELINE_GAZETTEER` take to ingest without any gazetteer. */
export const NO_GAZETTEER = 'none';

/** Where the gazetteer an ingest uses comes from. */
export type GazetteerOrigin = 'chosen' | 'corpus' | 'bundled' | 'none';

export interface GazetteerChoice {
	origin: GazetteerOrigin;
	/** Absolute path of the file read; null without a gazetteer. */
	path: string | null;
}

export interface LoadedGazetteer extends GazetteerChoice {
	gazetteer: Gazetteer;
	/** The file's text (extraction workers parse it again), null without a gazetteer. */
	text: string | null;
	/** Changes with the text, so that a new gazetteer has unchanged files extracted again. */
	hash: string;
}

export class GazetteerError extends Error {}

/** The gazetteer asked for by a flag, else by `TIMELINE_GAZETTEER`; undefined for the default. */
export function configuredGazetteer(flag?: string): string | undefined {
	return flag ?? (process.env.TIMELINE_GAZETTEER || undefined);
}

/**
 * The app's own gazetteer, used for a corpus folder that has none: `corpus/actors.yaml` of the
 * app (its working directory, where `npm start` and the scripts run).
 */
export function bundledGazetteerPath(): string {
	return resolve(DEFAULT_CORPUS_DIR, GAZETTEER_FILE);
}

/**
 * Which gazetteer an ingest of `corpusDir` reads: the file `chosen` (or none, for `none`), else
 * the corpus folder's own `actors.yaml`, else the bundled one, else none.
 */
export function chooseGazetteer(corpusDir: string, chosen?: string): GazetteerChoice {
	if (chosen === NO_GAZETTEER) return { origin: 'none', path: null };
	if (chosen) return { origin: 'chosen', path: resolve(chosen) };
	const own = resolve(corpusDir, GAZETTEER_FILE);
	if (existsSync(own)) return { origin: 'corpus', path: own };
	const bundled = bundledGazetteerPath();
	if (existsSync(bundled)) return { origin: 'bundled', path: bundled };
	return { origin: 'none', path: null };
}

/** Reads and parses the chosen gazetteer; a missing or broken file is a GazetteerError. */
export function loadGazetteer(choice: GazetteerChoice): LoadedGazetteer {
	if (choice.path === null) {
		return { ...choice, gazetteer: EMPTY_GAZETTEER, text: null, hash: NO_GAZETTEER };
	}
	let text: string;
	try {
		text = readFileSync(choice.path, 'utf8');
	} catch (error) {
		throw new GazetteerError(
			`gazetteer ${choice.path} cannot be read: ${(error as Error).message}`
		);
	}
	try {
		const gazetteer = parseGazetteer(text, GAZETTEER_FILE);
		return { ...choice, gazetteer, text, hash: hashBytes(new TextEncoder().encode(text)) };
	} catch (error) {
		throw new GazetteerError(`${choice.path}: ${(error as Error).message}`);
	}
}

/** One line saying which gazetteer is used and why. */
export function describeGazetteer(choice: GazetteerChoice): string {
	switch (choice.origin) {
		case 'chosen':
			return `gazetteer: ${choice.path} (chosen with --gazetteer or TIMELINE_GAZETTEER)`;
		case 'corpus':
			return `gazetteer: ${choice.path} (the corpus folder's own)`;
		case 'bundled':
			return `gazetteer: ${choice.path} (bundled with the app: the corpus folder has no ${GAZETTEER_FILE})`;
		case 'none':
			return 'gazetteer: none (actors are found only from their titles in the text)';
	}
}
