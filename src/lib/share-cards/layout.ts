/**
 * Where everything sits on a share card (the 1200×630 picture a link shows in WeChat and
 * elsewhere): which text, at what size, cut to how many lines. Pure: text widths come from the
 * `measure` function it is given, the real font's advances at build and an estimate in tests.
 */
import { hatchPath, routePath, type ChainLayout } from '../chain-layout.ts';
import type { Box, StaticMap } from '../map/static-map.ts';
import { breakOpportunities } from '../text-wrap.ts';
import type { Locale, NodeStatus } from '../vocabulary.ts';

export const cardWidth = 1200;
export const cardHeight = 630;

export type CardKind = 'guide' | 'region' | 'chain' | 'opportunity' | 'policy';
export type Weight = 'regular' | 'bold';

/** Advance width in px of `text` at `size` px. */
export type Measure = (text: string, size: number, weight: Weight) => number;

/** Everything a card shows; its hash is the card's cache key. */
export interface CardInput {
  kind: CardKind;
  locale: Locale;
  /** The guide's name, on every card. */
  guideName: string;
  /** The site's host name, e.g. invest-atlas.example.com. */
  host: string;
  /** What the entry is: "招商机遇", "Industry chain". */
  kindLabel: string;
  title: string;
  /** The entry's key figure: an opportunity's investment, a region's first headline figure. */
  figure?: { label: string; value: string };
  /** Short facts shown in one line, joined by " · ": region, industry, issuer … */
  facts: string[];
  /** A sentence under the title (the guide card's tagline). */
  note?: string;
  /** The chain map, for the chain poster. */
  poster?: PosterInput;
  /** Where a region or an opportunity lies: its static map, drawn at `cardMapSize`, beside the text. */
  map?: CardMapInput;
}

export interface CardMapInput {
  /** The laid-out map (not its sources), so the card's key changes exactly when the drawing does. */
  drawing: StaticMap;
  /** The map review line (审图号), under the map. */
  note?: string;
}

/**
 * The map's size in map units, and how much it is enlarged on the card: drawn small and scaled
 * up, its names stay legible when a chat shows the card at a third of its size.
 */
export const cardMapSize = { width: 307, height: 346 };
export const cardMapScale = 1.25;

export interface PosterInput {
  layout: ChainLayout;
  /** Node id → status and whether a 链主 (chain leader) is there. */
  nodes: Record<string, { status: NodeStatus; leader: boolean }>;
}

export interface CardText {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  weight: Weight;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
  /** A white edge around the glyphs (map labels over lines), in px. */
  halo?: { colour: string; width: number };
}

export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  rx?: number;
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
}

export interface CardPath {
  d: string;
  stroke: string;
  strokeWidth: number;
  opacity?: number;
  fill?: string;
}

/** Shapes drawn in their own coordinates, placed with a translate and a uniform scale. */
export interface CardGroup {
  x: number;
  y: number;
  scale: number;
  rects: CardRect[];
  paths: CardPath[];
  texts: CardText[];
}

export interface CardLayout {
  width: number;
  height: number;
  rects: CardRect[];
  texts: CardText[];
  groups: CardGroup[];
  /** Static maps and where they sit on the card. */
  maps: { box: Box; drawing: StaticMap }[];
}

export const cardColors = {
  band: '#083a66',
  bandText: '#ffffff',
  bandMuted: '#c9dcef',
  page: '#ffffff',
  kind: '#0b4f8a',
  title: '#1b2430',
  muted: '#515e6d',
  figure: '#b3261e',
  stripe: '#ffbf47',
};

const margin = 64;
const innerWidth = cardWidth - 2 * margin;
const ellipsis = '…';

/**
 * Wraps `text` into at most `maxLines` lines no wider than `maxWidth` px; what does not fit is
 * cut at the end of the last line with an ellipsis. Lines break where text-wrap allows (never
 * inside a Latin word unless the word alone is wider than a line, never before closing
 * punctuation).
 */
export function fitLines(text: string, maxWidth: number, maxLines: number, size: number, weight: Weight, measure: Measure): string[] {
  const width = (value: string) => measure(value, size, weight);
  const pieces = breakOpportunities(text.replace(/\s+/g, ' ').trim()).flatMap((piece) => (width(piece.trimEnd()) > maxWidth ? [...piece] : [piece]));
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < pieces.length; index++) {
    const piece = pieces[index];
    if (current !== '' && width((current + piece).trimEnd()) > maxWidth) {
      lines.push(current.trimEnd());
      current = piece.trimStart();
      if (lines.length === maxLines) break;
    } else {
      current += piece;
    }
  }
  if (lines.length < maxLines) {
    if (current.trim() !== '') lines.push(current.trimEnd());
    return lines;
  }
  // Out of lines with text left over: end the last line with an ellipsis that fits.
  let last = lines[maxLines - 1];
  while (last !== '' && width(last + ellipsis) > maxWidth) last = [...last].slice(0, -1).join('').trimEnd();
  lines[maxLines - 1] = last.replace(/[\s,，、·:：;；]+$/, '') + ellipsis;
  return lines;
}

/**
 * The largest of `sizes` (largest first) at which `text` fits in `maxLines` lines without being
 * cut; at the smallest size, cut to fit.
 */
export function fitSize(text: string, sizes: number[], maxWidth: number, maxLines: number, weight: Weight, measure: Measure): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = fitLines(text, maxWidth, maxLines, size, weight, measure);
    if (!lines.at(-1)?.endsWith(ellipsis) || text.trim().endsWith(ellipsis)) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: fitLines(text, maxWidth, maxLines, size, weight, measure) };
}

/** One line no wider than `maxWidth`, cut with an ellipsis when needed. */
export function fitLine(text: string, maxWidth: number, size: number, weight: Weight, measure: Measure): string {
  return fitLines(text, maxWidth, 1, size, weight, measure)[0] ?? '';
}

function text(x: number, y: number, value: string, size: number, weight: Weight, fill: string, anchor: CardText['anchor'] = 'start'): CardText {
  return { x, y, text: value, size, weight, fill, anchor };
}

/** The band along the top: the guide's name (the agency's on the guide card, which shows the name as its title) and the host. */
function topBand(input: CardInput, measure: Measure): { rects: CardRect[]; texts: CardText[] } {
  const hostSize = 24;
  const hostWidth = Math.min(measure(input.host, hostSize, 'regular'), 360);
  const name = fitSize(input.guideName, [34, 30, 26], innerWidth - hostWidth - 40, 1, 'bold', measure);
  return {
    rects: [
      { x: 0, y: 0, width: cardWidth, height: 104, fill: cardColors.band },
      { x: 0, y: cardHeight - 12, width: cardWidth, height: 12, fill: cardColors.stripe },
    ],
    texts: [
      text(margin, 64, name.lines[0] ?? '', name.size, 'bold', cardColors.bandText),
      text(cardWidth - margin, 63, fitLine(input.host, 360, hostSize, 'regular', measure), hostSize, 'regular', cardColors.bandMuted, 'end'),
    ],
  };
}

/** Lays out a card; the chain poster puts the chain map where other cards put their figure. */
export function layoutCard(input: CardInput, measure: Measure): CardLayout {
  const band = topBand(input, measure);
  const texts: CardText[] = [...band.texts];
  const rects: CardRect[] = [{ x: 0, y: 0, width: cardWidth, height: cardHeight, fill: cardColors.page }, ...band.rects];
  const groups: CardGroup[] = [];
  const maps: CardLayout['maps'] = [];
  // A map takes the right-hand side, below the band; the text keeps the rest of the width.
  let textWidth = innerWidth;
  if (input.map && !input.poster) {
    const box = { x: cardWidth - margin - cardMapSize.width * cardMapScale, y: 124, width: cardMapSize.width * cardMapScale, height: cardMapSize.height * cardMapScale };
    maps.push({ box, drawing: input.map.drawing });
    if (input.map.note) {
      const note = fitSize(input.map.note, [18, 16, 14], box.width, 1, 'regular', measure);
      texts.push(text(box.x + box.width, box.y + box.height + 28, note.lines[0] ?? '', note.size, 'regular', cardColors.muted, 'end'));
    }
    textWidth = box.x - margin - 40;
  }

  texts.push(text(margin, 170, fitLine(input.kindLabel, textWidth, 28, 'bold', measure), 28, 'bold', cardColors.kind));

  const poster = input.poster;
  // A long title is set smaller before it is cut; the poster's title has one line.
  const { size: titleSize, lines: titleLines } = poster
    ? fitSize(input.title, [52, 44, 38], innerWidth, 1, 'bold', measure)
    : fitSize(input.title, input.kind === 'guide' ? [64, 56, 48] : [60, 52, 46], textWidth, maps.length > 0 ? 3 : 2, 'bold', measure);
  let y = 170 + 24 + titleSize;
  for (const line of titleLines) {
    texts.push(text(margin, y, line, titleSize, 'bold', cardColors.title));
    y += Math.round(titleSize * 1.25);
  }
  y -= Math.round(titleSize * 1.25) - 10;

  if (input.note) {
    for (const line of fitLines(input.note, textWidth, 2, 30, 'regular', measure)) {
      y += 46;
      texts.push(text(margin, y, line, 30, 'regular', cardColors.muted));
    }
  }

  const facts = input.facts.filter((fact) => fact.trim() !== '').join(' · ');
  if (poster) {
    if (facts) {
      y += 44;
      texts.push(text(margin, y, fitLine(facts, innerWidth, 28, 'regular', measure), 28, 'regular', cardColors.muted));
    }
    const top = y + 24;
    groups.push(posterGroup(poster, { x: margin, y: top, width: innerWidth, height: cardHeight - 12 - 20 - top }));
  } else {
    // The figure and the facts sit at the bottom, whatever the title's length.
    if (facts) texts.push(text(margin, 580, fitLine(facts, textWidth, 30, 'regular', measure), 30, 'regular', cardColors.muted));
    if (input.figure) {
      const value = fitSize(input.figure.value, [64, 52, 44], textWidth, 1, 'bold', measure);
      texts.push(text(margin, facts ? 522 : 570, value.lines[0] ?? '', value.size, 'bold', cardColors.figure));
      texts.push(text(margin, facts ? 442 : 490, fitLine(input.figure.label, textWidth, 28, 'regular', measure), 28, 'regular', cardColors.muted));
    }
  }
  return { width: cardWidth, height: cardHeight, rects, texts, groups, maps };
}

/** Fill and outline of a node box by status, as on the chain page: readable in black and white. */
const statusStyle: Record<NodeStatus, { fill: string; stroke: string; strokeWidth: number; text: string; dash?: string }> = {
  strong: { fill: '#1d6b3a', stroke: '#0c3a1f', strokeWidth: 3, text: '#ffffff' },
  present: { fill: '#e3edf7', stroke: '#0b4f8a', strokeWidth: 1.5, text: '#1b2430' },
  weak: { fill: '#fff6dc', stroke: '#7a5000', strokeWidth: 2, text: '#1b2430', dash: '2 3' },
  gap: { fill: '#ffffff', stroke: '#b3261e', strokeWidth: 2.5, text: '#8c1d18', dash: '7 4' },
};

/** The chain map, scaled to fit `area` and centred in it. */
export function posterGroup(poster: PosterInput, area: { x: number; y: number; width: number; height: number }): CardGroup {
  const { layout } = poster;
  const scale = Math.min(area.width / layout.width, area.height / layout.height, 1.5);
  const x = area.x + (area.width - layout.width * scale) / 2;
  const y = area.y + (area.height - layout.height * scale) / 2;
  const rects: CardRect[] = [];
  const paths: CardPath[] = [];
  const texts: CardText[] = [];
  for (const band of layout.stages) {
    rects.push({ x: band.x, y: band.y, width: band.width, height: band.height, fill: band.stage === 'services' ? '#4a5866' : '#083a66', rx: 5 });
    texts.push({ ...text(band.x + 10, band.y + band.height / 2 + 5, band.title, 15, 'bold', '#ffffff') });
  }
  for (const arrow of layout.arrows) paths.push({ d: `M${arrow.x1} ${arrow.y} L${arrow.x2 - 6} ${arrow.y} M${arrow.x2 - 8} ${arrow.y - 5} L${arrow.x2} ${arrow.y} L${arrow.x2 - 8} ${arrow.y + 5}`, stroke: '#4a5866', strokeWidth: 3 });
  for (const edge of layout.edges) paths.push({ d: routePath(edge.points), stroke: '#4a5866', strokeWidth: 1.5 });
  for (const box of layout.boxes) {
    const node = poster.nodes[box.id];
    const style = statusStyle[node?.status ?? box.status];
    rects.push({ x: box.x, y: box.y, width: box.width, height: box.height, fill: style.fill, rx: 5, stroke: style.stroke, strokeWidth: style.strokeWidth, dash: style.dash });
    if ((node?.status ?? box.status) === 'gap') paths.push({ d: hatchPath(box), stroke: '#b3261e', strokeWidth: 2, opacity: 0.3 });
    box.lines.forEach((line, index) => texts.push(text(box.x + 10, box.y + 23 + index * 19.5, line, 15, 'bold', style.text)));
    if (node?.leader) texts.push(text(box.x + box.width - 8, box.y + 17, '★', 15, 'regular', node.status === 'strong' ? '#ffd874' : '#b07800', 'end'));
  }
  return { x, y, scale, rects, paths, texts };
}
