import { toParticipant } from '../actors/articleActors';
import type { Gazetteer } from '../actors/gazetteer';
import { readLiveBlogPosts } from '../dates/liveBlogPosts';
import { countryOfCapital } from '../actors/countries';
import { lexiconFor } from '../actors/lexicon';
import { forgetParses } from '../nlp/analyse';
import type { ArticleMeta, EventMention } from '../types';
import { ArticleReader, type ProseSentence } from './articleReader';
import { readParagraphLead } from './dateline';
import { eventTitle } from './eventTitle';
import { inheritPlaces } from './inheritPlaces';
import { mergeDrafts } from './mergeDrafts';
import { withPersonStates } from './participants';
import { segmentArticle } from './segmentArticle';
import { splitSentences } from './splitSentences';

/** Words of a headline, and how many a capital's name may have ("Port Moresby", "Addis Ababa"). */
const WORD = /[\p{L}'’-]+/gu;
const MAX_CITY_WORDS = 3;

/** Paragraph tail markers of wire copy, not part of the last sentence. */
const END_MARKER = /\s+Enditem$/i;

/** The prose sentences of an article, without datelines or outlet tags, and the dateline's city. */
export function proseSentences(body: string): {
	sentences: ProseSentence[];
	dateline: string | null;
} {
	const sentences: ProseSentence[] = [];
	let dateline: string | null = null;
	let paragraphs = 0;
	const heads: string[] = [];
	for (const line of segmentArticle(body)) {
		if (line.kind === 'heading' && !paragraphs) heads.push(line.text);
		if (line.kind !== 'prose') {
			// "DOHA, Nov 8, 2023 (AFP) -" on a line of its own above the story.
			const text = line.text.trim();
			const lead = paragraphs ? null : readParagraphLead(text);
			if (lead?.place && lead.length >= text.length) dateline ??= lead.place;
			continue;
		}
		const lead = readParagraphLead(line.text);
		// Only the story's first paragraphs carry its dateline.
		if (lead.place && dateline === null && paragraphs < 2) dateline = lead.place;
		paragraphs++;
		const text = line.text.slice(lead.length).replace(END_MARKER, '');
		sentences.push(...splitSentences(text, line.start + lead.length));
	}
	return { sentences, dateline: dateline ?? headingCapital(heads) };
}

/**
 * A story with no dateline is filed from the one capital its headline lines name, if any
 * ("Talks stall in Lima"); two capitals name no home.
 */
function headingCapital(heads: readonly string[]): string | null {
	const capitals = new Set<string>();
	for (const text of heads) {
		const words = text.match(WORD) ?? [];
		words.forEach((_, i) => {
			for (let n = 1; n <= MAX_CITY_WORDS && i + n <= words.length; n++) {
				const country = countryOfCapital(words.slice(i, i + n).join(' '));
				if (country) capitals.add(country.capital);
			}
		});
	}
	return capitals.size === 1 ? [...capitals][0] : null;
}

/**
 * The events one article reports, each with its date (and how it was worked out), participants,
 * place and the excerpts of the body that state it. Headlines, date lines and site chrome are
 * never sources; remarks made at a meeting are excerpts of that meeting, not events.
 */
export function extractArticle(
	body: string,
	meta: ArticleMeta,
	gazetteer: Gazetteer
): EventMention[] {
	forgetParses();
	const { sentences, dateline } = proseSentences(body);
	const posts = readLiveBlogPosts(body, meta.publication);
	const reader = new ArticleReader(lexiconFor(gazetteer), meta.publication, dateline, posts);
	for (const sentence of sentences) reader.read(sentence);
	const drafts = inheritPlaces(mergeDrafts(reader.drafts), dateline, meta.publication);
	return drafts.map((draft) => ({
		type: draft.type,
		cameo: draft.cameo,
		title: eventTitle(draft),
		planned: draft.planned,
		...(draft.status ? { status: draft.status } : {}),
		...(draft.rescheduled ? { rescheduled: draft.rescheduled } : {}),
		date: draft.date,
		participants: withPersonStates(reader.actors, draft.participants).map(toParticipant),
		place: draft.place,
		excerpts: draft.excerpts.map(([start, end]) => ({ start, end, text: body.slice(start, end) }))
	}));
}
