// Module hooks that let Node run the project's TypeScript sources as they are: relative
// imports resolve to .ts files (written without an extension, or as .js), and each .ts
// file is compiled by esbuild, types stripped, one file at a time, module URLs unchanged
// (so import.meta.url still points into src/).
//
// Why not tsx's loader, which the tests and the read threads use: tsx compiles with
// esbuild's keepNames, which wraps every nested function and arrow in a call that
// redefines its `name` at each evaluation. The extractor creates thousands of closures
// per article: side by side on the synthetic ingest articles, extract() ran about 10–25%
// faster under these hooks than under tsx. Without identifier minification the names are
// kept anyway, so nothing is lost.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

// (ES modules only: the project writes no CommonJS TypeScript.)
const TYPESCRIPT = /\.m?ts$/;

async function isFile(url) {
	try {
		return (await stat(fileURLToPath(url))).isFile();
	} catch {
		return false;
	}
}

/** The .ts file a relative import from TypeScript means: as written, with .ts added, .js → .ts, or the folder's index.ts. */
async function typescriptTarget(specifier, parentURL) {
	const url = new URL(specifier, parentURL);
	if (TYPESCRIPT.test(url.pathname) || (await isFile(url))) return null;
	const bare = url.href.replace(/\.[cm]?js$/, '');
	// (A specifier without ".js" has bare === href: its file is looked for once.)
	for (const candidate of new Set([`${bare}.ts`, `${url.href}.ts`, `${url.href}/index.ts`])) {
		if (await isFile(new URL(candidate))) return candidate;
	}
	return null;
}

export async function resolve(specifier, context, nextResolve) {
	const parent = context.parentURL;
	if (parent?.startsWith('file:') && TYPESCRIPT.test(new URL(parent).pathname) && /^\.{1,2}\//.test(specifier)) {
		const target = await typescriptTarget(specifier, parent);
		if (target) return { url: target, format: 'module', shortCircuit: true };
	}
	return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
	if (url.startsWith('file:') && TYPESCRIPT.test(new URL(url).pathname)) {
		const file = fileURLToPath(url);
		const { code } = await transform(await readFile(file, 'utf8'), {
			loader: 'ts',
			format: 'esm',
			target: 'node20',
			// esbuild's table marks Unicode property escapes (\p{Lu}) as missing from Node, so it
			// rewrites each such regex literal as `new RegExp(source, 'u')`, which builds a fresh
			// object (source hashed, compile cache looked up) at every evaluation: about 0.3 µs
			// against 0.07 µs, thousands of times per article. Node 20's V8 has them natively.
			supported: { 'regexp-unicode-property-escapes': true },
			sourcemap: 'inline',
			sourcefile: file
		});
		return { format: 'module', source: code, shortCircuit: true };
	}
	// A JSON module imported without `with { type: 'json' }`, as TypeScript sources write it.
	if (url.startsWith('file:') && url.endsWith('.json') && !context.importAttributes?.type) {
		const text = await readFile(fileURLToPath(url), 'utf8');
		return { format: 'module', source: `export default ${text};`, shortCircuit: true };
	}
	return nextLoad(url, context);
}
