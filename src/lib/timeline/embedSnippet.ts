/** The HTML a news page pastes to embed a timeline view (`/embed?…`) in an iframe. */
export function embedSnippet(embedHref: string): string {
	const src = embedHref.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return (
		`<iframe src="${src}" title="Timeline of diplomatic events" width="100%" height="600" ` +
		`style="border:0" loading="lazy"></iframe>`
	);
}
