import { error } from '@sveltejs/kit';
import { appDb } from '$lib/server/appDb';
import { sourceDetail } from '$lib/server/sourceDetail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const detail = sourceDetail(appDb(), params.id);
	if (!detail) error(404, { message: `No source has the id “${params.id}”.`, hint: 'search' });
	return detail;
};
