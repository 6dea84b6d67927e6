/**
 * JavaScript a browser loads for a page: the scripts, module imports and modulepreloads the
 * server-rendered HTML (and its `Link` header) names, with every module they import statically,
 * sized as shipped (the precompressed `.gz` beside each file, else gzipped here); and, as a
 * check on that count, the scripts Chromium actually fetched by the time the loaded page went
 * quiet (a dynamic `import()` run at mount counts there, not in the up-front figure).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser';

export interface BundleFile {
	path: string;
	bytes: number;
	gzipBytes: number;
}

export interface BundleSize {
	files: BundleFile[];
	bytes: number;
	gzipBytes: number;
	/** Every script Chromium fetched for the page up to network idle after load. */
	fetched?: { files: BundleFile[]; bytes: number; gzipBytes: number };
}

/** Script URLs (as written) a page loads up front: script tags, inline imports, modulepreloads. */
export function pageScripts(html: string, linkHeader: string | null): string[] {
	const urls = new Set<string>();
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(match[1]);
	for (const match of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = match[0];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href && /\brel="modulepreload"/.test(tag)) urls.add(href);
	}
	for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const match of script[1].matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)) {
			urls.add(match[1]);
		}
	}
	for (const link of (linkHeader ?? '').split(/,\s*(?=<)/)) {
		const match = /^<([^>]+)>(.*)$/.exec(link.trim());
		if (match && /rel="?modulepreload"?/.test(match[2])) urls.add(match[1]);
	}
	return [...urls];
}

/** Relative specifiers an ES module imports statically (`import … from`, `export … from`, bare `import "…"`). */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	for (const match of code.matchAll(
		/\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\s*["'](\.{1,2}\/[^"']+)["']/g
	)) {
		found.add(match[1] ?? match[2]);
	}
	return [...found];
}

function shippedGzipBytes(file: string, content: Buffer): number {
	const precompressed = `${file}.gz`;
	return existsSync(precompressed)
		? statSync(precompressed).size
		: gzipSync(content, { level: 9 }).length;
}

function bundleFile(clientDir: string, url: URL): BundleFile {
	const file = join(clientDir, decodeURIComponent(url.pathname));
	const content = readFileSync(file);
	return { path: url.pathname, bytes: content.length, gzipBytes: shippedGzipBytes(file, content) };
}

function totals(files: Iterable<BundleFile>) {
	const list = [...files].sort((a, b) => b.gzipBytes - a.gzipBytes);
	return {
		files: list,
		bytes: list.reduce((sum, file) => sum + file.bytes, 0),
		gzipBytes: list.reduce((sum, file) => sum + file.gzipBytes, 0)
	};
}

/** The page's own scripts Chromium fetched from loading `page` until the network was idle. */
async function fetchedScripts(page: URL, clientDir: string): Promise<BundleSize['fetched']> {
	const browser = await launchChromium();
	try {
		const tab = await browser.newPage();
		const urls = new Set<string>();
		tab.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin === page.origin && url.pathname.endsWith('.js')) urls.add(url.href);
		});
		await tab.goto(page.href, { waitUntil: 'networkidle' });
		return totals([...urls].map((url) => bundleFile(clientDir, new URL(url))));
	} finally {
		await browser.close();
	}
}

/** The JavaScript `pagePath` loads from the running app, files read from `clientDir`. */
export async function measureBundle(
	baseUrl: string,
	clientDir: string,
	pagePath = '/'
): Promise<BundleSize> {
	const page = new URL(pagePath, baseUrl);
	const response = await fetch(page);
	const html = await response.text();
	const pending = pageScripts(html, response.headers.get('link')).map((url) => new URL(url, page));
	const files = new Map<string, BundleFile>();
	while (pending.length > 0) {
		const url = pending.pop() as URL;
		if (url.origin !== page.origin || files.has(url.pathname)) continue;
		const file = bundleFile(clientDir, url);
		files.set(url.pathname, file);
		const code = readFileSync(join(clientDir, decodeURIComponent(url.pathname)), 'utf8');
		for (const specifier of staticImports(code)) pending.push(new URL(specifier, url));
	}
	return { ...totals(files.values()), fetched: await fetchedScripts(page, clientDir) };
}
