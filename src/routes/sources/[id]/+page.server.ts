import { error } from '@sveltejs/kit';
import { describePublication } from '$lib/dates/describe';
import { appDb } from '$lib/server/appDb';
import { sourceDetail } from '$lib/server/sourceDetail';
import { externalHref } from '$lib/timeline/originalPage';
import type { PageServerLoad } from './$types';

/** A stored article as it was read, with every excerpt that supports an event marked. */
export const load: PageServerLoad = ({ params }) => {
	const detail = sourceDetail(appDb(), params.id);
	if (!detail) error(404, { message: `No source has the id “${params.id}”.`, hint: 'search' });
	const { publication, url, ...source } = detail.source;
	return {
		source,
		// The stored URL is untrusted: only a web address becomes a link, anything else is shown.
		originalHref: externalHref(url),
		storedUrl: url,
		publication: publication && {
			...publication,
			described: describePublication(publication)
		},
		mentions: detail.mentions
	};
};
