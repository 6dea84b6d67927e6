import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		// d3-zoom's only use of d3-transition (see the module's comment).
		alias: {
			'd3-transition': fileURLToPath(new URL('src/lib/timeline/noTransitions.ts', import.meta.url))
		}
	},
	// Build-time plugin timing notes are noise in every `npm start` and CI log.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		// Unit tests run in Node; browser behaviour is covered by Playwright under tests/e2e.
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'tests/unit/**/*.test.ts',
			'bench/**/*.test.ts'
		],
		environment: 'node',
		testTimeout: 60_000
	}
});
