/**
 * Who may show a page in a frame. Every page says `frame-ancestors 'none'` (svelte.config.js),
 * so no other site can frame the app to trick a reader into clicks; `/embed` exists to be
 * framed, by any site or by those TIMELINE_EMBED_ANCESTORS lists (space-separated origins such as
 * `https://news.example.org https://*.example.com`, or `'self'`).
 */

const SOURCE = /^(\*|'self'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?)$/i;

/** The frame-ancestors sources for /embed: the configured list's valid entries, `*` by default. */
export function embedAncestors(configured = process.env.TIMELINE_EMBED_ANCESTORS): string {
	if (configured === undefined || configured.trim() === '') return '*';
	const sources = configured.trim().split(/\s+/);
	const valid = sources.filter((source) => SOURCE.test(source));
	for (const source of sources) {
		if (!valid.includes(source)) console.warn(`TIMELINE_EMBED_ANCESTORS: ignored ${source}`);
	}
	// A list with nothing valid in it meant to restrict: nobody, rather than everybody.
	return valid.length ? valid.join(' ') : "'none'";
}

/** The policy with its frame-ancestors directive set to `sources` (added when missing). */
export function withFrameAncestors(policy: string, sources: string): string {
	const directives = policy
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive && !/^frame-ancestors(\s|$)/i.test(directive));
	return [...directives, `frame-ancestors ${sources}`].join('; ');
}
