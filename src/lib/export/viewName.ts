/**
 * Names of an exported view: a file name a download keeps (ASCII, no spaces, so every browser
 * and file system takes it as is) and a title in words for the calendar or the timeline.
 */
import type { EventQuery } from '../params/eventQuery';
import { typeLabel } from '../timeline/lanes';

const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');

/** `diplomatic-events_2020-07-01_to_2020-07-31_q-ceasefire_actor-x_type-meeting-visit` + extension. */
export function exportFileName(
	query: EventQuery,
	extension: string,
	stem = 'diplomatic-events'
): string {
	const parts = [stem];
	if (query.from || query.to) parts.push(`${query.from ?? 'start'}_to_${query.to ?? 'end'}`);
	else parts.push('all');
	const words = query.q ? slug(query.q) : '';
	if (words) parts.push(`q-${words}`);
	if (query.actor) parts.push(`actor-${query.actor}`);
	if (query.type?.length) parts.push(`type-${query.type.join('-').replace(/_/g, '-')}`);
	return `${parts.join('_')}.${extension}`;
}

/** "Diplomatic events, 2020-07-01 to 2020-07-31, matching “ceasefire”, actor x, type Meeting" */
export function exportTitle(query: EventQuery): string {
	const parts = ['Diplomatic events'];
	if (query.from || query.to) {
		parts.push(`${query.from ?? 'the start'} to ${query.to ?? 'the end'}`);
	}
	if (query.q) parts.push(`matching “${query.q}”`);
	if (query.actor) parts.push(`actor ${query.actor}`);
	if (query.type?.length) parts.push(`type ${query.type.map(typeLabel).join(' or ')}`);
	return parts.join(', ');
}
