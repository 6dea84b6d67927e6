import { error, redirect } from '@sveltejs/kit';
import { describePublication } from '$lib/dates/describe';
import { publicationFromIso } from '$lib/dates/publicationFromIso';
import { dateAnchors, RELATED_EVENT } from '$lib/provenance/dateAnchors';
import { nameSourcesIn, sourceLabel, sourceName } from '$lib/provenance/sourceLabel';
import { appDb } from '$lib/server/appDb';
import { dateAnchorCandidates } from '$lib/server/dateAnchorCandidates';
import { eventCorrectionActions, eventCorrectionsData } from '$lib/server/correctionActions';
import { eventDetail } from '$lib/server/eventDetail';
import { excerptKeywords } from '$lib/timeline/excerptKeywords';
import { externalHref, textFragmentHref } from '$lib/timeline/originalPage';
import type { PageServerLoad } from './$types';

/**
 * An event's page: the event, how its date was worked out, and every excerpt that supports it
 * with its key words marked and links into the stored source and the original page.
 */
export const load: PageServerLoad = (request) => {
	const { params } = request;
	const db = appDb();
	const lookup = eventDetail(db, params.id);
	if (!lookup.found) {
		// An id that had to change still resolves, so shared links keep working.
		if (lookup.redirectTo) redirect(301, `/events/${encodeURIComponent(lookup.redirectTo)}`);
		error(404, { message: `No event has the id “${params.id}”.`, hint: 'search' });
	}
	const { event, sources, conflicts, participants } = lookup.detail;
	const subject = { type: event.type, participants };
	const excerpts = event.mentions.map((mention) => ({
		...mention,
		keywords: excerptKeywords(mention.excerpt, subject),
		originalHref: textFragmentHref(sources[mention.sourceId]?.url, mention.excerpt)
	}));
	const sourceInfo = Object.fromEntries(
		Object.values(sources).map((source) => {
			const publication = source.published ? publicationFromIso(source.published) : null;
			return [
				source.id,
				{
					...source,
					label: sourceLabel(source),
					name: sourceName(source),
					published: publication ? describePublication(publication) : null,
					url: externalHref(source.url)
				}
			];
		})
	);
	const cited = Object.values(sources);
	const explanation = event.date.explanation;
	return {
		event,
		/** The explanation with its sources named (merge writes their ids). */
		explanation: nameSourcesIn(explanation, cited),
		/** The events the date was taken from, the related event first. */
		anchors: explanation.includes(RELATED_EVENT)
			? dateAnchors(explanation, dateAnchorCandidates(db, event.id)).map(
					({ id, title, start, end }) => ({ id, title, start, end })
				)
			: [],
		conflicts: conflicts.map((conflict) => ({
			...conflict,
			date: { ...conflict.date, explanation: nameSourcesIn(conflict.date.explanation, cited) }
		})),
		participants,
		excerpts,
		sources: sourceInfo,
		...eventCorrectionsData(request, event.id)
	};
};

export const actions = eventCorrectionActions;
