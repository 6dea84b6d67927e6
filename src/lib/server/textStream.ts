/**
 * A response body fed from a lazy sequence of text: each pull takes pieces until about
 * CHUNK_CHARS are ready, so a download holds one chunk in memory, not the whole file, and a
 * slow reader slows the reading (the stream pulls only when its queue has room).
 */
export const CHUNK_CHARS = 64 * 1024;

export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = pieces[Symbol.iterator]();
	return new ReadableStream<Uint8Array>(
		{
			pull(controller) {
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
