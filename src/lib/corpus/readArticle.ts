import { createHash } from 'node:crypto';
import { readPublication } from '../dates/index';
import { readTitle } from '../extract/readTitle';
import { isolateBidi } from '../text/isolateBidi';
import type { ArticleMeta } from '../types';
import { decodeArticle } from './decodeArticle';
import { splitFrontMatter } from './frontMatter';
import { frontMatterPublication } from './frontMatterPublication';

/** One article file, decoded, with its metadata; `body` is what excerpt offsets index into. */
export interface Article {
	/** Path relative to the corpus folder, with `/` separators. */
	file: string;
	/** SHA-256 of the file's bytes. */
	hash: string;
	body: string;
	meta: ArticleMeta;
	/** Header dates that could not be read safely ("03/10/2023 could be 3 Oct or 10 Mar"). */
	warnings: string[];
}

export type ReadArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

export function hashBytes(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads one article: front matter (validated) overrides what the header lines give for the
 * title and publication; everything else comes from the raw text as a news site shows it.
 */
export function readArticle(file: string, bytes: Uint8Array, hash = hashBytes(bytes)): ReadArticleResult {
	const decoded = decodeArticle(bytes);
	if (!decoded.ok) return decoded;
	const split = splitFrontMatter(decoded.text);
	if (!split.ok) return split;
	const { body } = split;
	if (body.trim() === '') return { ok: false, reason: 'no article text after the front matter' };
	const frontMatter = split.frontMatter ?? {};
	const warnings: string[] = [];
	let publication = frontMatterPublication(frontMatter);
	if (!publication) {
		const reading = readPublication(body);
		publication = reading.publication;
		if (reading.ambiguity) warnings.push(reading.ambiguity);
	}
	return {
		ok: true,
		article: {
			file,
			hash,
			body,
			warnings,
			meta: {
				title: shownSafely(boundedTitle(frontMatter.title ?? headline(body))),
				outlet: shownSafely(frontMatter.outlet ?? null),
				url: frontMatter.url ?? null,
				language: frontMatter.language ?? null,
				publication
			}
		}
	};
}

/**
 * Longest title kept: headlines run to a hundred characters or two; a megabyte-long first line or
 * front matter title would otherwise be repeated on every page that names the source.
 */
export const MAX_TITLE_CHARS = 300;

/** The title cut at a word before MAX_TITLE_CHARS (or at the limit), with an ellipsis. */
export function boundedTitle(title: string | null): string | null {
	if (title === null || title.length <= MAX_TITLE_CHARS) return title;
	const head = title.slice(0, MAX_TITLE_CHARS - 1);
	const space = head.lastIndexOf(' ');
	const cut = space > MAX_TITLE_CHARS / 2 ? head.slice(0, space) : head;
	return `${cut.replace(/[\s\p{P}]+$/u, '')}…`;
}

/** Bidi overrides in a title or outlet, isolated so that they reorder nothing around them. */
function shownSafely(text: string | null): string | null {
	return text === null ? null : isolateBidi(text);
}

/** Lines at the top of an article in which its headline is looked for before the whole body. */
const HEADLINE_HEAD_LINES = 12;

/**
 * `readTitle` of the body, tried first on its head: each line is classified from itself and the
 * lines above it, so a headline found in the head is the one the whole body gives, and most
 * articles are spared classifying every paragraph (about half the cost of reading one).
 */
function headline(body: string): string | null {
	let end = -1;
	for (let line = 0; line < HEADLINE_HEAD_LINES; line++) {
		end = body.indexOf('\n', end + 1);
		if (end < 0) return readTitle(body);
	}
	return readTitle(body.slice(0, end)) ?? readTitle(body);
}

/** A stable, URL-safe source id from the file path ("world/2021 Tehran.txt" → "world-2021-tehran"). */
export function sourceIdFor(file: string): string {
	return (
		file
			.replace(/\.[^./]+$/, '')
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9_]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'source'
	);
}
