/**
 * Which place names a map writes, and where: each name beside its own mark, in the first of a
 * few positions (right, left, above, below) that stays inside the view and clears every name
 * already placed and every mark. Names are tried in priority order (a city before its district,
 * a district before its parks), so when the map is zoomed out only the names that fit are kept
 * and more appear as the reader zooms in. Pure and free of imports: it ships with the map script
 * and is unit-tested on its own.
 */

/** A box in screen pixels (x to the right, y down). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelCandidate {
  id: string;
  /** Where the place's mark is, in screen pixels. */
  x: number;
  y: number;
  /** The name's size in pixels, as drawn. */
  width: number;
  height: number;
  /** Higher is placed first. */
  priority: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  box: Box;
}

export interface PlacementOptions {
  /** Size of the map in pixels: names must stay fully inside it. */
  view: { width: number; height: number };
  /** Marks and controls that names must not cover. */
  obstacles?: readonly Box[];
  /** Distance between a mark's centre and its name. */
  offset?: number;
  /** Free space kept around each name. */
  gap?: number;
}

const sides: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/** The box of a name on one side of its mark. */
export function labelBox(candidate: LabelCandidate, side: LabelSide, offset: number): Box {
  const { x, y, width, height } = candidate;
  switch (side) {
    case 'right':
      return { left: x + offset, top: y - height / 2, right: x + offset + width, bottom: y + height / 2 };
    case 'left':
      return { left: x - offset - width, top: y - height / 2, right: x - offset, bottom: y + height / 2 };
    case 'above':
      return { left: x - width / 2, top: y - offset - height, right: x + width / 2, bottom: y - offset };
    case 'below':
      return { left: x - width / 2, top: y + offset, right: x + width / 2, bottom: y + offset + height };
  }
}

/** True when two boxes overlap once each is grown by `gap`. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

const inside = (box: Box, view: { width: number; height: number }) =>
  box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height;

/**
 * The names to draw and where; no two overlap, none covers an obstacle or leaves the view. A
 * name that has no free position is left out (its mark and the list still name the place).
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const offset = options.offset ?? 14;
  const gap = options.gap ?? 2;
  const obstacles = options.obstacles ?? [];
  const placed: PlacedLabel[] = [];
  const order = candidates.map((candidate, index) => ({ candidate, index }));
  // Stable: equal priorities keep the order given.
  order.sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  for (const { candidate } of order) {
    for (const side of sides) {
      const box = labelBox(candidate, side, offset);
      if (!inside(box, options.view)) continue;
      if (placed.some((other) => overlaps(box, other.box, gap))) continue;
      if (obstacles.some((obstacle) => overlaps(box, obstacle))) continue;
      placed.push({ id: candidate.id, side, box });
      break;
    }
  }
  return placed;
}

/**
 * A close guess of a name's width where it cannot be measured: Chinese characters are square,
 * Latin letters about half as wide.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(character) ? fontSize : fontSize * 0.56;
  return Math.ceil(width);
}

export interface MarkCandidate {
  id: string;
  /** Where the mark belongs, in screen pixels. */
  x: number;
  y: number;
  /** Its square touch target, in pixels. */
  size: number;
  /** Higher is placed first. */
  priority: number;
}

/** How far a mark is moved from its point (0, 0 when it sits on it). */
export interface MarkShift {
  dx: number;
  dy: number;
}

/**
 * Where the secondary marks (regions, parks, land) go so that every shown mark is a whole touch
 * target (WCAG 2.5.8): on their point when that is clear of the obstacles (clusters, pins,
 * controls) and of the marks placed before them; else moved just beside it (right, left, up,
 * down) to the first clear spot, as a region's centre mark steps aside for the cluster of its
 * opportunities; else left out until the reader zooms in (the list beside the map names every
 * place all the while). Returns the kept marks and their shifts.
 */
export function placeMarks(marks: readonly MarkCandidate[], obstacles: readonly Box[], options: { view?: { width: number; height: number }; gap?: number } = {}): Map<string, MarkShift> {
  const gap = options.gap ?? 1;
  const kept: Box[] = [];
  const shifts = new Map<string, MarkShift>();
  const order = marks.map((mark, index) => ({ mark, index }));
  order.sort((a, b) => b.mark.priority - a.mark.priority || a.index - b.index);
  for (const { mark } of order) {
    // Beside a mark of its own size, then beside a 40 px cluster.
    const rings = [mark.size + gap + 1, 20 + mark.size / 2 + gap + 1];
    const tries: MarkShift[] = [
      { dx: 0, dy: 0 },
      ...rings.flatMap((step) => [
        { dx: step, dy: 0 },
        { dx: -step, dy: 0 },
        { dx: 0, dy: -step },
        { dx: 0, dy: step },
      ]),
    ];
    for (const shift of tries) {
      const half = mark.size / 2;
      const box = { left: mark.x + shift.dx - half, top: mark.y + shift.dy - half, right: mark.x + shift.dx + half, bottom: mark.y + shift.dy + half };
      if (options.view && !inside(box, options.view)) continue;
      if (obstacles.some((obstacle) => overlaps(box, obstacle, gap))) continue;
      if (kept.some((other) => overlaps(box, other, gap))) continue;
      kept.push(box);
      shifts.set(mark.id, shift);
      break;
    }
  }
  return shifts;
}

/**
 * A long name in two lines, broken at the space nearest its middle ("Changchun Jiutai Economic
 * / Development Zone"), so it fits beside its mark where one long line would not; a name
 * without spaces (Chinese) stays on one line.
 */
export function nameLines(text: string, maxCharacters = 18): string[] {
  if (text.length <= maxCharacters) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}
