/**
 * Reading request bodies for write endpoints: same-origin only, JSON only, and
 * never more than the limit in memory (413 as soon as it is passed).
 */
import { HttpError } from './http';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses cross-site writes. Browsers send Origin on every cross-origin POST and
 * Sec-Fetch-Site on modern ones; SvelteKit's own check covers form content types
 * in front of us, this one covers the handler however it is reached.
 */
export function assertSameOrigin(request: Request): void {
	const origin = request.headers.get('origin');
	const self = new URL(request.url).origin;
	if (origin !== null && origin !== self) {
		throw new HttpError(403, `cross-origin request refused (origin ${origin.slice(0, 100)})`);
	}
	if (request.headers.get('sec-fetch-site') === 'cross-site') throw new HttpError(403, 'cross-site request refused');
}

export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/json') {
		throw new HttpError(415, `send the body as application/json (got ${type || 'no content type'})`);
	}
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		throw new HttpError(413, `request body of ${declared} bytes is over the ${maxBytes}-byte limit`);
	}
	if (!request.body) throw new HttpError(400, 'request body is empty');
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		let part: ReadableStreamReadResult<Uint8Array>;
		try {
			part = await reader.read();
		} catch (e) {
			// The server's own body cap (adapter-node BODY_SIZE_LIMIT) errors the stream with a status-413 error
			// when a chunked body passes it; any other read failure is a broken upload, not a server fault.
			if ((e as { status?: number })?.status === 413) throw new HttpError(413, `request body is over the server's size limit`);
			throw new HttpError(400, `request body could not be read (${(e as Error)?.message ?? 'aborted'})`);
		}
		const { done, value } = part;
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel().catch(() => {});
			throw new HttpError(413, `request body is over the ${maxBytes}-byte limit`);
		}
		chunks.push(value);
	}
	if (size === 0) throw new HttpError(400, 'request body is empty');
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new HttpError(400, 'request body is not valid UTF-8');
	}
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new HttpError(400, `request body is not valid JSON (${(e as Error).message})`);
	}
}
