// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Shown on the error page: what the user can do next. */
			hint?: string;
			/** The database cannot be read: the answer's status is 503, whatever the page was told. */
			unavailable?: boolean;
		}
		interface Locals {
			/** What is wrong with the database, when a request failed on it (the answer is a 503). */
			databaseProblem?: string;
		}
		interface Locals {
			/** The signed-in editor, or null for a reader (no editing controls, writes refused). */
			editor: import('$lib/server/editorSession').Editor | null;
		}
		/** adapter-node's: the Node request (absent under vite dev). */
		interface Platform {
			req: import('node:http').IncomingMessage;
		}
	}
}

export {};
