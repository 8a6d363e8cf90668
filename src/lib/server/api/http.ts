/**
 * Response helpers shared by the API handlers: JSON bodies, errors that say what
 * is wrong, and the mapping from thrown errors to status codes.
 */
import { InputError } from '../../core/types';

/** An error with an HTTP status chosen by the handler (403, 404, 413, 415 …). */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
		this.name = 'HttpError';
	}
}

const HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'cache-control': 'no-store',
	'x-content-type-options': 'nosniff'
};

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(data), { status, headers: { ...HEADERS, ...headers } });
}

export function errorResponse(status: number, message: string): Response {
	return json({ error: message, status }, status);
}

/**
 * Runs a handler and turns failures into answers: input problems → 400 with the
 * reason, chosen statuses as given, anything else → 500 without internals.
 */
export async function guard(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof HttpError) return errorResponse(e.status, e.message);
		if (e instanceof InputError) return errorResponse(400, e.message);
		process.stderr.write(`api: ${(e as Error)?.stack ?? String(e)}\n`);
		return errorResponse(500, 'internal error');
	}
}
