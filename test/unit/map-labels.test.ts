import { describe, expect, test } from 'vitest';
import { estimateTextWidth, labelBox, nameLines, overlaps, placeLabels, placeMarks, type LabelCandidate } from '../../src/lib/map/labels.ts';

const view = { width: 400, height: 300 };
const name = (id: string, x: number, y: number, priority = 1, width = 60): LabelCandidate => ({ id, x, y, width, height: 16, priority });

describe('choosing where place names go', () => {
  test('names far apart are all placed, to the right of their marks', () => {
    const placed = placeLabels([name('a', 50, 50), name('b', 200, 200)], { view });
    expect(placed.map((label) => [label.id, label.side])).toEqual([
      ['a', 'right'],
      ['b', 'right'],
    ]);
  });

  test('a name that would collide moves to another side, and is left out when no side is free', () => {
    // b's right side would overlap a's name; its left side is free.
    const twoClose = placeLabels([name('a', 100, 100, 2), name('b', 120, 100, 1)], { view });
    expect(twoClose.find((label) => label.id === 'b')?.side).toBe('left');

    // Five marks on one spot: only as many names as there are free sides.
    const crowd = placeLabels([1, 2, 3, 4, 5].map((index) => name(`p${index}`, 200, 150, 1, 40)), { view });
    expect(crowd.length).toBe(4);
    for (const [index, label] of crowd.entries()) {
      for (const other of crowd.slice(index + 1)) expect(overlaps(label.box, other.box)).toBe(false);
    }
  });

  test('higher priority wins the contested space, whatever the input order', () => {
    const park = name('park', 100, 100, 1, 200);
    const city = name('city', 100, 100, 5, 200);
    // Wide names around the same spot: right and left both fit only once each; above/below too.
    const placed = placeLabels([park, { ...park, id: 'park2' }, { ...park, id: 'park3' }, { ...park, id: 'park4' }, city], {
      view: { width: 320, height: 300 },
    });
    expect(placed[0].id).toBe('city');
  });

  test('names stay inside the view and clear of obstacles', () => {
    // At the right edge the name goes left.
    expect(placeLabels([name('edge', 380, 100)], { view })[0].side).toBe('left');
    // A mark in a corner with an obstacle on its only free side keeps no name.
    const corner = name('corner', 10, 10);
    const obstacle = labelBox(corner, 'right', 14);
    expect(placeLabels([corner], { view, obstacles: [obstacle] })).toEqual([]);
    // A name wider than the map is never drawn.
    expect(placeLabels([name('wide', 200, 150, 1, 500)], { view })).toEqual([]);
  });

  test('zoomed out, fewer names fit than zoomed in', () => {
    // The same four places, close together at a small scale and spread out at a large one.
    const places = (scale: number) => [0, 1, 2, 3, 4, 5, 6, 7].map((index) => name(`r${index}`, 100 + index * 5 * scale, 150, 8 - index, 70));
    const near = placeLabels(places(1), { view: { width: 1000, height: 300 } });
    const far = placeLabels(places(20), { view: { width: 1000, height: 300 } });
    expect(near.length).toBeLessThan(far.length);
    expect(far.length).toBe(8);
  });

  test('text width: Chinese characters are square, Latin letters narrower', () => {
    expect(estimateTextWidth('九台区', 14)).toBe(42);
    expect(estimateTextWidth('abc', 14)).toBeLessThan(42);
    expect(estimateTextWidth('', 14)).toBe(0);
  });
});

describe('keeping every shown mark a whole touch target', () => {
  const mark = (id: string, x: number, y: number, priority = 1) => ({ id, x, y, size: 24, priority });
  const clear = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) >= 24 || Math.abs(a.y - b.y) >= 24;

  test('marks apart stay on their points', () => {
    const shifts = placeMarks([mark('a', 0, 0), mark('b', 30, 0), mark('c', 60, 0)], []);
    expect([...shifts.values()]).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 0 }, { dx: 0, dy: 0 }]);
  });

  test('a mark under a cluster steps beside it; crowded marks share the free spots without overlapping', () => {
    const cluster = { left: 80, top: 80, right: 120, bottom: 120 };
    const marks = [mark('region', 100, 100, 5), mark('park', 100, 100, 2), mark('land', 100, 100, 1)];
    const shifts = placeMarks(marks, [cluster]);
    expect(shifts.get('region')).toEqual({ dx: 34, dy: 0 });
    expect(shifts.size).toBe(3);
    // Twelve marks on one spot: only as many as there are clear spots.
    expect(placeMarks(Array.from({ length: 12 }, (_, index) => mark(`m${index}`, 100, 100)), []).size).toBeLessThan(12);
    const small = { left: 95, top: 95, right: 105, bottom: 105 };
    const beside = placeMarks(marks, [small]);
    expect(beside.get('region')).toEqual({ dx: 26, dy: 0 });
    const placed = marks.filter((m) => beside.has(m.id)).map((m) => ({ x: m.x + beside.get(m.id)!.dx, y: m.y + beside.get(m.id)!.dy }));
    expect(placed.length).toBe(3);
    for (const [index, a] of placed.entries()) for (const b of placed.slice(index + 1)) expect(clear(a, b)).toBe(true);
  });

  test('the higher priority mark keeps its point, whatever the order', () => {
    const shifts = placeMarks([mark('park', 100, 100, 2), mark('city', 105, 100, 5)], []);
    expect(shifts.get('city')).toEqual({ dx: 0, dy: 0 });
    expect(shifts.get('park')).not.toEqual({ dx: 0, dy: 0 });
  });

  test('marks stay inside the view', () => {
    expect(placeMarks([mark('edge', 5, 50)], [], { view: { width: 200, height: 200 } }).get('edge')).toEqual({ dx: 26, dy: 0 });
  });
});

describe('long names', () => {
  test('break at the space nearest the middle; short and Chinese names stay on one line', () => {
    expect(nameLines('Changchun Jiutai Economic Development Zone')).toEqual(['Changchun Jiutai Economic', 'Development Zone']);
    expect(nameLines('Jiutai District')).toEqual(['Jiutai District']);
    expect(nameLines('长春九台经济开发区长春九台经济开发区长春')).toEqual(['长春九台经济开发区长春九台经济开发区长春']);
  });
});
