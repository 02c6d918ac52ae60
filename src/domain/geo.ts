import { toCityCode } from './adjacency.ts';

// Distances for ranking only ("about 8 km"), never for eligibility: straight lines, not roads.

/**
 * Approximate city-hall positions (WGS84, rounded to about 100 m), used for a child whose record has no
 * coordinates. Assumption: a child lives near enough to their town's hall for a rough ranking; the result
 * says so (`isApproximate`).
 */
const CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  '142018': [35.2814, 139.6722], // 横須賀市役所
  '142042': [35.3192, 139.5466], // 鎌倉市役所
  '142085': [35.2957, 139.5785], // 逗子市役所
  '142107': [35.1441, 139.6204], // 三浦市役所
  '143014': [35.2722, 139.5862], // 葉山町役場
  '141003': [35.4509, 139.6342], // 横浜市役所
  '142051': [35.3389, 139.49], // 藤沢市役所
  '142077': [35.3338, 139.4037], // 茅ヶ崎市役所
  '142131': [35.4874, 139.458], // 大和市役所
  '142182': [35.4372, 139.427], // 綾瀬市役所
  '142158': [35.4466, 139.3908], // 海老名市役所
  '143219': [35.3726, 139.3837], // 寒川町役場
  '141305': [35.5309, 139.703], // 川崎市役所
  '132098': [35.5465, 139.4386], // 町田市役所
};

export type Point = { lat: number; lng: number };

export function centroidOf(municipalityCode: string): Point | null {
  const found = CENTROIDS[toCityCode(municipalityCode)];
  return found ? { lat: found[0], lng: found[1] } : null;
}

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function haversineKm(a: Point, b: Point): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const CENTROID_CODES: readonly string[] = Object.keys(CENTROIDS);
