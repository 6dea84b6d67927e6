/** A run of text and the marks (e.g. event mentions) that cover it. */
export interface Segment<T> {
	start: number;
	end: number;
	text: string;
	marks: T[];
}

/**
 * Cuts `text` at every mark boundary so each run can be rendered as plain text with the marks
 * that cover it (overlapping marks included). Rendering runs as text nodes, never as HTML, keeps
 * untrusted article text inert.
 */
export function highlightSegments<T extends { start: number; end: number }>(
	text: string,
	marks: readonly T[]
): Segment<T>[] {
	const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
	const cuts = new Set<number>([0, text.length]);
	for (const m of valid) cuts.add(m.start).add(m.end);
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment<T>[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		segments.push({
			start,
			end,
			text: text.slice(start, end),
			marks: valid.filter((m) => m.start <= start && m.end >= end)
		});
	}
	return segments;
}
