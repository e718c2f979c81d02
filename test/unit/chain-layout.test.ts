import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateContent } from '../../seeds/generate.ts';
import { hatchPath, layoutChain, routePath, type ChainLayout, type LayoutInput, type Point, type Rect } from '../../src/lib/chain-layout.ts';
import { textWidth } from '../../src/lib/text-wrap.ts';
import { chainStages, nodeStatuses, type ChainStage } from '../../src/lib/vocabulary.ts';

/** A chain of `count` nodes spread over the stages, with long names in both scripts. */
function syntheticChain(count: number, edges: LayoutInput['edges'] = []): LayoutInput {
  const stages: ChainStage[] = ['upstream', 'midstream', 'downstream', 'services'];
  return {
    stages: stages.map((stage, stageIndex) => ({
      stage,
      title: stage,
      nodes: Array.from({ length: count }, (_, index) => index)
        .filter((index) => index % stages.length === stageIndex)
        .map((index) => ({
          id: `n${index}`,
          name: index % 2 ? `高纯度电子级多晶硅及配套材料第${index}号环节` : `High-purity electronic-grade polysilicon and supplies, link ${index}`,
          status: nodeStatuses[index % nodeStatuses.length],
        })),
    })),
    edges,
  };
}

/** A chain from the content generator, as the diagram component would lay it out. */
function generatedChain(nodes: number): LayoutInput {
  const files = generateContent({ opportunities: 30, chains: 32, chainNodes: nodes });
  const chains = [...files].filter(([name]) => name.startsWith('chains/')).map(([, text]) => parse(text));
  const chain = chains.find((candidate) => candidate.stages.reduce((sum: number, stage: { nodes: unknown[] }) => sum + stage.nodes.length, 0) === nodes);
  if (!chain) throw new Error(`the generator made no chain with ${nodes} nodes`);
  return {
    stages: chain.stages.map((stage: { stage: ChainStage; nodes: { id: string; name: { en: string }; status: string }[] }) => ({
      stage: stage.stage,
      title: stage.stage,
      nodes: stage.nodes.map((node) => ({ id: node.id, name: node.name.en, status: node.status })),
    })),
    edges: chain.edges ?? [],
  };
}

const inside = (point: Point, box: Rect) => point[0] > box.x && point[0] < box.x + box.width && point[1] > box.y && point[1] < box.y + box.height;
const onBoundary = (point: Point, box: Rect) =>
  ((point[0] === box.x || point[0] === box.x + box.width) && point[1] >= box.y && point[1] <= box.y + box.height) ||
  ((point[1] === box.y || point[1] === box.y + box.height) && point[0] >= box.x && point[0] <= box.x + box.width);

/** True when an axis-parallel segment passes through the inside of a box. */
function segmentCrosses([a, b]: [Point, Point], box: Rect): boolean {
  if (a[1] === b[1]) {
    const [left, right] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
    return a[1] > box.y && a[1] < box.y + box.height && left < box.x + box.width && right > box.x;
  }
  const [top, bottom] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return a[0] > box.x && a[0] < box.x + box.width && top < box.y + box.height && bottom > box.y;
}

function expectSoundLayout(layout: ChainLayout, input: LayoutInput) {
  const nodeCount = input.stages.reduce((sum, stage) => sum + stage.nodes.length, 0);
  expect(layout.boxes).toHaveLength(nodeCount);

  // No two boxes overlap.
  for (const [index, a] of layout.boxes.entries()) {
    for (const b of layout.boxes.slice(index + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }

  // Everything is inside the drawing.
  for (const box of layout.boxes) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
  }

  // Stages run left to right in the order upstream → downstream → services.
  const order = (stage: ChainStage) => chainStages.indexOf(stage);
  for (const a of layout.boxes) {
    for (const b of layout.boxes) {
      if (order(a.stage) < order(b.stage)) expect(a.x + a.width, `${a.id} left of ${b.id}`).toBeLessThan(b.x);
    }
  }

  // Names are wrapped to fit, and nothing is lost in wrapping.
  for (const box of layout.boxes) {
    for (const line of box.lines) expect(textWidth(line) * 15, `${box.id}: ${line}`).toBeLessThanOrEqual(box.width - 20);
    const name = input.stages.flatMap((stage) => stage.nodes).find((node) => node.id === box.id)!.name;
    expect(box.lines.join('').replace(/\s/g, '')).toBe(name.replace(/\s/g, ''));
  }

  // Every edge starts on its source box, ends on its target box, and crosses no box.
  const boxById = new Map(layout.boxes.map((box) => [box.id, box]));
  for (const edge of layout.edges) {
    const first = edge.points[0];
    const last = edge.points.at(-1)!;
    expect(onBoundary(first, boxById.get(edge.from)!), `${edge.from}→${edge.to} starts on ${edge.from}`).toBe(true);
    expect(onBoundary(last, boxById.get(edge.to)!), `${edge.from}→${edge.to} ends on ${edge.to}`).toBe(true);
    for (let index = 1; index < edge.points.length; index++) {
      const segment: [Point, Point] = [edge.points[index - 1], edge.points[index]];
      expect(segment[0][0] === segment[1][0] || segment[0][1] === segment[1][1], 'segments are horizontal or vertical').toBe(true);
      for (const box of layout.boxes) {
        expect(segmentCrosses(segment, box), `${edge.from}→${edge.to} crosses ${box.id}`).toBe(false);
        expect(inside(segment[1], box), `${edge.from}→${edge.to} has a corner inside ${box.id}`).toBe(false);
      }
    }
  }
}

/** Every pair of nodes in different places, both ways, plus edges within a column. */
function denseEdges(input: LayoutInput, every: number): LayoutInput['edges'] {
  const ids = input.stages.flatMap((stage) => stage.nodes.map((node) => node.id));
  return ids.flatMap((from, index) => ids.filter((_, other) => (index + other) % every === 0 && other !== index).map((to) => ({ from, to })));
}

describe('chain map layout', () => {
  test.each([
    [3, 1],
    [12, 3],
    [40, 5],
  ])('%i nodes with explicit edges in every direction: sound layout', (count, every) => {
    const input = syntheticChain(count, denseEdges(syntheticChain(count), every));
    expect(input.edges.length).toBeGreaterThan(0);
    expectSoundLayout(layoutChain(input), input);
  });

  test.each([3, 12, 40])('%i nodes without edges: stages are joined by arrows', (count) => {
    const input = syntheticChain(count);
    const layout = layoutChain(input);
    expectSoundLayout(layout, input);
    expect(layout.edges).toEqual([]);
    const mainStages = new Set(input.stages.filter((stage) => stage.stage !== 'services' && stage.nodes.length > 0).map((stage) => stage.stage));
    expect(layout.arrows).toHaveLength(mainStages.size - 1);
  });

  test('a generated 40-node chain lays out soundly, with and without edges', () => {
    const input = generatedChain(40);
    expect(input.stages.reduce((sum, stage) => sum + stage.nodes.length, 0)).toBe(40);
    const withEdges = { ...input, edges: denseEdges(input, 7) };
    expectSoundLayout(layoutChain(withEdges), withEdges);
    const layout = layoutChain(input);
    expectSoundLayout(layout, input);
    // Long stages wrap into sub-columns, so the map stays wider than tall, like a landscape page.
    expect(layout.width).toBeGreaterThan(layout.height);
  });

  test('the same chain always gives the same layout', () => {
    const input = syntheticChain(12, denseEdges(syntheticChain(12), 3));
    expect(layoutChain(input)).toEqual(layoutChain(structuredClone(input)));
  });

  test('stages are ordered upstream to downstream whatever order the file lists them in', () => {
    const input = syntheticChain(8);
    const layout = layoutChain({ ...input, stages: [...input.stages].reverse() });
    expect(layout.stages.map((stage) => stage.stage)).toEqual(['upstream', 'midstream', 'downstream', 'services']);
  });

  test('a route becomes SVG path data', () => {
    expect(routePath([[0, 0], [10, 0], [10, 5]])).toBe('M0 0 L10 0 L10 5');
  });
});

describe('hatching of gaps', () => {
  test('draws "/" strokes that stay inside the box, clear of its outline', () => {
    const box = { x: 10, y: 20, width: 100, height: 40 };
    const path = hatchPath(box);
    const points = [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(12);
      expect(x).toBeLessThanOrEqual(108);
      expect(y).toBeGreaterThanOrEqual(22);
      expect(y).toBeLessThanOrEqual(58);
    }
    // Every stroke rises to the right at 45°.
    for (const segment of path.split(' M')) {
      const [[x1, y1], [x2, y2]] = [...segment.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
      expect(x2 - x1).toBeCloseTo(y1 - y2);
      expect(x2).toBeGreaterThan(x1);
    }
  });

  test('boxes side by side share one grid of strokes', () => {
    const sums = (path: string) => new Set([...path.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => (Number(x) + Number(y)) % 8));
    expect(sums(hatchPath({ x: 3, y: 7, width: 50, height: 30 }))).toEqual(new Set([0]));
    expect(sums(hatchPath({ x: 61, y: 7, width: 50, height: 30 }))).toEqual(new Set([0]));
  });
});
