/** Distance helpers shared by store backends (bbox prefilter + exact haversine). */

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEG_LAT = 111.32;

/** Great-circle distance in km between two WGS84 points. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A bbox `[minLon, minLat, maxLon, maxLat]` enclosing every point within `km` of (lat, lon),
 * padded 1% so the exact check never loses a point on the edge. minLon > maxLon when the
 * box crosses the antimeridian; a box reaching a pole spans all longitudes.
 */
export function bboxAround(lat: number, lon: number, km: number): [number, number, number, number] {
  const dLat = (km / KM_PER_DEG_LAT) * 1.01;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  const cos = Math.cos((Math.max(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180);
  if (maxLat >= 90 || minLat <= -90 || cos < 1e-6) return [-180, minLat, 180, maxLat];
  const dLon = (km / (KM_PER_DEG_LAT * cos)) * 1.01;
  if (dLon >= 180) return [-180, minLat, 180, maxLat];
  return [wrapLon(lon - dLon), minLat, wrapLon(lon + dLon), maxLat];
}

/** A longitude brought into [−180, 180). */
function wrapLon(x: number): number {
  return ((((x + 180) % 360) + 360) % 360) - 180;
}
