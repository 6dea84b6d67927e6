import { error } from '@sveltejs/kit';
import { describePublication } from '$lib/dates/describe';
import { excerptColours, excerptsByEvent } from '$lib/provenance/excerptColours';
import { publicationReading } from '$lib/provenance/publicationReading';
import { sourceLabel } from '$lib/provenance/sourceLabel';
import { appDb } from '$lib/server/appDb';
import { sourceCorrectionActions } from '$lib/server/correctionActions';
import { sourceDetail } from '$lib/server/sourceDetail';
import { openingWords } from '$lib/text/openingWords';
import { externalHref } from '$lib/timeline/originalPage';
import type { PageServerLoad } from './$types';

/** A stored article as it was read, with every excerpt that supports an event marked. */
export const load: PageServerLoad = ({ params }) => {
	const detail = sourceDetail(appDb(), params.id);
	if (!detail) error(404, { message: `No source has the id “${params.id}”.`, hint: 'search' });
	const { publication, url, ...source } = detail.source;
	const colours = excerptColours(detail.mentions);
	const mentions = detail.mentions.map((mention) => ({
		...mention,
		colour: colours.get(mention.eventId)!,
		opening: openingWords(source.body.slice(mention.start, mention.end))
	}));
	return {
		source,
		label: sourceLabel(detail.source),
		// The stored URL is untrusted: only a web address becomes a link, anything else is shown.
		originalHref: externalHref(url),
		storedUrl: url,
		publication: publication && {
			...publication,
			described: describePublication(publication),
			reading: publicationReading(publication)
		},
		mentions,
		byEvent: excerptsByEvent(mentions)
	};
};

export const actions = sourceCorrectionActions;
