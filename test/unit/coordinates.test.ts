import { describe, expect, test } from 'vitest';
import { formatLatLng, toGcj02, toWgs84 } from '../../src/lib/coordinates.ts';

describe('coordinates', () => {
  const tiananmenWgs84 = { lat: 39.9087, lng: 116.3975 };

  test('WGS-84 and CGCS2000 points are kept as entered', () => {
    expect(toWgs84(tiananmenWgs84, 'wgs84')).toEqual(tiananmenWgs84);
    expect(toWgs84(tiananmenWgs84, 'cgcs2000')).toEqual(tiananmenWgs84);
  });

  test('an Amap (GCJ-02) point converts back to within a metre of WGS-84', () => {
    const picked = toGcj02(tiananmenWgs84);
    // GCJ-02 is offset by hundreds of metres in China…
    expect(Math.abs(picked.lng - tiananmenWgs84.lng)).toBeGreaterThan(0.003);
    // …and the conversion at build undoes it.
    const back = toWgs84(picked, 'gcj02');
    expect(back.lat).toBeCloseTo(tiananmenWgs84.lat, 5);
    expect(back.lng).toBeCloseTo(tiananmenWgs84.lng, 5);
  });

  test('a Baidu (BD-09) point is converted too', () => {
    const converted = toWgs84({ lat: 39.915, lng: 116.404 }, 'bd09');
    expect(converted.lat).toBeCloseTo(39.9065, 2);
    expect(converted.lng).toBeCloseTo(116.3913, 2);
  });

  test('positions read as degrees with hemispheres', () => {
    expect(formatLatLng({ lat: 44.15, lng: 125.84 })).toBe('44.1500° N, 125.8400° E');
  });
});
