/**
 * Where the end-to-end servers listen (see playwright.config.ts). `E2E_PORT` moves both, so that
 * two checkouts on one machine can run their end-to-end tests at once.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4317);
/** The server whose corpus adds tests/fixtures/hostile/ to corpus/. */
export const HOSTILE_PORT = PORT + 1;
/** The server whose corpus is tests/fixtures/corrections/ and where editing is on. */
export const EDITING_PORT = PORT + 2;
/** The editors' password on that server. */
export const EDITOR_PASSWORD = 'e2e-editor-password';
/** Servers single specs start for themselves, each on its own port so parallel specs never meet. */
export const LAYOUT_SYNTH_PORT = PORT + 3;
export const STARTUP_PORT = PORT + 4;
