/**
 * Layout of an industry-chain map (招商图谱): stages as columns from upstream to downstream,
 * node boxes stacked in each column, and edges routed orthogonally so they never cross a box.
 *
 * Routing rule: every vertical segment runs in a gutter (the empty strip between columns) and
 * every horizontal segment either crosses a single gutter-to-box gap or runs in a lane above all
 * boxes. Boxes only live in columns, so no edge can pass through one.
 */
import { chainStages, type ChainStage, type NodeStatus } from './vocabulary.ts';
import { wrapText } from './text-wrap.ts';

export interface LayoutNode {
  id: string;
  /** The node's name in the language being drawn. */
  name: string;
  status: NodeStatus;
}

export interface LayoutStage {
  stage: ChainStage;
  title: string;
  nodes: LayoutNode[];
}

export interface LayoutInput {
  stages: LayoutStage[];
  /** Explicit node-to-node edges; without them the stages are joined by arrows. */
  edges: { from: string; to: string }[];
}

export interface LayoutOptions {
  boxWidth: number;
  /** Font size of node names, in px. */
  fontSize: number;
  lineHeight: number;
  padding: number;
  /** Height of the small line under the name (status and counts); 0 for none. */
  metaHeight: number;
  boxGap: number;
  gutter: number;
  /** A stage with more nodes than this is split into side-by-side sub-columns. */
  maxPerColumn: number;
  headerHeight: number;
  laneGap: number;
  margin: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  boxWidth: 184,
  fontSize: 15,
  lineHeight: 1.3,
  padding: 10,
  metaHeight: 18,
  boxGap: 14,
  gutter: 48,
  maxPerColumn: 7,
  headerHeight: 34,
  laneGap: 8,
  margin: 8,
};

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeBox extends Rect {
  id: string;
  stage: ChainStage;
  status: NodeStatus;
  /** The name, wrapped to fit the box. */
  lines: string[];
  /** Index of the column (sub-column) the box sits in. */
  column: number;
}

export interface StageBand extends Rect {
  stage: ChainStage;
  title: string;
}

export type Point = [number, number];

export interface EdgeRoute {
  from: string;
  to: string;
  /** Orthogonal polyline from the source box's boundary to the target box's boundary. */
  points: Point[];
}

/** A stage-to-stage arrow in the header band, used when the chain has no explicit edges. */
export interface StageArrow {
  from: ChainStage;
  to: ChainStage;
  x1: number;
  x2: number;
  y: number;
}

export interface ChainLayout {
  width: number;
  height: number;
  stages: StageBand[];
  boxes: NodeBox[];
  edges: EdgeRoute[];
  arrows: StageArrow[];
}

interface Column {
  stage: ChainStage;
  nodes: LayoutNode[];
}

/** Stages in the fixed order upstream → midstream → downstream → services, whatever the file order. */
function orderedStages(stages: LayoutStage[]): LayoutStage[] {
  return [...stages].filter((stage) => stage.nodes.length > 0).sort((a, b) => chainStages.indexOf(a.stage) - chainStages.indexOf(b.stage));
}

/** Splits a stage's nodes into balanced sub-columns of at most `maxPerColumn`. */
function splitIntoColumns(stage: LayoutStage, maxPerColumn: number): Column[] {
  const count = Math.ceil(stage.nodes.length / maxPerColumn);
  const perColumn = Math.ceil(stage.nodes.length / count);
  return Array.from({ length: count }, (_, index) => ({
    stage: stage.stage,
    nodes: stage.nodes.slice(index * perColumn, (index + 1) * perColumn),
  }));
}

function boxHeight(lines: number, options: LayoutOptions): number {
  return Math.round(options.padding * 2 + lines * options.fontSize * options.lineHeight + options.metaHeight);
}

type EdgeKind = 'adjacent' | 'same-column' | 'lane';

function edgeKind(fromColumn: number, toColumn: number): EdgeKind {
  if (toColumn === fromColumn + 1) return 'adjacent';
  if (toColumn === fromColumn) return 'same-column';
  return 'lane';
}

/** Spreads `count` attachment points evenly inside a span, never on its ends. */
function spread(start: number, length: number, index: number, count: number): number {
  return Math.round((start + ((index + 1) * length) / (count + 1)) * 10) / 10;
}

export function layoutChain(input: LayoutInput, overrides: Partial<LayoutOptions> = {}): ChainLayout {
  const options = { ...defaultLayoutOptions, ...overrides };
  const stages = orderedStages(input.stages);
  const columns = stages.flatMap((stage) => splitIntoColumns(stage, options.maxPerColumn));
  const columnX = (index: number) => options.margin + options.gutter + index * (options.boxWidth + options.gutter);
  const nameWidth = (options.boxWidth - options.padding * 2) / options.fontSize;

  const columnOf = new Map<string, number>();
  columns.forEach((column, index) => column.nodes.forEach((node) => columnOf.set(node.id, index)));

  const edges = input.edges.filter((edge) => edge.from !== edge.to && columnOf.has(edge.from) && columnOf.has(edge.to));
  const laneEdges = edges.filter((edge) => edgeKind(columnOf.get(edge.from)!, columnOf.get(edge.to)!) === 'lane');
  const laneTop = options.margin + options.headerHeight + options.laneGap;
  const boxesTop = laneTop + laneEdges.length * options.laneGap + (laneEdges.length > 0 ? options.laneGap : 0);

  // Boxes: wrapped names, stacked in their column, columns centred on the tallest.
  const heights = columns.map((column) => column.nodes.map((node) => boxHeight(wrapText(node.name, nameWidth).length, options)));
  const columnHeights = heights.map((list) => list.reduce((sum, height) => sum + height, 0) + Math.max(0, list.length - 1) * options.boxGap);
  const tallest = Math.max(0, ...columnHeights);
  const boxes: NodeBox[] = columns.flatMap((column, columnIndex) => {
    let y = boxesTop + Math.round((tallest - columnHeights[columnIndex]) / 2);
    return column.nodes.map((node, nodeIndex) => {
      const box: NodeBox = {
        id: node.id,
        stage: column.stage,
        status: node.status,
        lines: wrapText(node.name, nameWidth),
        column: columnIndex,
        x: columnX(columnIndex),
        y,
        width: options.boxWidth,
        height: heights[columnIndex][nodeIndex],
      };
      y += box.height + options.boxGap;
      return box;
    });
  });
  const boxById = new Map(boxes.map((box) => [box.id, box]));

  // Stage bands span their sub-columns, above the lanes.
  const bands: StageBand[] = stages.map((stage) => {
    const indexes = columns.flatMap((column, index) => (column.stage === stage.stage ? [index] : []));
    const x = columnX(indexes[0]);
    return {
      stage: stage.stage,
      title: stage.title,
      x,
      y: options.margin,
      width: columnX(indexes.at(-1)!) + options.boxWidth - x,
      height: options.headerHeight,
    };
  });

  const routes = routeEdges(edges, boxById, columnOf, { ...options, laneTop, gutterX: (gutter: number) => columnX(gutter) - options.gutter });
  const mainBands = bands.filter((band) => band.stage !== 'services');
  const arrows: StageArrow[] =
    edges.length > 0
      ? []
      : mainBands.slice(1).map((band, index) => ({
          from: mainBands[index].stage,
          to: band.stage,
          x1: mainBands[index].x + mainBands[index].width + 6,
          x2: band.x - 6,
          y: options.margin + options.headerHeight / 2,
        }));

  return {
    // The last column is followed by a gutter, like the first is preceded by one.
    width: columnX(columns.length) + options.margin,
    height: boxesTop + tallest + options.margin,
    stages: bands,
    boxes,
    edges: routes,
    arrows,
  };
}

/**
 * Orthogonal routes. Edges leave a box on its right side and enter on its left side (on the
 * right side for edges within one column), spread along the side so they do not share a point.
 */
function routeEdges(
  edges: { from: string; to: string }[],
  boxById: Map<string, NodeBox>,
  columnOf: Map<string, number>,
  options: LayoutOptions & { laneTop: number; gutterX: (gutter: number) => number },
): EdgeRoute[] {
  // Which gutter each vertical segment uses; gutter g lies left of column g.
  const uses = new Map<number, string[]>();
  const useGutter = (gutter: number, key: string) => uses.set(gutter, [...(uses.get(gutter) ?? []), key]);
  // Attachment points per box side, ordered by where the other end is, to avoid crossings there.
  const sides = new Map<string, { key: string; otherY: number }[]>();
  const attach = (box: NodeBox, side: 'left' | 'right', key: string, other: NodeBox) =>
    sides.set(`${box.id}:${side}`, [...(sides.get(`${box.id}:${side}`) ?? []), { key, otherY: other.y }]);

  const planned = edges.map((edge, index) => {
    const key = `${index}`;
    const from = boxById.get(edge.from)!;
    const to = boxById.get(edge.to)!;
    const kind = edgeKind(columnOf.get(edge.from)!, columnOf.get(edge.to)!);
    const exitGutter = from.column + 1;
    const entryGutter = kind === 'same-column' ? to.column + 1 : to.column;
    useGutter(exitGutter, `${key}:exit`);
    if (kind === 'lane') useGutter(entryGutter, `${key}:entry`);
    attach(from, 'right', key, to);
    attach(to, kind === 'same-column' ? 'right' : 'left', key, from);
    return { edge, key, from, to, kind, exitGutter, entryGutter };
  });

  const trackX = (gutter: number, useKey: string) => {
    const list = uses.get(gutter) ?? [];
    return spread(options.gutterX(gutter), options.gutter, list.indexOf(useKey), list.length);
  };
  const sideY = (box: NodeBox, side: 'left' | 'right', key: string) => {
    const list = [...(sides.get(`${box.id}:${side}`) ?? [])].sort((a, b) => a.otherY - b.otherY || Number(a.key) - Number(b.key));
    return spread(box.y, box.height, list.findIndex((item) => item.key === key), list.length);
  };

  let lane = 0;
  return planned.map(({ edge, key, from, to, kind, exitGutter, entryGutter }) => {
    const start: Point = [from.x + from.width, sideY(from, 'right', key)];
    const exitX = trackX(exitGutter, `${key}:exit`);
    if (kind === 'adjacent') {
      const endY = sideY(to, 'left', key);
      return { ...edge, points: [start, [exitX, start[1]], [exitX, endY], [to.x, endY]] };
    }
    if (kind === 'same-column') {
      const endY = sideY(to, 'right', key);
      return { ...edge, points: [start, [exitX, start[1]], [exitX, endY], [to.x + to.width, endY]] };
    }
    const laneY = options.laneTop + lane++ * options.laneGap;
    const entryX = trackX(entryGutter, `${key}:entry`);
    const endY = sideY(to, 'left', key);
    return {
      ...edge,
      points: [start, [exitX, start[1]], [exitX, laneY], [entryX, laneY], [entryX, endY], [to.x, endY]],
    };
  });
}

/** SVG path data of a route. */
export function routePath(points: Point[]): string {
  return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

/**
 * SVG path data of the diagonal hatching that marks a gap: "/" strokes `spacing` apart, kept
 * `inset` inside the box so they stay clear of its outline and rounded corners. The strokes lie
 * on one grid for the whole drawing, so neighbouring boxes line up.
 */
export function hatchPath(box: Rect, spacing = 8, inset = 2): string {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  const segments: string[] = [];
  // A "/" stroke is the line x + y = sum; it crosses the box when sum lies between the corners.
  for (let sum = Math.ceil((left + top) / spacing) * spacing; sum <= right + bottom; sum += spacing) {
    const startX = Math.max(left, sum - bottom);
    const endX = Math.min(right, sum - top);
    if (endX > startX) segments.push(`M${round(startX)} ${round(sum - startX)} L${round(endX)} ${round(sum - endX)}`);
  }
  return segments.join(' ');
}

const round = (value: number) => Math.round(value * 100) / 100;
