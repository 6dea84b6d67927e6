/** The first `count` words of a text, white space made single, "…" when words were left out. */
export function openingWords(text: string, count = 12): string {
	const words = text.trim().split(/\s+/).filter(Boolean);
	return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}
