import type { Derivation, EventDate, EventType, Participant, Precision } from '../types';
import { slugify } from './eventSlug';
import type { SourcedMention } from './types';

/** A compact description of one mention, for tests. */
export interface MentionSpec {
	source: string;
	type?: EventType;
	people?: string[];
	countries?: string[];
	place?: string | null;
	/** `YYYY-MM-DD`, or `YYYY-MM-DD..YYYY-MM-DD` for an interval; omitted: undated. */
	on?: string;
	precision?: Precision;
	derivation?: Derivation;
	approximate?: boolean;
	partial?: EventDate['partial'];
	text?: string;
	/** The excerpt's words; by default none that merging compares (just where it is). */
	excerpt?: string;
	planned?: boolean;
	/** Excerpt offset in the source (excerpt keys must differ within a source). */
	at?: number;
	published?: string | null;
	title?: string;
}

function participant(name: string, kind: Participant['kind']): Participant {
	return { id: slugify(name), name, kind };
}

/** Builds a sourced mention from a spec, with defaults that keep tests short. */
export function testMention(spec: MentionSpec): SourcedMention {
	const [start, end] = spec.on
		? (spec.on.split('..').concat(spec.on).slice(0, 2) as [string, string])
		: [null, null];
	const at = spec.at ?? 0;
	const text = spec.text ?? '';
	return {
		sourceId: spec.source,
		published: spec.published ?? null,
		mention: {
			type: spec.type ?? 'meeting',
			cameo: null,
			title: spec.title ?? `${spec.type ?? 'meeting'} ${(spec.people ?? []).join(', ')}`,
			planned: spec.planned ?? false,
			date: {
				start,
				end,
				precision: spec.precision ?? (start === null ? 'unknown' : start === end ? 'day' : 'range'),
				derivation: spec.derivation ?? (start === null ? 'unresolved' : 'explicit'),
				text,
				explanation: `${spec.source} explains ${text || 'nothing'}.`,
				approximate: spec.approximate ?? false,
				...(spec.partial ? { partial: spec.partial } : {})
			},
			participants: [
				...(spec.people ?? []).map((name) => participant(name, 'person')),
				...(spec.countries ?? []).map((name) => participant(name, 'country'))
			],
			place: spec.place ?? null,
			excerpts: [{ start: at, end: at + 10, text: spec.excerpt ?? `${spec.source}@${at}` }]
		}
	};
}
