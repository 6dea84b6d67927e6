/**
 * A response body fed from a lazy sequence of text: each pull takes pieces until about
 * CHUNK_CHARS are ready, so a download holds one chunk in memory, not the whole file, and a
 * slow reader slows the reading (the stream pulls only when its queue has room), and each chunk
 * waits for `yieldTurn` (the server's lets every request waiting go first).
 */
export const CHUNK_CHARS = 64 * 1024;

export function textStream(
	pieces: Iterable<string>,
	yieldTurn: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = pieces[Symbol.iterator]();
	let started = false;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				// On loopback the socket takes each chunk at once, so without this a whole export
				// would be made in one go: other requests get their turn between chunks.
				if (started) await yieldTurn();
				started = true;
				let text = '';
				while (text.length < CHUNK_CHARS) {
					const next = iterator.next();
					if (next.done) {
						if (text) controller.enqueue(encoder.encode(text));
						controller.close();
						return;
					}
					text += next.value;
				}
				controller.enqueue(encoder.encode(text));
			},
			cancel() {
				iterator.return?.();
			}
		},
		{ highWaterMark: 1 }
	);
}
