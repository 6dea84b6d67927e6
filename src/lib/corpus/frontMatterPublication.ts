import { zonedIso } from '../dates/timeZones';
import type { Publication } from '../types';
import { isoDateParts, type FrontMatter } from './frontMatter';

const pad = (n: number) => String(n).padStart(2, '0');

/** `+03:30` style offset of a fixed-offset string ("Z", "+0330", "+03:30"). */
function normaliseOffset(offset: string): string {
	if (offset === 'Z') return '+00:00';
	return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** The publication moment the front matter gives, or null when it gives none. */
export function frontMatterPublication(frontMatter: FrontMatter): Publication | null {
	if (!frontMatter.published) return null;
	const { year, month, day, time, offset } = isoDateParts(frontMatter.published);
	const dayIso = `${year}-${pad(month)}-${pad(day)}`;
	const zone = frontMatter.timezone ?? null;
	const text = `front matter: published ${frontMatter.published}${zone ? `, timezone ${zone}` : ''}`;
	if (time && offset) {
		const normalised = normaliseOffset(offset);
		return {
			iso: `${dayIso}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${normalised}`,
			day: dayIso,
			timeZone: zone ?? (normalised === '+00:00' ? 'UTC' : normalised),
			hasTime: true,
			text,
			origin: 'front-matter'
		};
	}
	const wall = time ?? { hour: 0, minute: 0, second: 0 };
	return {
		iso: zonedIso(year, month, day, wall.hour, wall.minute, wall.second, zone ?? 'UTC'),
		day: dayIso,
		timeZone: zone,
		hasTime: time !== null,
		text,
		origin: 'front-matter'
	};
}
