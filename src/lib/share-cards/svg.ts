/**
 * A laid-out card as SVG. Text arrives already turned into outlines by `paintText` (the real
 * font's glyphs at build), so the renderer needs no fonts and draws the same on every machine.
 */
import { staticMapSvg } from '../map/static-map.ts';
import type { CardGroup, CardLayout, CardPath, CardRect, CardText } from './layout.ts';

/** SVG markup (paths) drawing `text` at its position. */
export type TextPainter = (text: CardText) => string;

const number = (value: number) => String(Math.round(value * 100) / 100);

function rect(shape: CardRect): string {
  const stroke = shape.stroke ? ` stroke="${shape.stroke}" stroke-width="${shape.strokeWidth ?? 1}"${shape.dash ? ` stroke-dasharray="${shape.dash}"` : ''}` : '';
  return `<rect x="${number(shape.x)}" y="${number(shape.y)}" width="${number(shape.width)}" height="${number(shape.height)}"${shape.rx ? ` rx="${shape.rx}"` : ''} fill="${shape.fill}"${stroke}/>`;
}

function path(shape: CardPath): string {
  return `<path d="${shape.d}" fill="${shape.fill ?? 'none'}" stroke="${shape.stroke}" stroke-width="${shape.strokeWidth}"${shape.opacity === undefined ? '' : ` stroke-opacity="${shape.opacity}"`}/>`;
}

function group(shapes: CardGroup, paintText: TextPainter): string {
  const body = [...shapes.rects.map(rect), ...shapes.paths.map(path), ...shapes.texts.map(paintText)].join('');
  return `<g transform="translate(${number(shapes.x)} ${number(shapes.y)}) scale(${shapes.scale.toFixed(4)})">${body}</g>`;
}

/** A static map, drawn by the map's own code, its names painted as outlines like the rest of the card. */
function map(item: CardLayout['maps'][number], paintText: TextPainter): string {
  return staticMapSvg(item.drawing, '', {
    place: item.box,
    paintLabel: (label, style) =>
      paintText({ x: label.x, y: label.y, text: label.text, size: label.size, weight: style.weight >= 600 ? 'bold' : 'regular', fill: style.fill, anchor: label.anchor, halo: style.halo }),
  });
}

export function cardSvg(layout: CardLayout, paintText: TextPainter): string {
  const body = [...layout.rects.map(rect), ...layout.groups.map((shapes) => group(shapes, paintText)), ...layout.maps.map((item) => map(item, paintText)), ...layout.texts.map(paintText)].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">${body}</svg>`;
}
