/**
 * The national outline of the offline basemap, taken from `@surbowl/world-geo-json-zh`
 * (Unlicense; Natural Earth 1:50m adjusted to China's standard map GS(2023)2767: Taiwan as part
 * of China, the South China Sea islands and the ten-dash line, 藏南 and the Aksai Chin area drawn
 * on China's side). Only the feature of China is used.
 *
 * A map that shows national borders still needs map review (审图号) before it is published in
 * China; a faithful source does not replace that.
 */
import { displayArea, type AreaGeometry } from './geometry.ts';
import type { DisplayCrs } from './providers.ts';

interface WorldFeature {
  properties?: { iso_a2?: string };
  geometry?: unknown;
}

/** The outline of the country with ISO code `iso` (China by default) in the display system. */
export function nationalOutline(world: { features: readonly WorldFeature[] }, crs: DisplayCrs, iso = 'CN'): AreaGeometry {
  const feature = world.features.find((candidate) => candidate.properties?.iso_a2 === iso);
  const area = feature ? displayArea(feature.geometry, crs) : undefined;
  if (!area) throw new Error(`the world outline has no area for ${iso}`);
  return area;
}
