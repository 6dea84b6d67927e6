import { publicationFromIso } from '../dates/publicationFromIso';
import { zonedIso } from '../dates/timeZones';
import type { Publication } from '../types';
import type { FrontMatter } from './frontMatter';

/**
 * The publication moment the front matter gives, or null when it gives none. `timezone` names
 * the publisher's zone; it also places a `published` time written without an offset.
 */
export function frontMatterPublication(frontMatter: FrontMatter): Publication | null {
	if (!frontMatter.published) return null;
	const written = publicationFromIso(frontMatter.published, 'front-matter');
	if (!written) return null;
	const zone = frontMatter.timezone ?? null;
	const text = `front matter: published ${frontMatter.published}${zone ? `, timezone ${zone}` : ''}`;
	if (!zone) return { ...written, text };
	const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(frontMatter.published.trim());
	if (hasOffset) return { ...written, timeZone: zone, text };
	const [year, month, day] = written.day.split('-').map(Number);
	const [hour, minute, second] = written.iso.slice(11, 19).split(':').map(Number);
	return {
		...written,
		iso: zonedIso(year, month, day, hour, minute, second, zone),
		timeZone: zone,
		text
	};
}
