/** Where the evaluation data lives: ../shared beside the repository, or SITREP_SHARED. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDir(): string {
	return resolve(process.env.SITREP_SHARED ?? resolve(repoRoot, '..', 'shared'));
}

/** The shared folder, or a clear error naming what is missing and how to point at it. */
export function requireShared(): string {
	const dir = sharedDir();
	const needed = ['fixtures/seed-2021-02-syria-strikes/gold.json', 'formats/extraction.schema.json', 'data/timeml/TBAQ-cleaned', 'data/acled-dev/acled-dev.csv'];
	const absent = needed.filter((p) => !existsSync(resolve(dir, p)));
	if (absent.length) {
		throw new Error(
			`evaluation data not found in ${dir} (missing: ${absent.join(', ')}). ` +
				`Place the shared folder beside the repository as ../shared, or set SITREP_SHARED=/path/to/shared.`
		);
	}
	return dir;
}
