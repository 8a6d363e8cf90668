/** Shared by the stress tests: a synthetic batch on disk, database invariants, a seeded random source. */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticArticles } from '../../bench/synthetic';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'sitrep.js');

export function lcg(seed: number): () => number {
	let s = seed >>> 0 || 1;
	return () => (s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296;
}

/** Writes `n` SYNTHETIC articles as an NDJSON batch (the fields of `sitrep extract --batch`). */
export function writeSyntheticBatch(file: string, n: number, seed = 7): number {
	const lines: string[] = [];
	for (const a of syntheticArticles(n, seed)) lines.push(JSON.stringify({ id: a.id, text: a.text, published: a.published, url: a.url, title: a.title, source: a.source }));
	writeFileSync(file, lines.join('\n') + '\n');
	return new Set(lines.map((l) => JSON.parse(l).text)).size;
}

export function articleCount(db: string): number {
	if (!existsSync(db)) return 0;
	try {
		const conn = new Database(db, { readonly: true, fileMustExist: true });
		try {
			return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
		} finally {
			conn.close();
		}
	} catch {
		return 0; // not created or not migrated yet
	}
}

const one = (conn: Database.Database, q: string) => Number((conn.prepare(q).get() as { n: number }).n);

/**
 * Everything that must hold in a SQLite database after any crash: the file is
 * intact, no foreign key dangles, and every article is whole (its bands, its
 * full-text row, its mentions' events all written in the same transaction).
 */
export function sqliteProblems(db: string): string[] {
	if (!existsSync(db)) return [];
	const conn = new Database(db);
	try {
		const out: string[] = [];
		const integrity = conn.pragma('integrity_check', { simple: true });
		if (integrity !== 'ok') out.push(`integrity_check: ${integrity}`);
		// killed before the first migration committed: an empty file is a whole database
		if (!conn.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").get()) return out;
		const fk = conn.pragma('foreign_key_check') as unknown[];
		if (fk.length) out.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
		const checks: [string, string][] = [
			['articles without hash bands', 'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = a.id)'],
			['full-text rows ≠ articles', 'SELECT (SELECT count(*) FROM articles_fts) - (SELECT count(*) FROM articles) AS n'],
			['mentions of missing articles', 'SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)'],
			['mentions of missing events', 'SELECT count(*) AS n FROM mentions m WHERE m.event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)'],
			['actor mentions of missing articles', 'SELECT count(*) AS n FROM actor_mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)'],
			['duplicate content hashes', 'SELECT count(*) - count(DISTINCT content_hash) AS n FROM articles']
		];
		for (const [what, q] of checks) {
			try {
				const n = one(conn, q);
				if (n !== 0) out.push(`${what}: ${n}`);
			} catch (e) {
				out.push(`${what}: query failed (${(e as Error).message})`);
			}
		}
		try {
			// FTS5's own check: the full-text index agrees with the article rows it indexes
			conn.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
		} catch (e) {
			out.push(`articles_fts integrity-check: ${(e as Error).message}`);
		}
		return out;
	} finally {
		conn.close();
	}
}

/** Row counts of every table, to compare a crashed-and-resumed database with one ingested cleanly. */
export function tableCounts(db: string): Record<string, number> {
	const conn = new Database(db, { readonly: true });
	try {
		const tables = (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'kysely_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
		return Object.fromEntries(tables.map((t) => [t, one(conn, `SELECT count(*) AS n FROM "${t}"`)]));
	} finally {
		conn.close();
	}
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc;
 * null where there is no /proc. For reports of where the machine's time went.
 */
export function cpuSeconds(pid: number | undefined): number | null {
	if (!pid) return null;
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// fields after the command name (which may hold spaces) start at the last ')'
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ticks = Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
		return ticks / clockTicks();
	} catch {
		return null;
	}
}

let ticksPerSecond = 0;
function clockTicks(): number {
	if (!ticksPerSecond) {
		const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
		ticksPerSecond = Number(r.stdout?.trim()) || 100;
	}
	return ticksPerSecond;
}

/** Percentile of an ascending array (nearest rank below). */
export function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
