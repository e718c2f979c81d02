/**
 * Illustrations the guide may publish: drawn here as SVG from a seed (aerial park plans, plants,
 * fields, mountains, solar arrays, logistics yards, skylines), rendered to JPEG with sharp. The
 * sample content and the generated benchmark content both use them; nothing is downloaded.
 */
import sharp from 'sharp';
import { createRandom, type Random } from './random.ts';

export const illustrationKinds = ['park', 'plant', 'fields', 'mountains', 'solar', 'logistics', 'city', 'lab'] as const;
export type IllustrationKind = (typeof illustrationKinds)[number];

/** The licence line every generated picture carries in the content (`credit`). */
export const illustrationCredit = { zh: 'Invest Atlas 示例插图，CC0', en: 'Invest Atlas sample illustration, CC0' };

const palettes = [
  { sky: ['#cfe3f4', '#f3f7fb'], ground: '#b9cf9a', dark: '#34506b', mid: '#6d8fae', light: '#e9eef3', accent: '#c8553d' },
  { sky: ['#f6d9b8', '#fdf3e6'], ground: '#d9c58f', dark: '#4a3b52', mid: '#8a6f8e', light: '#f4ece4', accent: '#2f7f73' },
  { sky: ['#bfe0dc', '#eef7f5'], ground: '#9cc49a', dark: '#27454a', mid: '#4f8a84', light: '#e6f1ef', accent: '#d08c2d' },
  { sky: ['#d8d4ef', '#f5f3fc'], ground: '#b7c9a4', dark: '#363a5c', mid: '#6a70a3', light: '#eceaf6', accent: '#b8463c' },
];

const W = 1600;
const H = 900;

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

function sky(p: (typeof palettes)[number], id: string): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

function tree(x: number, y: number, r: number, colour: string): string {
  return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="${colour}"/>`;
}

/** An industrial park seen from above: roads, plots, roofs, green belts. */
function park(random: Random, p: (typeof palettes)[number]): string {
  const parts = [`<rect width="${W}" height="${H}" fill="${p.ground}"/>`];
  const columns = random.int(4, 6);
  const rows = random.int(3, 4);
  const road = 46;
  const cellW = (W - road * (columns + 1)) / columns;
  const cellH = (H - road * (rows + 1)) / rows;
  parts.push(`<rect width="${W}" height="${H}" fill="#8d949c" opacity="0.9"/>`);
  for (const column of range(columns)) {
    for (const row of range(rows)) {
      const x = road + column * (cellW + road);
      const y = road + row * (cellH + road);
      const green = random.next() < 0.18;
      parts.push(`<rect x="${x}" y="${y}" width="${cellW}" height="${cellH}" fill="${green ? '#8fbf7a' : p.light}"/>`);
      if (green) {
        for (const _ of range(9)) parts.push(tree(x + random.next() * cellW, y + random.next() * cellH, 14 + random.next() * 16, '#4f8f4f'));
        continue;
      }
      const buildings = random.int(1, 3);
      for (const index of range(buildings)) {
        const bw = cellW * (0.35 + random.next() * 0.45);
        const bh = (cellH - 30) / buildings - 12;
        const bx = x + 14 + random.next() * (cellW - bw - 28);
        const by = y + 14 + index * (bh + 12);
        const roof = random.pick([p.mid, p.dark, '#b0b7bf', p.accent]);
        parts.push(`<rect x="${bx.toFixed(0)}" y="${by.toFixed(0)}" width="${bw.toFixed(0)}" height="${bh.toFixed(0)}" fill="${roof}"/>`);
        const ridges = random.int(2, 6);
        for (const ridge of range(ridges)) {
          const rx = bx + ((ridge + 1) * bw) / (ridges + 1);
          parts.push(`<line x1="${rx.toFixed(0)}" y1="${by.toFixed(0)}" x2="${rx.toFixed(0)}" y2="${(by + bh).toFixed(0)}" stroke="#ffffff" stroke-opacity="0.25" stroke-width="4"/>`);
        }
      }
      for (const _ of range(4)) parts.push(tree(x + 8 + random.next() * (cellW - 16), y + cellH - 8, 9, '#5c9b55'));
    }
  }
  for (const column of range(columns + 1)) {
    const x = column * (cellW + road) + road / 2;
    parts.push(`<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="#f4f1e8" stroke-width="3" stroke-dasharray="26 18"/>`);
  }
  return parts.join('');
}

/** A plant on the horizon: halls, chimneys, tanks. */
function plant(random: Random, p: (typeof palettes)[number]): string {
  const parts = [sky(p, 'plantSky')];
  const horizon = H * (0.62 + random.next() * 0.08);
  parts.push(`<path d="M0 ${horizon} Q ${W * 0.3} ${horizon - 60} ${W * 0.6} ${horizon - 20} T ${W} ${horizon - 30} V ${H} H 0 Z" fill="${p.mid}" opacity="0.35"/>`);
  let x = random.int(40, 160);
  while (x < W - 120) {
    const width = random.int(160, 380);
    const height = random.int(110, 260);
    const kind = random.next();
    if (kind < 0.2) {
      parts.push(`<rect x="${x + width / 3}" y="${horizon - height - 180}" width="34" height="${height + 180}" fill="${p.dark}"/>`);
      parts.push(`<rect x="${x + width / 3}" y="${horizon - height - 170}" width="34" height="16" fill="${p.accent}"/>`);
    }
    if (kind > 0.75) {
      parts.push(`<rect x="${x}" y="${horizon - height * 0.8}" width="${width}" height="${height * 0.8}" rx="${width / 2.4}" fill="${p.mid}"/>`);
    } else {
      const teeth = random.int(3, 6);
      const tooth = width / teeth;
      const saw = range(teeth).map((index) => `L ${x + index * tooth} ${horizon - height} L ${x + (index + 1) * tooth} ${horizon - height - 36} L ${x + (index + 1) * tooth} ${horizon - height}`).join(' ');
      parts.push(`<path d="M ${x} ${horizon} ${saw} L ${x + width} ${horizon} Z" fill="${random.pick([p.dark, p.mid])}"/>`);
      for (const window of range(teeth)) {
        parts.push(`<rect x="${x + window * tooth + tooth * 0.2}" y="${horizon - height * 0.6}" width="${tooth * 0.6}" height="${height * 0.18}" fill="${p.light}" opacity="0.7"/>`);
      }
    }
    x += width + random.int(20, 90);
  }
  parts.push(`<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${p.ground}"/>`);
  parts.push(`<rect y="${horizon + 50}" width="${W}" height="26" fill="#8d949c"/>`);
  for (const index of range(24)) parts.push(tree(index * 70 + random.int(0, 30), horizon + 12, 20, '#5f8f57'));
  return parts.join('');
}

/** Farmland in rows under a wide sky. */
function fields(random: Random, p: (typeof palettes)[number]): string {
  const parts = [sky(p, 'fieldSky')];
  const horizon = H * 0.42;
  parts.push(`<path d="M0 ${horizon} L ${W * 0.25} ${horizon - 70} L ${W * 0.5} ${horizon - 20} L ${W * 0.78} ${horizon - 90} L ${W} ${horizon - 30} V ${H} H 0 Z" fill="${p.mid}" opacity="0.45"/>`);
  const colours = ['#9cc07a', '#c9c26b', '#7fae6a', '#d6b86a', '#a9cf8d'];
  for (const band of range(6)) {
    const top = horizon + band * band * 16 + band * 20;
    const bottom = horizon + (band + 1) * (band + 1) * 16 + (band + 1) * 20;
    const colour = random.pick(colours);
    parts.push(`<path d="M 0 ${top} L ${W} ${top - random.int(0, 30)} L ${W} ${bottom} L 0 ${bottom} Z" fill="${colour}"/>`);
    for (const row of range(10)) {
      const y = top + ((bottom - top) * row) / 10;
      parts.push(`<line x1="0" y1="${y}" x2="${W}" y2="${y - 10}" stroke="#ffffff" stroke-opacity="0.18" stroke-width="${2 + band}"/>`);
    }
  }
  const barnX = random.int(200, W - 400);
  parts.push(`<rect x="${barnX}" y="${horizon - 40}" width="180" height="90" fill="${p.accent}"/><path d="M ${barnX - 10} ${horizon - 40} L ${barnX + 90} ${horizon - 100} L ${barnX + 190} ${horizon - 40} Z" fill="${p.dark}"/>`);
  return parts.join('');
}

/** Mountains, a valley and a river: for highland and tourism regions. */
function mountains(random: Random, p: (typeof palettes)[number]): string {
  const parts = [sky(p, 'mountainSky')];
  for (const layer of range(4)) {
    const base = H * (0.45 + layer * 0.12);
    const peaks = range(7).map((index) => `L ${(index * W) / 6 + random.int(-60, 60)} ${base - random.int(80, 260) + layer * 40}`).join(' ');
    const shade = [p.mid, p.dark, '#6f9367', '#567d50'][layer];
    parts.push(`<path d="M 0 ${H} L 0 ${base} ${peaks} L ${W} ${base} L ${W} ${H} Z" fill="${shade}" opacity="${0.55 + layer * 0.15}"/>`);
    if (layer === 0) parts.push(`<path d="M ${W * 0.3} ${base - 150} l 40 -40 l 40 40 z" fill="#ffffff" opacity="0.8"/>`);
  }
  parts.push(`<path d="M ${W * 0.35} ${H} C ${W * 0.45} ${H * 0.85}, ${W * 0.6} ${H * 0.9}, ${W * 0.55} ${H * 0.72} S ${W * 0.7} ${H * 0.66}, ${W * 0.8} ${H * 0.62}" stroke="#d8ecf5" stroke-width="38" fill="none" opacity="0.9"/>`);
  parts.push(`<circle cx="${random.int(200, W - 200)}" cy="${H * 0.16}" r="56" fill="#fff4d6"/>`);
  return parts.join('');
}

/** Rows of solar panels across open ground. */
function solar(random: Random, p: (typeof palettes)[number]): string {
  const parts = [sky(p, 'solarSky')];
  const horizon = H * 0.38;
  parts.push(`<path d="M0 ${horizon} L ${W * 0.4} ${horizon - 80} L ${W * 0.7} ${horizon - 30} L ${W} ${horizon - 60} V ${H} H 0 Z" fill="${p.mid}" opacity="0.4"/>`);
  parts.push(`<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${p.ground}"/>`);
  for (const row of range(7)) {
    const y = horizon + 30 + row * row * 11 + row * 30;
    const depth = 14 + row * 9;
    const skew = 30 + row * 8;
    parts.push(`<path d="M ${-50} ${y + depth} L ${W + 50} ${y + depth} L ${W + 50 - skew} ${y} L ${skew - 50} ${y} Z" fill="#28476b"/>`);
    for (const cell of range(24)) {
      const x = (cell * (W + 100)) / 24 - 50;
      parts.push(`<line x1="${x}" y1="${y}" x2="${x - 6}" y2="${y + depth}" stroke="#9ec3e6" stroke-opacity="0.45" stroke-width="2"/>`);
    }
  }
  const turbineX = random.int(900, 1450);
  parts.push(`<line x1="${turbineX}" y1="${horizon}" x2="${turbineX}" y2="${horizon - 230}" stroke="#ffffff" stroke-width="10"/><path d="M ${turbineX} ${horizon - 230} l -10 -120 l 20 0 z M ${turbineX} ${horizon - 230} l 110 50 l -10 16 z M ${turbineX} ${horizon - 230} l -100 60 l -8 -16 z" fill="#ffffff"/>`);
  return parts.join('');
}

/** A logistics yard: stacked containers, a crane, trucks. */
function logistics(random: Random, p: (typeof palettes)[number]): string {
  const parts = [sky(p, 'yardSky')];
  const ground = H * 0.7;
  parts.push(`<rect y="${ground}" width="${W}" height="${H - ground}" fill="#9aa1a8"/>`);
  const colours = [p.accent, p.dark, p.mid, '#d9a441', '#4f8a84', '#9b4f6b'];
  for (const stack of range(9)) {
    const x = 80 + stack * 160;
    const height = random.int(1, 4);
    for (const level of range(height)) {
      parts.push(`<rect x="${x}" y="${ground - (level + 1) * 56}" width="148" height="52" fill="${random.pick(colours)}"/>`);
      for (const rib of range(7)) parts.push(`<line x1="${x + 10 + rib * 20}" y1="${ground - (level + 1) * 56 + 6}" x2="${x + 10 + rib * 20}" y2="${ground - level * 56 - 10}" stroke="#000" stroke-opacity="0.15" stroke-width="3"/>`);
    }
  }
  const crane = random.int(300, 1100);
  parts.push(`<path d="M ${crane} ${ground} l 30 -420 l 30 420 M ${crane + 180} ${ground} l 30 -420 l 30 420" stroke="${p.accent}" stroke-width="16" fill="none"/><rect x="${crane - 120}" y="${ground - 440}" width="500" height="26" fill="${p.accent}"/>`);
  for (const index of range(3)) {
    const x = 150 + index * 480 + random.int(0, 80);
    parts.push(`<rect x="${x}" y="${ground + 60}" width="200" height="60" fill="${p.light}"/><rect x="${x + 200}" y="${ground + 76}" width="60" height="44" fill="${p.dark}"/><circle cx="${x + 40}" cy="${ground + 124}" r="14" fill="#333"/><circle cx="${x + 220}" cy="${ground + 124}" r="14" fill="#333"/>`);
  }
  return parts.join('');
}

/** A city skyline by a river. */
function city(random: Random, p: (typeof palettes)[number]): string {
  const parts = [sky(p, 'citySky')];
  const ground = H * 0.66;
  let x = 0;
  while (x < W) {
    const width = random.int(60, 150);
    const height = random.int(120, 420);
    const colour = random.pick([p.dark, p.mid, '#7b8794']);
    parts.push(`<rect x="${x}" y="${ground - height}" width="${width}" height="${height}" fill="${colour}"/>`);
    for (let floor = ground - height + 16; floor < ground - 20; floor += 30) {
      parts.push(`<rect x="${x + 10}" y="${floor}" width="${width - 20}" height="10" fill="${p.light}" opacity="0.35"/>`);
    }
    x += width + random.int(6, 30);
  }
  parts.push(`<rect y="${ground}" width="${W}" height="${H - ground}" fill="#7fb1cf"/>`);
  for (const index of range(14)) parts.push(`<line x1="${index * 120}" y1="${ground + 30 + (index % 4) * 40}" x2="${index * 120 + 70}" y2="${ground + 30 + (index % 4) * 40}" stroke="#ffffff" stroke-opacity="0.6" stroke-width="4"/>`);
  return parts.join('');
}

/** A clean laboratory: benches, instruments, glassware. */
function lab(random: Random, p: (typeof palettes)[number]): string {
  const parts = [`<rect width="${W}" height="${H}" fill="${p.light}"/>`, `<rect y="${H * 0.72}" width="${W}" height="${H * 0.28}" fill="#c9d2da"/>`];
  for (const pane of range(4)) parts.push(`<rect x="${120 + pane * 360}" y="90" width="300" height="260" fill="${p.sky[0]}"/>`);
  parts.push(`<rect x="60" y="${H * 0.56}" width="${W - 120}" height="40" fill="${p.dark}"/><rect x="80" y="${H * 0.56 + 40}" width="${W - 160}" height="${H * 0.16}" fill="${p.mid}"/>`);
  for (const index of range(9)) {
    const x = 140 + index * 160 + random.int(-20, 20);
    const kind = random.next();
    if (kind < 0.4) parts.push(`<path d="M ${x} ${H * 0.56} l 30 -90 l 0 -50 l 24 0 l 0 50 l 30 90 z" fill="${p.accent}" opacity="0.75"/>`);
    else if (kind < 0.7) parts.push(`<rect x="${x}" y="${H * 0.56 - 160}" width="26" height="160" rx="12" fill="#7fb1cf"/><rect x="${x + 40}" y="${H * 0.56 - 120}" width="26" height="120" rx="12" fill="#9cc07a"/>`);
    else parts.push(`<rect x="${x - 20}" y="${H * 0.56 - 130}" width="150" height="130" rx="10" fill="#f7f9fb" stroke="${p.dark}" stroke-width="6"/><rect x="${x}" y="${H * 0.56 - 110}" width="80" height="50" fill="${p.dark}"/>`);
  }
  return parts.join('');
}

const painters: Record<IllustrationKind, (random: Random, palette: (typeof palettes)[number]) => string> = {
  park,
  plant,
  fields,
  mountains,
  solar,
  logistics,
  city,
  lab,
};

/** The SVG source of one illustration; the same kind and seed always draw the same picture. */
export function illustrationSvg(kind: IllustrationKind, seed: number): string {
  const random = createRandom(seed, kind);
  const palette = palettes[seed % palettes.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${painters[kind](random, palette)}</svg>`;
}

/** The illustration as a JPEG of `width` pixels (16:9), small enough to keep with the content. */
export async function illustrationJpeg(kind: IllustrationKind, seed: number, width = W): Promise<Buffer> {
  return sharp(Buffer.from(illustrationSvg(kind, seed)))
    .resize({ width })
    .jpeg({ quality: 74, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer();
}
