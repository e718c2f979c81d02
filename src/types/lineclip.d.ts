/** lineclip ships no types: the two functions the static maps use. */
declare module 'lineclip' {
  /** Clips a polygon (its vertices as [x, y]) to bbox [minX, minY, maxX, maxY] (Sutherland–Hodgman). */
  export function clipPolygon(points: number[][], bbox: number[]): number[][];
  /** Clips a polyline to bbox, returning the parts inside. */
  export function clipPolyline(points: number[][], bbox: number[], result?: number[][][]): number[][][];
}
