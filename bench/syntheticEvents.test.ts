import { describe, expect, it } from 'vitest';
import { SPAN_DAYS, isoDay, syntheticEvents, syntheticSources } from './syntheticEvents';

describe('syntheticEvents', () => {
	const sources = syntheticSources('test', 12);
	const events = [...syntheticEvents('test', 3000, sources)];

	it('is the same for the same seed and different for another', () => {
		expect([...syntheticEvents('test', 3000, sources)]).toEqual(events);
		const other = [...syntheticEvents('other', 50, syntheticSources('other', 12))];
		expect(other.map((e) => e.id)).not.toEqual(events.slice(0, 50).map((e) => e.id));
	});

	it('gives distinct ids, dates in the ten years, ends not before starts, some undated', () => {
		expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
		const dated = events.filter((e) => e.date.start);
		for (const { date } of dated) {
			expect(date.start! >= isoDay(0) && date.end! <= isoDay(SPAN_DAYS - 1)).toBe(true);
			expect(date.end! >= date.start!).toBe(true);
		}
		expect(dated.length).toBeLessThan(events.length);
		expect(dated.length).toBeGreaterThan(events.length * 0.9);
	});

	it('cites real text of its sources at the exact offsets, from one to five sources', () => {
		const bodies = new Map(sources.map((s) => [s.id, s.body]));
		for (const event of events) {
			for (const m of event.mentions)
				expect(bodies.get(m.sourceId)?.slice(m.start, m.end)).toBe(m.excerpt);
		}
		const counts = new Set(events.map((e) => e.mentions.length));
		expect([...counts].sort()).toEqual([1, 2, 3, 4, 5]);
	});

	it('gives two to four distinct participants, two of them people', () => {
		for (const { participants } of events) {
			expect(participants.length).toBeGreaterThanOrEqual(2);
			expect(participants.length).toBeLessThanOrEqual(4);
			expect(new Set(participants.map((p) => p.id)).size).toBe(participants.length);
			expect(participants.slice(0, 2).every((p) => p.kind === 'person')).toBe(true);
		}
	});
});
