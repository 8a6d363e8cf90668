/**
 * Query-string validation for the read endpoints (zod). Repeatable filters may be
 * given as `type=a&type=b` or `type=a,b`. Unknown parameters are refused, so a typo
 * answers 400 instead of silently returning everything.
 */
import { z } from 'zod';
import type { EventFilter } from '../store/types';
import { normalizeDate } from '../ingest/dates';
import { HttpError } from './http';

const LIST_KEYS = new Set(['type', 'actor', 'place', 'source']);

const isoDate = z
	.string()
	.transform((v, ctx) => {
		const d = normalizeDate(v);
		if (!d) {
			ctx.addIssue({ code: 'custom', message: `not an ISO 8601 date (e.g. 2021-02-25 or 2021-02-25T10:00:00Z): ${JSON.stringify(v.slice(0, 40))}` });
			return z.NEVER;
		}
		return d.length === 10 ? `${d}T00:00:00.000Z` : d;
	});

const list = z.array(z.string().trim().min(1, 'must not be empty').max(200, 'is longer than 200 characters')).max(50, 'has more than 50 values');

const intIn = (min: number, max: number) =>
	z
		.string()
		.regex(/^\d+$/, 'must be a whole number')
		.transform(Number)
		.pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const filterShape = {
	from: isoDate.optional(),
	to: isoDate.optional(),
	type: list.optional(),
	actor: list.optional(),
	place: list.optional(),
	source: list.optional(),
	q: z.string().max(500, 'is longer than 500 characters').optional(),
	minConfidence: z
		.string()
		.regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, 'must be a number between 0 and 1')
		.transform(Number)
		.optional()
};

export const pagingShape = {
	limit: intIn(1, 5000).optional(),
	offset: intIn(0, 10_000_000).optional()
};

/** URLSearchParams → plain object: list keys collect every value (comma-split), others must appear once. */
export function paramsObject(params: URLSearchParams): Record<string, string | string[]> {
	// no prototype: "__proto__" is then a key like any other, refused as unknown instead of dropped unseen
	const out: Record<string, string | string[]> = Object.create(null);
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		if (LIST_KEYS.has(key)) out[key] = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
		else if (values.length > 1) throw new HttpError(400, `parameter "${key}" is given ${values.length} times; give it once`);
		else out[key] = values[0];
	}
	return out;
}

function describe(error: z.ZodError): string {
	return error.issues
		.map((i) => {
			if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''}: ${i.keys.join(', ')}`;
			const where = i.path.length ? `"${i.path.join('.')}"` : 'request';
			return `${where} ${i.message}`;
		})
		.join('; ');
}

/**
 * zod compiles an object schema into a parser on first use, which costs more than
 * the parse: keep one schema per shape (shapes are module constants, so this stays small).
 */
const schemas = new WeakMap<z.ZodRawShape, z.ZodType>();

/** Validates against a strict object schema; a failure is a 400 naming each bad parameter. */
export function parseWith<T extends z.ZodRawShape>(shape: T, params: URLSearchParams | Record<string, unknown>): z.output<z.ZodObject<T>> {
	const input = params instanceof URLSearchParams ? paramsObject(params) : params;
	let schema = schemas.get(shape) as z.ZodObject<T> | undefined;
	if (!schema) schemas.set(shape, (schema = z.strictObject(shape)));
	const result = schema.safeParse(input);
	if (!result.success) throw new HttpError(400, describe(result.error));
	return result.data;
}

export { describe as describeZodError };

type FilterParams = { from?: string; to?: string; type?: string[]; actor?: string[]; place?: string[]; source?: string[]; q?: string; minConfidence?: number };

export function toFilter(p: FilterParams): EventFilter {
	if (p.from && p.to && p.to <= p.from) throw new HttpError(400, '"to" must be after "from"');
	const f: EventFilter = {};
	if (p.from) f.from = p.from;
	if (p.to) f.to = p.to;
	if (p.type?.length) f.types = p.type;
	if (p.actor?.length) f.actors = p.actor;
	if (p.place?.length) f.places = p.place;
	if (p.source?.length) f.sources = p.source;
	if (p.q?.trim()) f.q = p.q.trim();
	if (p.minConfidence !== undefined) f.minConfidence = p.minConfidence;
	return f;
}
