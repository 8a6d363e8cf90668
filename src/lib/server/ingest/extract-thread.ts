/**
 * The body of an extraction thread (see extract-pool.ts): takes articles from the
 * pool and answers each with its extraction, or with the message of the error that
 * stopped it (bad input is the article's fault, not the thread's).
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../../extract/index';
import type { ExtractReply, ExtractRequest } from './extract-pool';

const port = parentPort;
if (!port) throw new Error('extract-thread.ts runs as a worker thread of extract-pool.ts');

port.on('message', (req: ExtractRequest) => {
	let reply: ExtractReply;
	try {
		reply = { id: req.id, extraction: extract(req.input) };
	} catch (e) {
		reply = { id: req.id, error: e instanceof Error ? e.message : String(e) };
	}
	port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies ExtractReply);
