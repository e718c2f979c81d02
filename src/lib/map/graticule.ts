/**
 * The graticule of the offline basemap: faint lines of latitude and longitude at a round step
 * that suits the zoom, so a map with no tiles still reads as a map at every scale (kept free of
 * imports: it ships with the map script).
 */
const steps = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005];

export interface Graticule {
  step: number;
  lats: number[];
  lngs: number[];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function linesBetween(from: number, to: number, step: number): number[] {
  const lines: number[] = [];
  for (let value = Math.ceil(from / step) * step; value <= to; value += step) lines.push(round(value));
  return lines;
}

/** Lines for the box in view: the largest round step that still draws at least `minLines` across it. */
export function graticule(bounds: { south: number; west: number; north: number; east: number }, minLines = 3): Graticule {
  const span = Math.min(bounds.north - bounds.south, bounds.east - bounds.west);
  const step = steps.find((candidate) => span / candidate >= minLines) ?? steps[steps.length - 1];
  return {
    step,
    lats: linesBetween(Math.max(bounds.south, -85), Math.min(bounds.north, 85), step),
    lngs: linesBetween(bounds.west, bounds.east, step),
  };
}
