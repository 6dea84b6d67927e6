/**
 * Headers every response carries. SvelteKit puts its Content Security Policy (svelte.config.js)
 * on pages only; JSON, CSV and other bodies get a policy allowing nothing, so that a response
 * opened directly in a browser can run nothing even if it were taken for a document.
 */
const ALWAYS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	// Links to the original articles do not tell the news sites which event was being read.
	'referrer-policy': 'same-origin'
};

export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** `response` with the headers set; a copy when its headers cannot be changed (a redirect). */
export function withSecurityHeaders(response: Response): Response {
	let headers = response.headers;
	try {
		headers.set('x-content-type-options', ALWAYS['x-content-type-options']);
	} catch {
		response = new Response(response.body, response);
		headers = response.headers;
	}
	for (const [name, value] of Object.entries(ALWAYS)) {
		if (!headers.has(name)) headers.set(name, value);
	}
	const type = headers.get('content-type') ?? '';
	if (!headers.has('content-security-policy') && !type.startsWith('text/html')) {
		headers.set('content-security-policy', NON_PAGE_CSP);
	}
	return response;
}
