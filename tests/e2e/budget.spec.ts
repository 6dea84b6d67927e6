/**
 * The JavaScript budget of `/` (80 KB gzipped, issue 11), measured as `npm run bench` does: the
 * scripts the server-rendered page names with their static imports, and everything Chromium
 * fetched until the loaded page went quiet.
 */
import { join, resolve } from 'node:path';
import { measureBundle } from '../../bench/bundleSize';
import { TARGETS } from '../../bench/report';
import { expect, test } from './fixtures';

const CLIENT_DIR = join(resolve(import.meta.dirname, '..', '..'), 'build', 'client');

test('the JavaScript of / stays within its budget', async ({ baseURL }) => {
	const bundle = await measureBundle(baseURL!, CLIENT_DIR);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const files = bundle.files.map((file) => `${file.path} ${kb(file.gzipBytes)}`).join(', ');
	expect(bundle.gzipBytes, `up front: ${files}`).toBeLessThanOrEqual(TARGETS.bundleGzipBytes);
	expect(bundle.fetched?.gzipBytes, 'fetched by network idle').toBeLessThanOrEqual(
		TARGETS.bundleGzipBytes
	);
});
