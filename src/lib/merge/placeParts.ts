/**
 * Places as extraction writes them ("Salam Palace, Baghdad, Iraq", "Baghdad", null), compared
 * by their comma-separated parts, most specific first. Two places are compatible when one is a
 * refinement of the other: every part of the vaguer one matches some part of the more specific
 * one ("Iraq" ⊂ "Baghdad, Iraq"). Different cities never match.
 */

/** Lower-case ascii words of each comma-separated part, without articles or punctuation. */
export function placeParts(place: string | null): string[] | null {
	if (!place) return null;
	const parts = place
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(',')
		.map((part) =>
			part
				.replace(/[^a-z0-9\s-]/g, ' ')
				.replace(/\bthe\b/g, ' ')
				.replace(/[\s-]+/g, ' ')
				.trim()
		)
		.filter((part) => part.length > 0);
	return parts.length > 0 ? parts : null;
}

/** Whether `inner` occurs in `outer` as a whole-word sequence ("baghdad" in "baghdad airport"). */
function partContains(outer: string, inner: string): boolean {
	return ` ${outer} `.includes(` ${inner} `);
}

function partsMatch(a: string, b: string): boolean {
	return partContains(a, b) || partContains(b, a);
}

/** Null places are compatible with anything: the text just did not say. */
export function placesCompatible(a: string[] | null, b: string[] | null): boolean {
	if (!a || !b) return true;
	const [vaguer, finer] = a.length <= b.length ? [a, b] : [b, a];
	return vaguer.every((part) => finer.some((other) => partsMatch(part, other)));
}

export function placesEqual(a: string[] | null, b: string[] | null): boolean {
	return !!a && !!b && a.length === b.length && a.every((part, i) => part === b[i]);
}

/** The most specific of compatible places: most parts, then the longest text, then alphabetical. */
export function mostSpecificPlace(places: (string | null)[]): string | null {
	let best: string | null = null;
	let bestParts = 0;
	for (const place of places) {
		const parts = placeParts(place)?.length ?? 0;
		if (!place || parts === 0) continue;
		const better =
			best === null ||
			parts > bestParts ||
			(parts === bestParts &&
				(place.length > best.length || (place.length === best.length && place < best)));
		if (better) {
			best = place;
			bestParts = parts;
		}
	}
	return best;
}
