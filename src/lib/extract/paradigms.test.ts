import { describe, expect, it } from 'vitest';
import type { EventMention, EventType } from '../types';
import paradigms from './paradigms.json';
import { extractWithoutGazetteer } from './testSentence';

/**
 * A paradigm sweep: each event form (active, passive, participle, nominal, phrasal, planned,
 * negated, postponed, untitled) told with each style of naming its actors, in invented
 * sentences, and what extraction makes of it: the event, its type, who takes part, its day and
 * whether it happened. Known gaps are listed in the data and expected to fail.
 */

type Slot = {
	text: string | null;
	intro?: string | null;
	is: string | null;
	subjectOnly?: boolean;
};
type Style = { name: string; A: Slot; B: Slot };
type Template = {
	id: string;
	form: string;
	type: EventType;
	text: string[];
	who?: string[];
	date?: string;
	status?: 'happened' | 'planned' | 'postponed' | 'cancelled' | 'none';
};

const styles = paradigms.styles as Style[];
const fixed = paradigms.fixed as Record<string, Slot>;
const templates = paradigms.templates as Template[];
const gaps = new Set(paradigms.gaps as string[]);

/** Words between the story's introductions and the sentence read, so that it is not the lead. */
const FILLER = 'Officials said the mood was calm.';
const SLOT = /\{(\w)\}/g;

/** Whether a slot's words fit wherever the template puts them. */
function fits(template: Template, key: string, slot: Slot): boolean {
	const text = template.text.join(' ');
	if (/,$/.test(slot.text ?? '') || slot.subjectOnly) {
		if (text.includes(`{${key}}'s`)) return false;
	}
	if (!slot.subjectOnly) return true;
	// A pronoun stands only as the subject: at a sentence's start or after an opening phrase.
	const uses = [...text.matchAll(new RegExp(`\\{${key}\\}`, 'g'))];
	return uses.every((use) => /(?:^|[.,] )$/.test(text.slice(0, use.index)));
}

/** The story's sentences for a template told in a style, the last being the one read. */
function tell(template: Template, style: Style): string[] {
	const slots: Record<string, Slot> = { ...fixed, A: style.A, B: style.B };
	const used = ['A', 'B'].filter((key) => template.text.some((t) => t.includes(`{${key}}`)));
	const intros = used.flatMap((key) => (slots[key].intro ? [slots[key].intro!] : []));
	const told = template.text.map((sentence) =>
		sentence
			.replace(SLOT, (_, key: string) => slots[key].text ?? '')
			// A slot closed by a comma before other punctuation loses it: "X, the envoy, met" / "met X, the envoy."
			.replace(/,(\s*[,.])/g, '$1')
			.replace(/^\p{Ll}/u, (first) => first.toUpperCase())
	);
	return intros.length ? [...intros, FILLER, ...told] : told;
}

/** Why extraction misses the template's event, or '' when it finds it as expected. */
function miss(
	template: Template,
	style: Style,
	events: EventMention[],
	body: string,
	read: string
): string {
	const at = body.lastIndexOf(read);
	const on = events.filter((e) => e.excerpts.some((x) => x.start < at + read.length && x.end > at));
	const ofType = on.filter((e) => e.type === template.type);
	const status = template.status ?? 'happened';
	if (status === 'none') return ofType.length ? `found a ${template.type}` : '';
	if (!on.length) return 'no event';
	if (!ofType.length) return `type ${on.map((e) => e.type).join('/')}`;
	const [event] = ofType;
	const names = event.participants.map((p) => p.name);
	const slots: Record<string, Slot> = { ...fixed, A: style.A, B: style.B };
	const missing = (template.who ?? [])
		.map((key) => slots[key].is!)
		.filter((n) => !names.includes(n));
	if (missing.length) return `without ${missing.join(', ')} (has ${names.join(', ')})`;
	const date = template.date ?? paradigms.defaultDate;
	if (event.date.start !== date) return `dated ${event.date.start}`;
	const told = event.status ?? (event.planned ? 'planned' : 'happened');
	return told === status ? '' : `told as ${told}`;
}

const cases = templates.flatMap((template) => {
	const slotted = template.text.some((t) => /\{[AB]\}/.test(t));
	return (slotted ? styles : styles.slice(0, 1))
		.filter((style) => fits(template, 'A', style.A) && fits(template, 'B', style.B))
		.map((style) => ({ template, style, key: `${template.id}@${style.name}` }));
});

describe('paradigm sweep over event forms and actor styles', () => {
	for (const { template, style, key } of cases) {
		const sentences = tell(template, style);
		const read = sentences[sentences.length - 1];
		const test = gaps.has(key) ? it.fails : it;
		test(`${key}: ${read}`, () => {
			const body = ['Tuesday, 4 June 2024 10:15 GMT', '', sentences.join(' ')].join('\n');
			const events = extractWithoutGazetteer(body, paradigms.publication);
			expect(miss(template, style, events, body, read)).toBe('');
		});
	}

	it('lists as gaps only cases it tells', () => {
		const keys = new Set(cases.map((c) => c.key));
		expect([...gaps].filter((gap) => !keys.has(gap))).toEqual([]);
	});
});
