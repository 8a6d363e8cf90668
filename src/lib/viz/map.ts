/**
 * Map math: world outline from world-atlas (bundled, no network) and event dots
 * grouped by location, so a thousand reports from one city are one dot sized by count.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

export interface Located {
	id: string;
	lat: number | null;
	lon: number | null;
	placeName: string | null;
}

export interface Dot {
	key: string;
	lat: number;
	lon: number;
	name: string;
	ids: string[];
}

export function countries(topology: unknown): FeatureCollection<Geometry> {
	const t = topology as Topology<{ countries: GeometryCollection }>;
	return feature(t, t.objects.countries) as FeatureCollection<Geometry>;
}

/** Events at (about) the same point, a hundredth of a degree (~1 km) apart at most, share a dot. */
export function groupDots(events: readonly Located[]): Dot[] {
	const dots = new Map<string, Dot>();
	for (const e of events) {
		if (e.lat == null || e.lon == null || !Number.isFinite(e.lat) || !Number.isFinite(e.lon)) continue;
		const key = `${e.lat.toFixed(2)},${e.lon.toFixed(2)}`;
		const d = dots.get(key) ?? { key, lat: e.lat, lon: e.lon, name: e.placeName ?? key, ids: [] };
		d.ids.push(e.id);
		dots.set(key, d);
	}
	return [...dots.values()].sort((a, b) => b.ids.length - a.ids.length);
}

/**
 * A projection that fits the dots (with a margin of a few degrees) or the whole world
 * when there are none, so the region the events are in fills the box.
 */
export function fitProjection(dots: readonly Dot[], width: number, height: number, world: FeatureCollection<Geometry>): GeoProjection {
	const p = geoNaturalEarth1();
	if (!dots.length) return p.fitSize([width, height], world);
	const pad = 6;
	let [w, e, s, n] = [180, -180, 90, -90];
	for (const d of dots) {
		w = Math.min(w, d.lon); e = Math.max(e, d.lon); s = Math.min(s, d.lat); n = Math.max(n, d.lat);
	}
	const box: Feature<Geometry> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[Math.max(-180, w - pad), Math.max(-85, s - pad)],
				[Math.min(180, e + pad), Math.min(85, n + pad)]
			]
		}
	};
	return p.fitExtent([[10, 10], [width - 10, height - 10]], box);
}

export function pathFor(p: GeoProjection) {
	return geoPath(p);
}
